import type { Bank, Question } from "../bank/schema.ts";
import type { Lang, LocalizedText } from "../text.ts";

/**
 * What every importer returns. An import never throws on bad input: what could not be
 * understood is a problem with a line number, and the items that were understood are
 * returned beside it, so the learner can import those and skip the rest.
 *
 * Decision: an item with a problem is left out of `items` (never returned half-valid).
 * Every item in `items` passes the bank's `QuestionSchema` and its key rules.
 */

export const IMPORT_FORMATS = [
  "zenkan-json",
  "markdown-tasks",
  "markdown-lettered",
  "gift",
  "aiken",
  "csv",
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The domain of an imported item not (yet) mapped to a domain of an exam. */
export const UNMAPPED_DOMAIN = "unmapped";
/** The exam code under which imported items mapped to no exam are stored. */
export const UNMAPPED_EXAM = "CUSTOM";

/**
 * The explanation of an item whose file gave none (the format requires one). The UI can
 * recognise it with `hasNoExplanation` and say so in the learner's language.
 */
export const NO_EXPLANATION: Readonly<LocalizedText> = Object.freeze({
  en: "No explanation in the imported file.",
  ja: "取り込んだファイルに解説はありません。",
});

export function hasNoExplanation(q: Pick<Question, "explanation">): boolean {
  return q.explanation.en === NO_EXPLANATION.en;
}

/** Stable codes the UI translates; `message` is the English text with details. */
export const PROBLEM_CODES = [
  /** The file is not JSON (zenkan-json). */
  "malformed-json",
  /** JSON, but not a Zenkan bank: no `questions` array (zenkan-json). */
  "not-a-bank",
  /** A bank field outside the items is wrong; items are still imported (zenkan-json). */
  "invalid-bank-field",
  /** An item breaks the bank format in a way the other codes do not name (zenkan-json). */
  "invalid-item",
  "empty-stem",
  "no-options",
  "too-few-options",
  "too-many-options",
  "empty-option",
  "no-answer-key",
  "key-without-option",
  /** "(Choose two)" with one key, or any count in the stem different from the key's. */
  "key-count-mismatch",
  /** Every option is a key: a multiple-answer item needs a wrong option. */
  "every-option-keyed",
  "duplicate-in-file",
  "duplicate-existing",
  /** A question type Zenkan has no equivalent for (GIFT true/false, essay, …). */
  "unsupported-type",
  /** A line that belongs to no question or breaks the format's syntax. */
  "malformed-line",
  /** A CSV file without a question or answer column. */
  "missing-column",
  /** The file's format could not be told from its name or content. */
  "unknown-format",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  /** 1-based line of the input the problem is about. */
  line: number;
  code: ProblemCode;
  message: string;
  /** The start of the item's stem, when the problem is about one item. */
  excerpt?: string;
}

export interface ImportedItem {
  item: Question;
  /** 1-based line where the item starts in the input. */
  line: number;
  /** 1-based last line of the item. */
  endLine: number;
  /** The domain (or category) the file named, kept even when it maps to no exam domain. */
  sourceDomain?: string;
}

/** The bank-level fields of a Zenkan JSON file, so the import can record source and license. */
export type BankMeta = Partial<
  Pick<Bank, "id" | "exam" | "title" | "description" | "license" | "source" | "cases">
>;

export interface ImportResult {
  /** The format read; "unknown" when it could not be told (then the only problem says so). */
  format: ImportFormat | "unknown";
  items: ImportedItem[];
  problems: ImportProblem[];
  /** Questions recognised in the file, valid or not: what "N questions found" counts. */
  found: number;
  /** Only for zenkan-json files whose header could be read. */
  bank?: BankMeta;
}

/** An item already stored, for the "duplicate of an existing item" check. */
export interface ExistingItem {
  id: string;
  stem: string;
}

export interface ImportOptions {
  /**
   * The language of the file's text. Unset: each item is Japanese when its stem has
   * kana or kanji, English otherwise.
   */
  lang?: Lang;
  /** Items already stored; an imported item whose stem nearly matches one is skipped. */
  existing?: readonly ExistingItem[];
  /**
   * Domain ids of the exam the import is mapped to. A domain named by the file is kept
   * when it is one of these; otherwise the item is `UNMAPPED_DOMAIN`.
   */
  knownDomains?: readonly string[];
  /** Called with 0..1 as the parse advances, at most about 100 times. */
  onProgress?: (fraction: number) => void;
}
