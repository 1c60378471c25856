import { parseCsvRecords } from "./csv-records.ts";
import { finalize } from "./finalize.ts";
import { type DraftItem, type DraftOption, finishItem, problem } from "./item.ts";
import { parseKeyLetters, parseOptionLine } from "./lettered.ts";
import { progressReporter, splitLines } from "./source-text.ts";
import type { ImportedItem, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

/**
 * Spreadsheets: a header row, then one question per row.
 *
 *     question,options,answer,explanation,domain
 *     "Which service stores objects?","Amazon S3|Amazon EBS|Amazon EFS",A,"…",storage
 *
 * Options are either one column (one option a line, or separated by `|`) or a column
 * per option ("A" … "J", "Option A", "Choice 1"). The answer names letters ("B, E",
 * "BE"), 1-based positions ("2"), or an option's exact text. Header names are matched
 * without regard to case, spaces, "_" or "-".
 */

type Column = "question" | "options" | "answer" | "explanation" | "domain";

const HEADERS: Record<string, Column> = {
  question: "question",
  stem: "question",
  "question text": "question",
  prompt: "question",
  問題: "question",
  設問: "question",
  options: "options",
  choices: "options",
  選択肢: "options",
  answer: "answer",
  answers: "answer",
  correct: "answer",
  "correct answer": "answer",
  "correct answers": "answer",
  key: "answer",
  正解: "answer",
  答え: "answer",
  explanation: "explanation",
  rationale: "explanation",
  feedback: "explanation",
  解説: "explanation",
  domain: "domain",
  category: "domain",
  topic: "domain",
  分野: "domain",
};
const OPTION_COLUMN = /^(?:option|choice|opt|選択肢)?\s*([a-j]|10|[1-9])$/;
const LETTERS = "ABCDEFGHIJ";

interface Layout {
  columns: Partial<Record<Column, number>>;
  /** Column index and letter of each option column, in letter order. */
  optionColumns: { index: number; label: string }[];
}

function layoutOf(header: readonly string[]): Layout {
  const columns: Partial<Record<Column, number>> = {};
  const optionColumns: { index: number; label: string }[] = [];
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
    const known = HEADERS[name];
    if (known !== undefined) {
      if (columns[known] === undefined) columns[known] = index;
      return;
    }
    const m = OPTION_COLUMN.exec(name);
    if (!m?.[1]) return;
    const id = m[1];
    const label = /^\d+$/.test(id) ? LETTERS.charAt(Number(id) - 1) : id.toUpperCase();
    optionColumns.push({ index, label });
  });
  optionColumns.sort((a, b) => a.label.localeCompare(b.label));
  return { columns, optionColumns };
}

/** One options cell: one option a line, or `|` between them; "A. …" letters are kept as labels. */
function splitOptions(cell: string, line: number): DraftOption[] {
  const parts = cell.includes("\n") ? cell.split("\n") : cell.split("|");
  const texts = parts.map((p) => p.trim()).filter((p) => p !== "");
  const lettered = texts.map((t) => parseOptionLine(t));
  const allLettered = lettered.every((o) => o !== undefined);
  return texts.map((text, i) => {
    const o = lettered[i];
    return allLettered && o ? { text: o.text, label: o.label, line } : { text, line };
  });
}

/** The answer cell as option letters. */
function keyOf(cell: string, opts: readonly DraftOption[]): string[] {
  const answer = cell.trim();
  if (answer === "") return [];
  const byText = opts.findIndex((o) => o.text.trim() === answer);
  if (byText >= 0) return [opts[byText]?.label ?? LETTERS.charAt(byText)];
  const tokens = answer.split(/[\s,;|/、]+/).filter((t) => t !== "");
  if (tokens.every((t) => /^(?:10|[1-9])$/.test(t)))
    return tokens.map((t) => LETTERS.charAt(Number(t) - 1) || t);
  const key = parseKeyLetters(answer);
  // Anything left over is no letter: quote the whole cell as the key that names nothing.
  return key.labels.length && key.rest === "" ? key.labels : [answer.slice(0, 40)];
}

export function parseCsv(text: string, options: ImportOptions = {}): ImportResult {
  const total = splitLines(text).length;
  const report = progressReporter(total, options.onProgress);
  const parsed = parseCsvRecords(text, undefined, report);
  const out: { items: ImportedItem[]; problems: ImportProblem[]; found: number } = {
    items: [],
    problems: [],
    found: 0,
  };
  if (parsed.unterminated !== undefined)
    out.problems.push(
      problem(
        parsed.unterminated,
        "malformed-line",
        'a quoted field is never closed (a missing ")',
      ),
    );
  const [header, ...rows] = parsed.records;
  if (!header) return finalize("csv", out, options);
  const { columns, optionColumns } = layoutOf(header.fields);
  const missing = [
    columns.question === undefined ? "question" : "",
    columns.answer === undefined ? "answer" : "",
    columns.options === undefined && optionColumns.length === 0 ? "options (or A, B, …)" : "",
  ].filter((m) => m !== "");
  if (missing.length) {
    out.problems.push(
      problem(
        header.line,
        "missing-column",
        `the header row has no ${missing.join(", no ")} column`,
      ),
    );
    return finalize("csv", out, options);
  }
  const cell = (fields: readonly string[], column: number | undefined) =>
    column === undefined ? "" : (fields[column] ?? "");
  for (const row of rows) {
    const stem = cell(row.fields, columns.question);
    if (row.fields.every((f) => f.trim() === "")) continue;
    out.found++;
    const opts =
      columns.options !== undefined
        ? splitOptions(cell(row.fields, columns.options), row.line)
        : optionColumns
            .map((c) => ({ text: cell(row.fields, c.index), label: c.label, line: row.line }))
            .filter((o) => o.text.trim() !== "");
    const draft: DraftItem = {
      line: row.line,
      endLine: row.endLine,
      stem,
      options: opts,
      keyLabels: keyOf(cell(row.fields, columns.answer), opts),
      keyLine: row.line,
      explanation: cell(row.fields, columns.explanation),
      domain: cell(row.fields, columns.domain),
    };
    const r = finishItem(draft, options);
    if (r.ok) out.items.push(r.item);
    else out.problems.push(r.problem);
  }
  return finalize("csv", out, options);
}
