import type { Bank, Question } from "../bank/schema.ts";

/**
 * A bank as a Zenkan JSON file (format v1), written as the bundled banks are: two-space
 * indents, a final newline, and fields in the order question-banks/README.md lists them
 * (schema validation returns them in its own order, which reads badly in a diff).
 */

const BANK_ORDER = [
  "$schema",
  "schemaVersion",
  "id",
  "exam",
  "title",
  "description",
  "license",
  "source",
  "cases",
  "questions",
];
const ITEM_ORDER = [
  "id",
  "caseId",
  "domain",
  "type",
  "difficulty",
  "stem",
  "options",
  "items",
  "prompts",
  "responses",
  "answer",
  "explanation",
  "references",
  "tags",
];

/** The object's own fields, those named in `order` first and in that order. */
function ordered<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

export function toZenkanJson(bank: Bank): string {
  const questions = bank.questions.map((q: Question) => ordered(q, ITEM_ORDER));
  return `${JSON.stringify(ordered({ ...bank, questions }, BANK_ORDER), null, 2)}\n`;
}
