import { parseJson } from "../bank/json.ts";
import { type Bank, BankSchema, LocalizedTextSchema, type Question } from "../bank/schema.ts";
import { jsonPath } from "../bank/validate.ts";
import { finalize } from "./finalize.ts";
import { mapDomain, problem } from "./item.ts";
import { jsonValueLines } from "./json-lines.ts";
import { lineCount } from "./source-text.ts";
import type {
  BankMeta,
  ImportedItem,
  ImportOptions,
  ImportProblem,
  ImportResult,
  ProblemCode,
} from "./types.ts";

/**
 * A Zenkan bank file (format v1). The whole file is checked with the bank's own schema
 * (what `checkBankText` runs under LENIENT_POLICY, which asks nothing more of a bank);
 * when that fails, each item is checked alone so the good ones can still be imported.
 * The catalog checks of `checkBankText` are not errors here: an item whose exam or
 * domain the app does not know is imported unmapped, to be mapped by the learner.
 *
 * In a file that fails as a whole, items lose their `caseId` (the case studies cannot
 * be trusted), and the bank's header fields are kept only where each is valid alone.
 */

/** Deeper than any bank needs; a deeper file is refused before JSON.parse sees it. */
const MAX_DEPTH = 64;

type Path = (string | number)[];
type Issue = { path: Path; message: string };

/** The same plainer wording `checkBankText` gives zod's most common complaint. */
function friendlyError(iss: { code?: string; input?: unknown; path?: PropertyKey[] }) {
  if (iss.code === "invalid_type" && iss.input === undefined && iss.path?.length)
    return `missing required field "${String(iss.path.at(-1))}"`;
  return undefined;
}

/** Offset of the first bracket nested deeper than `max`, or -1 (strings skipped). */
function tooDeep(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === "\\") i++;
    } else if (c === "{" || c === "[") {
      if (++depth > max) return i;
    } else if (c === "}" || c === "]") depth--;
  }
  return -1;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function codeOf(issue: Issue): ProblemCode {
  const last = issue.path.at(-1);
  if (last === "options" && issue.message.includes("at least two")) return "too-few-options";
  if (issue.message.startsWith('key "')) return "key-without-option";
  if (issue.message.includes("needs at least one key")) return "no-answer-key";
  if (issue.message.includes("at least two right answers")) return "key-count-mismatch";
  if (issue.message.includes("at least one wrong option")) return "every-option-keyed";
  return "invalid-item";
}

/** One item checked alone, inside a bank of its own (so the bank's key rules run too). */
function checkItem(raw: unknown, index: number): { item?: Question; issues: Issue[] } {
  let q = raw;
  if (isRecord(raw)) {
    const { caseId: _dropped, ...rest } = raw;
    q = rest;
  }
  const r = BankSchema.safeParse(
    {
      schemaVersion: 1,
      id: "import",
      exam: "import",
      title: { en: "import" },
      license: "import",
      source: "import",
      questions: [q],
    },
    { error: friendlyError },
  );
  if (r.success) return { item: r.data.questions[0], issues: [] };
  return {
    issues: r.error.issues.map((i) => ({
      path: [
        "questions",
        index,
        ...i.path.slice(2).map((p) => (typeof p === "number" ? p : String(p))),
      ],
      message: i.message,
    })),
  };
}

/** Header fields that are valid each on its own, for a file that failed as a whole. */
function headerOf(value: Record<string, unknown>): BankMeta {
  const meta: BankMeta = {};
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
  const text = (v: unknown) => {
    const r = LocalizedTextSchema.safeParse(v);
    return r.success ? r.data : undefined;
  };
  const id = str(value.id);
  const exam = str(value.exam);
  const license = str(value.license);
  const source = str(value.source);
  const title = text(value.title);
  const description = text(value.description);
  if (id) meta.id = id;
  if (exam) meta.exam = exam;
  if (license) meta.license = license;
  if (source) meta.source = source;
  if (title) meta.title = title;
  if (description) meta.description = description;
  return meta;
}

function metaOf(bank: Bank): BankMeta {
  const meta: BankMeta = {
    id: bank.id,
    exam: bank.exam,
    title: bank.title,
    license: bank.license,
    source: bank.source,
  };
  if (bank.description) meta.description = bank.description;
  if (bank.cases) meta.cases = bank.cases;
  return meta;
}

