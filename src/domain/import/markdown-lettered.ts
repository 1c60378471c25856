import { finalize } from "./finalize.ts";
import { type DraftItem, type DraftOption, finishItem, problem } from "./item.ts";
import { parseKeyLetters, parseKeyLine, parseOptionLine, stripTags } from "./lettered.ts";
import {
  heading,
  isFence,
  isNavigation,
  joinText,
  looksLikeQuestion,
  questionNumber,
} from "./markdown.ts";
import { excerpt, progressReporter, splitLines } from "./source-text.ts";
import type { ImportedItem, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

/**
 * Markdown practice exams with lettered options, the layout of many study repositories:
 *
 *     1. A company needs … Which service meets these requirements? (Choose two.)
 *         - A. Amazon S3
 *         - B. Amazon EBS
 *         <details><summary>Answer</summary>
 *         Correct answer: A, C
 *         Explanation, links …
 *         </details>
 *
 * A question starts at a heading, at "Question N", or at a numbered line whose number
 * follows the current question's (so a numbered list inside a stem stays in the stem).
 */

interface Block {
  line: number;
  endLine: number;
  number?: number;
  stem: string[];
  options: DraftOption[];
  /** A blank line since the last option: an indented line after it is no continuation. */
  gap: boolean;
  keyLabels?: string[];
  keyLine?: number;
  keyRest?: string;
  /** "Correct answer:" with nothing after it: the letters are on the next line. */
  keyPending: boolean;
  explanation: string[];
}

const NUMBERED = /^\s{0,3}(\d{1,4})[.)]\s+(.*)$/;
const QUESTION_N = /^\s{0,3}question\s*(\d{1,4})\b[\s.:)\-–]*(.*)$/i;

/**
 * Whether a numbered line starts the next question: it follows the current number, or
 * repeats it after a key (lists written "1." throughout), or comes after a heading that
 * only titled a section. Otherwise it is a list inside a stem or an explanation.
 */
function startsQuestion(number: number, b: Block | undefined): boolean {
  if (!b) return true;
  if (b.number === undefined) return b.options.length === 0 && b.keyLine === undefined;
  return number === b.number + 1 || (number === b.number && b.keyLine !== undefined);
}

function newBlock(line: number, stem: string, number?: number): Block {
  const b: Block = {
    line,
    endLine: line,
    stem: [stem],
    options: [],
    gap: false,
    keyPending: false,
    explanation: [],
  };
  if (number !== undefined) b.number = number;
  return b;
}

/**
 * The key as option letters. A key may name its option by text instead ("Answer: Amazon
 * S3"); a key that names nothing is kept as written so the problem can quote it.
 */
function keyOf(b: Block): { labels: string[]; lead: string } {
  const rest = b.keyRest ?? "";
  if (b.keyLabels?.length) return { labels: b.keyLabels, lead: rest };
  if (b.keyLine === undefined) return { labels: [], lead: "" };
  const wanted = rest.toLowerCase();
  const i = b.options.findIndex((o) => o.text.trim().toLowerCase() === wanted);
  const label = b.options[i]?.label;
  if (label !== undefined) return { labels: [label], lead: "" };
  return { labels: rest ? [excerpt(rest, 40)] : [], lead: "" };
}

function close(b: Block, options: ImportOptions, out: Parsed): void {
  const stem = joinText(b.stem);
  if (b.options.length === 0 && b.keyLine === undefined) {
    // Headings and numbered lines also title sections; only a question is worth a problem.
    if (looksLikeQuestion(stem)) {
      out.found++;
      out.problems.push(problem(b.line, "no-options", "the question has no options", stem));
    }
    return;
  }
  out.found++;
  const key = keyOf(b);
  const draft: DraftItem = {
    line: b.line,
    endLine: b.endLine,
    stem,
    options: b.options,
    keyLabels: key.labels,
    // The text after the letters on the key line starts the explanation.
    explanation: joinText([key.lead, ...b.explanation]),
  };
  if (b.keyLine !== undefined) draft.keyLine = b.keyLine;
  const r = finishItem(draft, options);
  if (r.ok) out.items.push(r.item);
  else out.problems.push(r.problem);
}

interface Parsed {
  items: ImportedItem[];
  problems: ImportProblem[];
  found: number;
}

export function parseMarkdownLettered(text: string, options: ImportOptions = {}): ImportResult {
  const lines = splitLines(text);
  const out: Parsed = { items: [], problems: [], found: 0 };
  const report = progressReporter(lines.length, options.onProgress);
  let block: Block | undefined;
  let inFence = false;
  const start = (line: number, stem: string, number?: number) => {
    if (block) close(block, options, out);
    block = newBlock(line, stem, number);
  };
  lines.forEach((line, i) => {
    report(i);
    const n = i + 1;
    const fence = isFence(line);
    if (!inFence && !fence) {
      const h = heading(line);
      const q = QUESTION_N.exec(line);
      const num = NUMBERED.exec(line);
      if (h) {
        const hq = questionNumber(h.text);
        start(n, hq.text, hq.number);
        return;
      }
      if (q) {
        start(n, q[2] ?? "", Number(q[1]));
        return;
      }
      if (num && startsQuestion(Number(num[1]), block)) {
        start(n, num[2] ?? "", Number(num[1]));
        return;
      }
    }
    if (fence) inFence = !inFence;
    const b = block;
    if (!b) return;
    if (isNavigation(line)) return;
    if (line.trim() !== "") b.endLine = n;
    if (inFence || fence) {
      // Code belongs to the stem before the options, to the explanation after them.
      (b.options.length || b.keyLine !== undefined ? b.explanation : b.stem).push(line);
      return;
    }
    if (b.keyPending && line.trim() !== "") {
      const key = parseKeyLetters(stripTags(line).trim());
      b.keyPending = false;
      if (key.labels.length) {
        b.keyLabels = key.labels;
        b.keyLine = n;
        b.keyRest = key.rest;
        return;
      }
    }
    if (b.keyLine !== undefined) {
      b.explanation.push(stripTags(line));
      return;
    }
    const key = parseKeyLine(line);
    if (key) {
      b.keyLabels = key.labels;
      b.keyLine = n;
      b.keyRest = key.rest;
      b.keyPending = key.labels.length === 0 && key.rest === "";
      return;
    }
    const option = parseOptionLine(line);
    if (option) {
      b.options.push({ ...option, line: n });
      b.gap = false;
      return;
    }
    if (b.options.length === 0) {
      b.stem.push(line);
      return;
    }
    const bare = stripTags(line);
    const last = b.options[b.options.length - 1];
    if (bare.trim() === "") {
      if (line.trim() === "") b.gap = true;
    } else if (last && !b.gap && /^\s/.test(line) && b.explanation.length === 0) {
      last.text = `${last.text}\n${bare.trim()}`;
    } else b.explanation.push(bare);
  });
  if (block) close(block, options, out);
  return finalize("markdown-lettered", out, options);
}
