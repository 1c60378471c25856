import type { Question } from "../../domain/bank/schema.ts";
import type { Answer } from "../../domain/exam/scoring.ts";
import { type Lang, pick } from "../../domain/text.ts";
import { LETTERS } from "./ChoiceItem.tsx";

/**
 * An answer as lines of text for the report, with the letters the learner saw
 * (options in their presentation order).
 */
export function answerLines(
  q: Question,
  answer: Answer | undefined,
  order: readonly string[],
  lang: Lang,
): string[] {
  if (answer === null || answer === undefined) return [];
  if (q.type === "single" || q.type === "multiple") {
    if (!Array.isArray(answer)) return [];
    return order
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => answer.includes(id))
      .map(({ id, i }) => `${LETTERS[i]}. ${pick(q.options.find((o) => o.id === id)?.text, lang)}`);
  }
  if (q.type === "ordering") {
    if (!Array.isArray(answer)) return [];
    return answer.map((id, i) => `${i + 1}. ${pick(q.items.find((s) => s.id === id)?.text, lang)}`);
  }
  if (Array.isArray(answer)) return [];
  return q.prompts.map((p) => {
    const r = answer[p.id];
    return `${pick(p.text, lang)} → ${r ? pick(q.responses.find((x) => x.id === r)?.text, lang) : "–"}`;
  });
}