/** The stem of an item that failed, for the problem's excerpt. */
function stemOf(raw: unknown): string {
  if (!isRecord(raw) || !isRecord(raw.stem)) return "";
  const { en, ja } = raw.stem;
  return typeof en === "string" ? en : typeof ja === "string" ? ja : "";
}

export function parseZenkanJson(text: string, options: ImportOptions = {}): ImportResult {
  const out = { items: [] as ImportedItem[], problems: [] as ImportProblem[], found: 0 };
  const deep = tooDeep(text, MAX_DEPTH);
  if (deep >= 0) {
    const line = lineCount(text.slice(0, deep + 1));
    out.problems.push(
      problem(line, "malformed-json", `invalid JSON: nested deeper than ${MAX_DEPTH} levels`),
    );
    return finalize("zenkan-json", out, options);
  }
  const json = parseJson(text);
  if (!json.ok) {
    const line = Math.min(Math.max(json.line, 1), lineCount(text));
    out.problems.push(problem(line, "malformed-json", json.message));
    return finalize("zenkan-json", out, options);
  }
  const value = json.value;
  if (!isRecord(value) || !Array.isArray(value.questions)) {
    out.problems.push(problem(1, "not-a-bank", 'not a Zenkan bank: no "questions" list'));
    return finalize("zenkan-json", out, options);
  }
  options.onProgress?.(0.3);
  const raw: unknown[] = value.questions;
  out.found = raw.length;
  const whole = BankSchema.safeParse(value, { error: friendlyError });
  const checked: { item?: Question; issues: Issue[] }[] = whole.success
    ? whole.data.questions.map((item) => ({ item, issues: [] }))
    : raw.map((q, i) => checkItem(q, i));
  const headerIssues: Issue[] = whole.success
    ? []
    : whole.error.issues
        .filter((i) => i.path[0] !== "questions" || i.path.length === 1)
        .map((i) => ({
          path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
          message: i.message,
        }));
  options.onProgress?.(0.8);

  // Lines: every item's start, and every problem's path with its parents (a missing
  // field has no line of its own; its object's line stands for it).
  // Only the first problem of an item is reported, so only its path is looked up.
  const wanted = new Set<string>();
  for (const issue of headerIssues)
    for (let k = issue.path.length; k >= 0; k--) wanted.add(jsonPath(issue.path.slice(0, k)));
  for (const { issues } of checked) {
    const path = issues[0]?.path ?? [];
    for (let k = path.length; k > 2; k--) wanted.add(jsonPath(path.slice(0, k)));
  }
  const isItem = (p: string) => p.startsWith("$.questions[") && p.indexOf("]") === p.length - 1;
  const lines = jsonValueLines(text, (p) => isItem(p) || wanted.has(p));
  const lineOf = (path: Path): number => {
    for (let k = path.length; k >= 0; k--) {
      const line = lines.starts.get(jsonPath(path.slice(0, k)));
      if (line !== undefined) return line;
    }
    return 1;
  };

  for (const issue of headerIssues)
    out.problems.push(
      problem(
        lineOf(issue.path),
        "invalid-bank-field",
        `${jsonPath(issue.path)}: ${issue.message}`,
      ),
    );
  const firstLineOfId = new Map<string, number>();
  checked.forEach(({ item, issues }, i) => {
    const at = `$.questions[${i}]`;
    const line = lines.starts.get(at) ?? 1;
    const first = issues[0];
    if (first) {
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more in this item)` : "";
      out.problems.push(
        problem(
          lineOf(first.path),
          codeOf(first),
          `${jsonPath(first.path)}: ${first.message}${more}`,
          stemOf(raw[i]),
        ),
      );
      return;
    }
    if (!item) return;
    const seen = firstLineOfId.get(item.id);
    if (seen !== undefined) {
      out.problems.push(
        problem(
          line,
          "invalid-item",
          `item id "${item.id}" is also used at line ${seen}`,
          item.stem.en ?? item.stem.ja,
        ),
      );
      return;
    }
    firstLineOfId.set(item.id, line);
    out.items.push({
      item: { ...item, domain: mapDomain(item.domain, options.knownDomains) },
      line,
      endLine: lines.ends.get(at) ?? line,
      sourceDomain: item.domain,
    });
  });
  const bank = whole.success ? metaOf(whole.data) : headerOf(value);
  return finalize("zenkan-json", { ...out, bank }, options);
}
