import { finalize } from "./finalize.ts";
import { type DraftItem, type DraftOption, finishItem, problem } from "./item.ts";
import { parseKeyLetters, parseOptionLine } from "./lettered.ts";
import { progressReporter, splitLines } from "./source-text.ts";
import type { ImportedItem, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

/**
 * Aiken, Moodle's plain-text format: the question, lettered options, then the key.
 *
 *     Which service stores objects?
 *     A. Amazon S3
 *     B) Amazon EBS
 *     ANSWER: A
 *
 * Aiken allows one key letter; "ANSWER: A, C" is accepted as a multiple-answer item.
 * A question may run over several lines before its first option; after the options,
 * a line that is neither an option nor the ANSWER line is a problem.
 */

const ANSWER = /^ANSWER\s*[:：]\s*(.*)$/i;

interface Block {
  line: number;
  endLine: number;
  stem: string[];
  options: DraftOption[];
  /** A blank line since the last option. */
  gap: boolean;
  broken?: ImportProblem;
}

interface Parsed {
  items: ImportedItem[];
  problems: ImportProblem[];
  found: number;
}

function close(
  b: Block,
  key: { labels: string[]; line: number } | undefined,
  options: ImportOptions,
  out: Parsed,
) {
  out.found++;
  if (b.broken) {
    out.problems.push(b.broken);
    return;
  }
  const draft: DraftItem = {
    line: b.line,
    endLine: key?.line ?? b.endLine,
    stem: b.stem.join("\n"),
    options: b.options,
    keyLabels: key?.labels ?? [],
  };
  if (key) draft.keyLine = key.line;
  const r = finishItem(draft, options);
  if (r.ok) out.items.push(r.item);
  else out.problems.push(r.problem);
}

export function parseAiken(text: string, options: ImportOptions = {}): ImportResult {
  const lines = splitLines(text);
  const out: Parsed = { items: [], problems: [], found: 0 };
  const report = progressReporter(lines.length, options.onProgress);
  let block: Block | undefined;
  const open = (line: number, stem: string[]): Block => ({
    line,
    endLine: line,
    stem,
    options: [],
    gap: false,
  });
  lines.forEach((raw, i) => {
    report(i);
    const n = i + 1;
    const line = raw.trim();
    if (line === "") {
      if (block?.options.length) block.gap = true;
      return;
    }
    const answer = ANSWER.exec(line);
    if (answer) {
      if (!block) {
        out.problems.push(
          problem(n, "malformed-line", "an ANSWER line with no question before it"),
        );
        return;
      }
      const key = parseKeyLetters(answer[1] ?? "");
      // "ANSWER: Amazon S3" names no letter: quote it in the problem.
      const labels = key.labels.length || !key.rest ? key.labels : [key.rest.slice(0, 40)];
      close(block, { labels, line: n }, options, out);
      block = undefined;
      return;
    }
    const option = parseOptionLine(line);
    if (option) {
      block ??= open(n, []);
      block.options.push({ ...option, line: n });
      block.gap = false;
      block.endLine = n;
      return;
    }
    if (!block) {
      block = open(n, [line]);
    } else if (block.options.length === 0) {
      block.stem.push(line);
      block.endLine = n;
    } else if (block.gap) {
      // A new question began before this one's ANSWER line.
      close(block, undefined, options, out);
      block = open(n, [line]);
    } else {
      block.broken ??= problem(
        n,
        "malformed-line",
        "a line after the options that is neither an option nor ANSWER:",
        block.stem.join(" "),
      );
      block.endLine = n;
    }
  });
  if (block) close(block, undefined, options, out);
  return finalize("aiken", out, options);
}
