import { type Question, QuestionSchema } from "../bank/schema.ts";
import type { LocalizedText } from "../text.ts";
import { chooseCount, detectLang, excerpt, extractLinks, fnv1a } from "./source-text.ts";
import {
  type ImportedItem,
  type ImportOptions,
  type ImportProblem,
  NO_EXPLANATION,
  type ProblemCode,
  UNMAPPED_DOMAIN,
} from "./types.ts";

/**
 * One question as a text format describes it, before it is checked: every importer but
 * Zenkan JSON fills a draft and `finishItem` turns it into a bank item or a problem, so
 * the rules ("(Choose two)" with one key, a key naming no option…) are the same in all.
 */

export interface DraftOption {
  text: string;
  /** The letter the file gave it ("B"); by default its position's letter. */
  label?: string;
  /** Feedback for this option (GIFT), shown after answering. */
  why?: string;
  line?: number;
}

export interface DraftItem {
  line: number;
  endLine: number;
  stem: string;
  options: DraftOption[];
  /** Keys as the file wrote them: option letters ("B") … */
  keyLabels?: string[];
  /** … or 0-based option positions (ticked boxes, GIFT's "="). */
  keyIndexes?: number[];
  /** The line of the answer key, for problems about it. */
  keyLine?: number;
  explanation?: string;
  domain?: string;
}

export type Finished = { ok: true; item: ImportedItem } | { ok: false; problem: ImportProblem };

/** The bank format allows at most ten options per item. */
const MAX_OPTIONS = 10;
const OPTION_IDS = "abcdefghij";
const LETTERS = "ABCDEFGHIJ";

export function problem(
  line: number,
  code: ProblemCode,
  message: string,
  stem?: string,
): ImportProblem {
  const text = stem === undefined ? "" : excerpt(stem);
  return text ? { line, code, message, excerpt: text } : { line, code, message };
}

/** The domain an item gets: the file's, when it is a domain of the exam mapped to. */
export function mapDomain(source: string | undefined, knownDomains?: readonly string[]): string {
  return source && knownDomains?.includes(source) ? source : UNMAPPED_DOMAIN;
}

/** `imp-` and a hash of stem and options: the same file gives the same ids when imported again. */
export function contentId(stem: string, options: readonly string[]): string {
  return `imp-${fnv1a([stem, ...options].join("\u0001"))}`;
}

function resolveKeys(d: DraftItem, labels: string[]): number[] | { bad: string } {
  const keys = new Set<number>(d.keyIndexes ?? []);
  for (const raw of d.keyLabels ?? []) {
    const index = labels.indexOf(raw.trim().toUpperCase());
    if (index < 0) return { bad: raw };
    keys.add(index);
  }
  for (const k of keys) if (k < 0 || k >= labels.length) return { bad: String(k + 1) };
  return [...keys].sort((a, b) => a - b);
}

export function finishItem(d: DraftItem, options: ImportOptions): Finished {
  const fail = (line: number, code: ProblemCode, message: string): Finished => ({
    ok: false,
    problem: problem(line, code, message, d.stem),
  });
  const stem = d.stem.trim();
  if (!stem) return fail(d.line, "empty-stem", "the question has no text");
  const n = d.options.length;
  if (n === 0) return fail(d.line, "no-options", "the question has no options");
  if (n < 2) return fail(d.line, "too-few-options", "the question has only one option");
  if (n > MAX_OPTIONS) {
    const extra = d.options[MAX_OPTIONS]?.line ?? d.line;
    return fail(extra, "too-many-options", `the question has ${n} options (at most 10)`);
  }
  const empty = d.options.find((o) => !o.text.trim());
  if (empty) return fail(empty.line ?? d.line, "empty-option", "an option has no text");
  const labels = d.options.map((o, i) => (o.label ?? LETTERS.charAt(i)).toUpperCase());
  const keyLine = d.keyLine ?? d.line;
  if (!d.keyLabels?.length && !d.keyIndexes?.length)
    return fail(d.line, "no-answer-key", "the question has no answer key");
  const keys = resolveKeys(d, labels);
  if (!Array.isArray(keys))
    return fail(
      keyLine,
      "key-without-option",
      `key "${keys.bad}" names no option (options are ${labels.join(", ")})`,
    );
  const asked = chooseCount(stem);
  if (asked !== undefined && asked !== keys.length)
    return fail(
      keyLine,
      "key-count-mismatch",
      `the question asks for ${asked} answers but the key has ${keys.length}`,
    );
  if (keys.length >= 2 && keys.length >= n)
    return fail(keyLine, "every-option-keyed", "every option is a key: one must be wrong");

  const lang = detectLang(stem, options.lang);
  const text = (s: string): LocalizedText => (lang === "ja" ? { ja: s.trim() } : { en: s.trim() });
  const explanation = d.explanation?.trim();
  const optionTexts = d.options.map((o) => o.text.trim());
  const sourceDomain = d.domain?.trim() || undefined;
  const candidate: Question = {
    id: contentId(stem, optionTexts),
    domain: mapDomain(sourceDomain, options.knownDomains),
    type: keys.length >= 2 ? "multiple" : "single",
    stem: text(stem),
    options: d.options.map((o, i) => {
      const why = o.why?.trim();
      return why
        ? { id: OPTION_IDS.charAt(i), text: text(o.text), why: text(why) }
        : { id: OPTION_IDS.charAt(i), text: text(o.text) };
    }),
    answer: keys.map((k) => OPTION_IDS.charAt(k)),
    explanation: explanation ? text(explanation) : { ...NO_EXPLANATION },
    references: explanation ? extractLinks(explanation) : [],
  };
  // The rules above cover the format; this guards against a case they missed.
  const parsed = QuestionSchema.safeParse(candidate);
  if (!parsed.success)
    return fail(d.line, "invalid-item", parsed.error.issues[0]?.message ?? "invalid item");
  const item: ImportedItem = { item: parsed.data, line: d.line, endLine: d.endLine };
  if (sourceDomain) item.sourceDomain = sourceDomain;
  return { ok: true, item };
}
