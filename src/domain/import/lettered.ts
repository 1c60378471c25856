/**
 * Lettered options ("A. Amazon S3", "- B) Amazon EBS") and answer-key lines
 * ("Correct answer: B, E", "ANSWER: BC", "正解：B"), shared by the Aiken, lettered
 * Markdown and CSV importers. Each pattern is anchored and has no nested quantifiers.
 */

export interface OptionLine {
  label: string;
  text: string;
}

const OPTION = /^\s*(?:[-*+]\s+)?\(?([A-J])[.)]\s+(.*)$/;
// The bare letter on its own ("- C.") is an option whose text is missing.
const EMPTY_OPTION = /^\s*(?:[-*+]\s+)?\(?([A-J])[.)]\s*$/;

/** "A. text", "A) text", "(A) text", optionally after a list bullet; undefined when not an option. */
export function parseOptionLine(line: string): OptionLine | undefined {
  const m = OPTION.exec(line);
  if (m?.[1] !== undefined) return { label: m[1], text: (m[2] ?? "").trim() };
  const e = EMPTY_OPTION.exec(line);
  if (e?.[1] !== undefined) return { label: e[1], text: "" };
  return undefined;
}

const SUMMARY = /<summary\b[^<>]*>[^<]*<\/summary>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

/**
 * A line without its HTML tags (`<details>`, `<summary>`): answers often hide in them.
 * A `<summary>` is a label ("Answer", "Show solution"), so its text goes too.
 */
export function stripTags(line: string): string {
  return line.replace(SUMMARY, "").replace(TAG, "");
}

const KEY_EN = /^(?:the\s+)?(?:correct\s+)?answers?(?:\s+(?:is|are))?\s*[:：]\s*(.*)$/i;
const KEY_WORD = /answer|正解|答え|解答/i;
const KEY_JA = /^(?:正解|答え|解答)\s*[:：]\s*(.*)$/;

export interface KeyLine {
  /** The letters named, upper-cased, in the order written. */
  labels: string[];
  /** Text after the letters on the same line (often the start of an explanation). */
  rest: string;
}

/**
 * An answer-key line, or undefined. Markdown emphasis, list bullets, quote marks and
 * HTML tags around it are ignored: `**Correct Answer:** B`, `> Answer: A`,
 * `<summary>Correct answer: C</summary>`.
 */
export function parseKeyLine(line: string): KeyLine | undefined {
  // Most lines are not keys: a cheap look for the word first.
  if (!KEY_WORD.test(line)) return undefined;
  // The key may follow a summary label or be the summary itself: try without, then with.
  for (const bare of [stripTags(line), line.replace(TAG, "")]) {
    let text = bare.replace(/[*_]/g, "").trim();
    while (text.length && "-+>".includes(text.charAt(0))) text = text.slice(1).trimStart();
    const m = KEY_EN.exec(text) ?? KEY_JA.exec(text);
    if (m !== null) return parseKeyLetters(m[1] ?? "");
  }
  return undefined;
}

const MAX_KEY_LETTERS = 20;
const isSeparator = (c: string) => " \t,、，/&;|".includes(c);

/**
 * The letters at the start of a key ("B, E", "BC", "B and E", "(A)"), and the text after
 * them. A run of several letters counts only in capitals ("BC"), so a word such as "bad"
 * ends the key instead of naming options; a letter followed by "." ends it too
 * ("A. Because …").
 */
export function parseKeyLetters(text: string): KeyLine {
  const labels: string[] = [];
  let i = 0;
  // No item has more than ten options: a longer run of letters is not a key worth reading on.
  while (i < text.length && labels.length <= MAX_KEY_LETTERS) {
    while (i < text.length && isSeparator(text.charAt(i))) i++;
    if (text.startsWith("and ", i) || text.startsWith("AND ", i)) {
      i += 4;
      continue;
    }
    let j = i;
    while (j < text.length && !isSeparator(text.charAt(j))) j++;
    const raw = text.slice(i, j);
    const token = raw.replace(/^\(|[).:]$/g, "");
    const single = /^[A-Ja-j]$/.test(token);
    const run = /^[A-J]{2,10}$/.test(token);
    if (!single && !run) break;
    labels.push(...token.toUpperCase());
    i = j;
    if (raw.endsWith(".") || raw.endsWith(":")) break;
  }
  return { labels, rest: text.slice(i).trim() };
}
