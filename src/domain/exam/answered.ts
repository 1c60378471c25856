import type { Question } from "../bank/schema.ts";
import type { Answer } from "./scoring.ts";

/**
 * Whether an item counts as answered for the question map and the review screen: the
 * learner gave a complete answer of the item's shape (as many options as the key has, a
 * full order, a response for every prompt). A partial answer is listed as unanswered,
 * because without partial credit it cannot be right.
 */
export function isAnswered(q: Question, answer: Answer | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  switch (q.type) {
    case "single":
    case "multiple":
      return Array.isArray(answer) && answer.length === q.answer.length;
    case "ordering":
      return Array.isArray(answer) && answer.length === q.items.length;
    case "matching":
      return (
        !Array.isArray(answer) &&
        q.prompts.every((p) => typeof answer[p.id] === "string" && answer[p.id] !== "")
      );
  }
}

/** How many options the learner must choose: the stem of a multiple item says so. */
export function choicesRequired(q: Question): number {
  return q.type === "single" || q.type === "multiple" ? q.answer.length : 0;
}
