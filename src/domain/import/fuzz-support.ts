import fc from "fast-check";
import { QuestionSchema } from "../bank/schema.ts";
import { lineCount } from "./source-text.ts";
import { type ImportResult, PROBLEM_CODES } from "./types.ts";

/**
 * Test support only (imported by the *.test.ts files here, never by the app): the
 * invariants every importer keeps whatever it is fed, and a generator of malformed
 * files built from a format's own tokens, so fast-check reaches the parser's corners
 * instead of bouncing off random noise.
 */

/** Text every format may meet: line ends of all kinds, Unicode, control and very long runs. */
export const COMMON_TOKENS = [
  "\n",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  " ",
  "\t",
  "Amazon S3",
  "AWS Lambda",
  "Which service?",
  "(Choose two)",
  "(Select TWO)",
  "Choose 3",
  "（2 つ選択してください）",
  "2つ選択",
  "東京リージョン",
  "é",
  "🙂",
  "\u0000",
  "\uFEFF",
  "\u2028",
  "https://docs.aws.amazon.com/x",
  "<details>",
  "</details>",
  "<summary>Answer</summary>",
  '"',
  ",",
  "x".repeat(3000),
  " ".repeat(500),
] as const;

/**
 * A file made of `tokens` (a format's syntax) mixed with the common ones and random
 * strings; half the time built line by line from `lines` (whole lines of the format),
 * which reaches well-formed questions far more often than a soup of characters does.
 */
export function tokenText(
  tokens: readonly string[],
  lines: readonly string[] = [],
): fc.Arbitrary<string> {
  const soup = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...tokens) },
        { weight: 3, arbitrary: fc.constantFrom(...COMMON_TOKENS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(""));
  if (lines.length === 0) return soup;
  const byLine = fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...lines) },
          { weight: 2, arbitrary: soup.map((s) => s.slice(0, 40)) },
        ),
        { maxLength: 40 },
      ),
      fc.constantFrom("\n", "\r\n", "\r"),
    )
    .map(([parts, eol]) => parts.join(eol));
  return fc.oneof(soup, byLine);
}

/** A well-formed file broken at random: a slice cut out and a token dropped in elsewhere. */
export function mutated(valid: string, tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat({ max: valid.length }),
      fc.nat({ max: 40 }),
      fc.nat({ max: valid.length }),
      fc.constantFrom(...tokens, ...COMMON_TOKENS),
    )
    .map(([cut, length, at, token]) => {
      const shorter = valid.slice(0, cut) + valid.slice(cut + length);
      const p = Math.min(at, shorter.length);
      return shorter.slice(0, p) + token + shorter.slice(p);
    });
}

/** What a user relies on from any import: problems point at real lines, items are valid bank items. */
export function expectSound(result: ImportResult, text: string): void {
  const lines = lineCount(text);
  for (const p of result.problems) {
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lines)
      throw new Error(`problem line ${p.line} outside 1..${lines}: ${p.message}`);
    if (!(PROBLEM_CODES as readonly string[]).includes(p.code))
      throw new Error(`unknown code ${p.code}`);
    if (!p.message) throw new Error("a problem without a message");
  }
  const ids = new Set<string>();
  for (const entry of result.items) {
    const parsed = QuestionSchema.safeParse(entry.item);
    if (!parsed.success) throw new Error(`invalid item: ${parsed.error.issues[0]?.message}`);
    const q = entry.item;
    if (ids.has(q.id)) throw new Error(`item id ${q.id} twice`);
    ids.add(q.id);
    if (q.type === "single" || q.type === "multiple") {
      const options = new Set(q.options.map((o) => o.id));
      if (!q.answer.every((k) => options.has(k))) throw new Error("a key names no option");
      if (q.type === "single" && q.answer.length !== 1) throw new Error("single with keys ≠ 1");
      if (q.type === "multiple" && (q.answer.length < 2 || q.answer.length >= q.options.length))
        throw new Error("multiple with a wrong key count");
    }
    if (!(entry.line >= 1 && entry.endLine >= entry.line && entry.endLine <= lines))
      throw new Error(`item lines ${entry.line}..${entry.endLine} outside 1..${lines}`);
  }
  if (result.found < result.items.length) throw new Error("found fewer than returned");
}
