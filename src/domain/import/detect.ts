import { parseKeyLine, parseOptionLine } from "./lettered.ts";
import { splitLines } from "./source-text.ts";
import type { ImportFormat } from "./types.ts";

/**
 * Which importer reads a file: by its extension when that is unambiguous (.json, .gift,
 * .csv), else by what its first 64 KB look like. Undefined when nothing fits, so the UI
 * can ask the learner to pick a format.
 */

const SAMPLE = 64 * 1024;
const TASK = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\]/;
const AIKEN_KEY = /^ANSWER\s*:/;
/** A GIFT title, category, or an answer block opening on the question's line. */
const GIFT_LINE = /^(?:::|\$CATEGORY\s*:)|\{\s*[~=#]|\{\s*(?:T|F|TRUE|FALSE)\s*\}/;
/** An answer on a line of its own ("=Amazon S3"), but not a Markdown "===" underline. */
const GIFT_ANSWER = /^[~=](?!=)/;
const CSV_HEADER = /question|stem|問題/i;
const CSV_KEY = /answer|correct|key|正解/i;

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function looksLikeCsv(firstLine: string): boolean {
  return /[,;\t]/.test(firstLine) && CSV_HEADER.test(firstLine) && CSV_KEY.test(firstLine);
}

export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const ext = extension(fileName);
  if (ext === "json") return "zenkan-json";
  if (ext === "gift") return "gift";
  if (ext === "csv" || ext === "tsv") return "csv";
  const sample = text.slice(0, SAMPLE);
  const lines = splitLines(sample);
  let tasks = 0;
  let aiken = 0;
  let keys = 0;
  let gift = 0;
  let giftAnswers = 0;
  let braces = 0;
  let options = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (TASK.test(line)) tasks++;
    if (AIKEN_KEY.test(trimmed)) aiken++;
    else if (parseKeyLine(line)) keys++;
    if (GIFT_LINE.test(trimmed)) gift++;
    if (GIFT_ANSWER.test(trimmed)) giftAnswers++;
    if (trimmed.endsWith("{")) braces++;
    if (parseOptionLine(line)) options++;
  }
  if (ext === "md" || ext === "markdown") return tasks ? "markdown-tasks" : "markdown-lettered";
  if (sample.trimStart().startsWith("{")) return "zenkan-json";
  const firstLine = lines.find((l) => l.trim() !== "") ?? "";
  if (looksLikeCsv(firstLine)) return "csv";
  if (tasks) return "markdown-tasks";
  if (gift || (giftAnswers && braces)) return "gift";
  if (aiken && !keys) return "aiken";
  if (keys || options) return "markdown-lettered";
  return undefined;
}
