import type { Catalog, ExamInfo } from "../catalog/schema.ts";
import { LANGS, type Lang, type LocalizedText } from "../text.ts";
import { parseJson } from "./json.ts";
import { findNearDuplicates } from "./near-duplicates.ts";
import { type Bank, BankSchema, type Question } from "./schema.ts";

/**
 * Validation of bank files against the format, the catalog and each other.
 * Every problem names its file and where in it: a JSON path such as
 * `$.questions[3].answer[0]`, or `line:column` when the file is not JSON at all.
 */

export interface BankIssue {
  file: string;
  /** JSON path (`$.questions[2].domain`) or, for a file that is not JSON, `line:column`. */
  at: string;
  message: string;
}

export interface BankPolicy {
  /** Languages every human text must have (bundled banks: both). */
  requireLanguages: readonly Lang[];
  /** Every item must cite AWS documentation (docs.aws.amazon.com or aws.amazon.com). */
  requireAwsReference: boolean;
}

export const BUNDLED_POLICY: BankPolicy = { requireLanguages: LANGS, requireAwsReference: true };
export const LENIENT_POLICY: BankPolicy = { requireLanguages: [], requireAwsReference: false };

export function formatIssue(issue: BankIssue): string {
  return `${issue.file}:${issue.at}: ${issue.message}`;
}

/** `["questions", 3, "answer"]` → `$.questions[3].answer` */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export interface CheckedBank {
  file: string;
  bank: Bank;
}

export function isAwsDocUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return (
      host === "aws.amazon.com" ||
      host.endsWith(".aws.amazon.com") ||
      host === "docs.aws.amazon.com"
    );
  } catch {
    return false;
  }
}

/** Every human text of an item, with its path relative to the item. */
export function* itemTexts(q: Question): Generator<[PropertyKey[], LocalizedText]> {
  yield [["stem"], q.stem];
  yield [["explanation"], q.explanation];
  if (q.type === "single" || q.type === "multiple") {
    for (const [i, o] of q.options.entries()) {
      yield [["options", i, "text"], o.text];
      if (o.why) yield [["options", i, "why"], o.why];
    }
  } else if (q.type === "ordering") {
    for (const [i, s] of q.items.entries()) yield [["items", i, "text"], s.text];
  } else {
    for (const [i, p] of q.prompts.entries()) yield [["prompts", i, "text"], p.text];
    for (const [i, r] of q.responses.entries()) yield [["responses", i, "text"], r.text];
  }
}

/** Plainer words for zod's most common complaint about hand-written files. */
function friendlyError(iss: {
  code?: string;
  input?: unknown;
  path?: PropertyKey[];
}): string | undefined {
  if (iss.code === "invalid_type" && iss.input === undefined && iss.path?.length) {
    return `missing required field "${String(iss.path.at(-1))}"`;
  }
  return undefined;
}

/** Checks one file's text. Returns the bank when it is usable, and every issue found. */
export function checkBankText(
  file: string,
  text: string,
  catalog: Catalog,
  policy: BankPolicy,
): { bank?: Bank; issues: BankIssue[] } {
  const json = parseJson(text);
  if (!json.ok)
    return { issues: [{ file, at: `${json.line}:${json.column}`, message: json.message }] };
  const parsed = BankSchema.safeParse(json.value, { error: friendlyError });
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({ file, at: jsonPath(i.path), message: i.message })),
    };
  }
  const bank = parsed.data;
  const issues: BankIssue[] = [];
  const add = (path: PropertyKey[], message: string) =>
    issues.push({ file, at: jsonPath(path), message });
  const exam: ExamInfo | undefined = catalog.exams.find((e) => e.code === bank.exam);
  if (!exam) {
    add(
      ["exam"],
      `unknown exam "${bank.exam}" (the catalog has ${catalog.exams.map((e) => e.code).join(", ")})`,
    );
  }
  const domains = new Set(exam?.domains.map((d) => d.id));
  const types = new Set<string>(exam?.itemTypes);
  bank.questions.forEach((q, i) => {
    if (exam && !domains.has(q.domain)) {
      add(
        ["questions", i, "domain"],
        `unknown domain "${q.domain}" for ${exam.code} (domains are ${[...domains].join(", ")})`,
      );
    }
    if (exam && !types.has(q.type)) {
      add(
        ["questions", i, "type"],
        `${exam.code} has no ${q.type} items (its item types are ${exam.itemTypes.join(", ")})`,
      );
    }
    if (exam && q.caseId !== undefined && !types.has("case-study")) {
      add(["questions", i, "caseId"], `${exam.code} has no case studies`);
    }
    for (const lang of policy.requireLanguages) {
      for (const [path, t] of itemTexts(q)) {
        if (t[lang] === undefined) add(["questions", i, ...path, lang], `missing ${lang} text`);
      }
    }
    if (policy.requireAwsReference && !q.references.some(isAwsDocUrl)) {
      add(
        ["questions", i, "references"],
        "needs at least one link to AWS documentation (docs.aws.amazon.com or aws.amazon.com)",
      );
    }
  });
  for (const lang of policy.requireLanguages) {
    if (bank.title[lang] === undefined) add(["title", lang], `missing ${lang} text`);
    (bank.cases ?? []).forEach((c, i) => {
      if (c.title[lang] === undefined) add(["cases", i, "title", lang], `missing ${lang} text`);
      if (c.scenario[lang] === undefined)
        add(["cases", i, "scenario", lang], `missing ${lang} text`);
    });
  }
  return { bank, issues };
}

/** Checks many files together: each alone, then ids across files. */
export function checkBankFiles(
  files: readonly { file: string; text: string }[],
  catalog: Catalog,
  policy: BankPolicy,
): { banks: CheckedBank[]; issues: BankIssue[] } {
  const banks: CheckedBank[] = [];
  const issues: BankIssue[] = [];
  for (const f of files) {
    const r = checkBankText(f.file, f.text, catalog, policy);
    issues.push(...r.issues);
    if (r.bank) banks.push({ file: f.file, bank: r.bank });
  }
  const bankIds = new Map<string, string>();
  const itemIds = new Map<string, string>();
  for (const { file, bank } of banks) {
    const other = bankIds.get(bank.id);
    if (other)
      issues.push({ file, at: "$.id", message: `bank id "${bank.id}" is also used by ${other}` });
    else bankIds.set(bank.id, file);
    bank.questions.forEach((q, i) => {
      const first = itemIds.get(q.id);
      if (first && first !== file) {
        issues.push({
          file,
          at: jsonPath(["questions", i, "id"]),
          message: `item id "${q.id}" is also used in ${first}`,
        });
      } else if (!first) itemIds.set(q.id, file);
    });
  }
  // Near-duplicate stems, within and across banks (English text, else Japanese).
  const stems = banks.flatMap(({ file, bank }) =>
    bank.questions.map((q, i) => ({
      key: JSON.stringify([file, i, q.id]),
      text: q.stem.en ?? q.stem.ja ?? "",
    })),
  );
  for (const { a, b, similarity } of findNearDuplicates(stems)) {
    const [fileA, , idA] = JSON.parse(a.key) as [string, number, string];
    const [fileB, indexB] = JSON.parse(b.key) as [string, number, string];
    issues.push({
      file: fileB,
      at: jsonPath(["questions", indexB, "stem"]),
      message: `near-duplicate of item "${idA}"${fileA === fileB ? "" : ` in ${fileA}`} (similarity ${similarity.toFixed(2)})`,
    });
  }
  return { banks, issues };
}
