import { finalize } from "./finalize.ts";
import { type DraftOption, finishItem, problem } from "./item.ts";
import { stripTags } from "./lettered.ts";
import {
  heading,
  isFence,
  isNavigation,
  joinText,
  looksLikeQuestion,
  questionNumber,
} from "./markdown.ts";
import { progressReporter, splitLines } from "./source-text.ts";
import type { ImportedItem, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

/**
 * GitHub-style Markdown banks: a heading per question (`#` to `####`), task-list options
 * (`- [x]` right, `- [ ]` wrong), and any text after the options as the explanation.
 *
 *     ### Which service stores objects durably? (Choose two.)
 *     - [x] Amazon S3
 *     - [ ] Amazon EBS
 *     Explanation, links …
 */

const TASK = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\[([ xX])\](?:\s+(.*))?$/;

interface Block {
  line: number;
  endLine: number;
  stem: string[];
  options: DraftOption[];
  keys: number[];
  gap: boolean;
  explanation: string[];
  /** Options after the explanation: the item is skipped with this problem. */
  broken?: ImportProblem;
}

interface Parsed {
  items: ImportedItem[];
  problems: ImportProblem[];
  found: number;
}

function close(b: Block, options: ImportOptions, out: Parsed): void {
  const stem = joinText(b.stem);
  if (b.options.length === 0) {
    // A heading with no options titles a section; only a question is worth a problem.
    if (looksLikeQuestion(stem)) {
      out.found++;
      out.problems.push(problem(b.line, "no-options", "the question has no options", stem));
    }
    return;
  }
  out.found++;
  if (b.broken) {
    out.problems.push(b.broken);
    return;
  }
  const r = finishItem(
    {
      line: b.line,
      endLine: b.endLine,
      stem,
      options: b.options,
      keyIndexes: b.keys,
      explanation: joinText(b.explanation),
    },
    options,
  );
  if (r.ok) out.items.push(r.item);
  else out.problems.push(r.problem);
}

export function parseMarkdownTasks(text: string, options: ImportOptions = {}): ImportResult {
  const lines = splitLines(text);
  const out: Parsed = { items: [], problems: [], found: 0 };
  const report = progressReporter(lines.length, options.onProgress);
  let block: Block | undefined;
  let inFence = false;
  // Options before the first heading belong to no question: reported once, at the first.
  let strayReported = false;
  lines.forEach((line, i) => {
    report(i);
    const n = i + 1;
    const fence = isFence(line);
    const h = inFence || fence ? undefined : heading(line);
    if (h && h.level <= 4) {
      if (block) close(block, options, out);
      block = {
        line: n,
        endLine: n,
        stem: [questionNumber(h.text).text],
        options: [],
        keys: [],
        gap: false,
        explanation: [],
      };
      return;
    }
    if (fence) inFence = !inFence;
    const task = inFence || fence ? null : TASK.exec(line);
    const b = block;
    if (!b) {
      if (task && !strayReported) {
        strayReported = true;
        out.problems.push(
          problem(n, "malformed-line", "an option before the first question heading"),
        );
      }
      return;
    }
    if (isNavigation(line)) return;
    if (line.trim() !== "") b.endLine = n;
    if (task) {
      if (b.explanation.length) {
        // Options after the explanation started: a second list under one heading.
        b.broken ??= problem(
          n,
          "malformed-line",
          "an option after the explanation (one list of options per question)",
          joinText(b.stem),
        );
        return;
      }
      if (task[1] !== " ") b.keys.push(b.options.length);
      b.options.push({ text: task[2] ?? "", line: n });
      b.gap = false;
      return;
    }
    if (b.options.length === 0) {
      b.stem.push(line);
      return;
    }
    const bare = inFence || fence ? line : stripTags(line);
    const last = b.options[b.options.length - 1];
    if (bare.trim() === "") {
      if (line.trim() === "") b.gap = true;
    } else if (last && !b.gap && /^\s/.test(line) && b.explanation.length === 0 && !fence) {
      last.text = `${last.text}\n${bare.trim()}`;
    } else b.explanation.push(bare);
  });
  if (block) close(block, options, out);
  return finalize("markdown-tasks", out, options);
}
