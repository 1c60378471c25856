import { z } from "zod";
import { hashString } from "../random.ts";
import type { Lang } from "../text.ts";

/**
 * Small helpers every importer shares: lines, language, "(Choose two)", links, hashes,
 * progress. Every regular expression here is a single pass over one line with no nested
 * or overlapping quantifiers, so a hostile file cannot make them backtrack for long.
 */

/** The lines of a file: CRLF, CR and LF all end a line, a leading BOM is dropped. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

/** Number of lines as `splitLines` counts them: the upper bound of any problem's line. */
export function lineCount(text: string): number {
  return splitLines(text).length;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/** The language the file is in: the option when given, else Japanese when the stem has kana or kanji. */
export function detectLang(stem: string, lang: Lang | undefined): Lang {
  if (lang) return lang;
  return JAPANESE.test(stem) ? "ja" : "en";
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};
// "Select 5 of the 80 columns" is a scenario, not an instruction: the number must end the
// phrase or be followed by "answers", "options"…
const CHOOSE_EN =
  /\b(?:choose|select|pick)\s+(?:any\s+)?(two|three|four|five|six|[2-9])\b(?=\s*(?:$|[.)\]）:;,]|(?:correct\s+)?(?:answers?|options?|responses?|choices|items)\b))/i;
const CHOOSE_JA = /([2-9二三四五六])\s*つ\s*(?:を\s*)?(?:選択|選)/;

/**
 * How many answers the stem asks for ("(Choose two)", "Select TWO", 「2つ選択」), or
 * undefined when it does not say. Full-width digits count as digits.
 */
export function chooseCount(stem: string): number | undefined {
  const text = stem.normalize("NFKC");
  const m = CHOOSE_EN.exec(text) ?? CHOOSE_JA.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return NUMBER_WORDS[word] ?? Number(word);
}

const LINK = /https?:\/\/[^\s<>()[\]"'`]+/g;
const HttpUrl = z.url({ protocol: /^https?$/ });

/** The http(s) links in a text, in order, without repeats, as the bank's `references`. */
export function extractLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LINK)) {
    // A sentence often ends right after a link: its full stop is not part of it.
    let url = m[0];
    while (url.length && ".,;:!?*_".includes(url.charAt(url.length - 1))) url = url.slice(0, -1);
    if (!out.includes(url) && HttpUrl.safeParse(url).success) out.push(url);
  }
  return out;
}

/** FNV-1a (../random.ts) as 8 hex digits: a stable id from content. */
export function fnv1a(text: string): string {
  return hashString(text).toString(16).padStart(8, "0");
}

/** The first words of a stem, for a problem's message. */
export function excerpt(text: string, max = 60): string {
  // Only the start is shown, so only the start is flattened (a stem may be a megabyte).
  const flat = text
    .slice(0, max * 4)
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A reporter for `onProgress` that calls it only when another whole percent is done,
 * so a parse of a million lines still posts at most about 100 messages.
 */
export function progressReporter(
  total: number,
  onProgress: ((fraction: number) => void) | undefined,
): (done: number) => void {
  if (!onProgress || total <= 0) return () => {};
  let next = 1;
  return (done) => {
    const percent = Math.floor((Math.min(done, total) * 100) / total);
    if (percent >= next) {
      next = percent + 1;
      onProgress(percent / 100);
    }
  };
}
