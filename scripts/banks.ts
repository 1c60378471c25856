/**
 * npm run banks -- convert <input> <output.json> [--format f] [--exam CODE] [--lang en|ja]
 *                          [--title "…"] [--license L] [--source S] [--catalog file]
 *
 * For bank authors: reads a question file in any format the app imports (Zenkan JSON,
 * Markdown, GIFT, Aiken, CSV), prints what was understood and every problem as
 * `<input>:<line>: <message>`, and writes the valid items as a Zenkan bank (format v1).
 * Exit code 0 when written, 1 on a usage or read error, 2 when no item is valid.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJson } from "../src/domain/bank/json.ts";
import { type Bank, BankSchema, ITEM_TYPES, type Question } from "../src/domain/bank/schema.ts";
import { type Catalog, CatalogSchema } from "../src/domain/catalog/schema.ts";
import { mapDomain } from "../src/domain/import/item.ts";
import { parseImport } from "../src/domain/import/parse-import.ts";
import { IMPORT_FORMATS, type ImportFormat, UNMAPPED_DOMAIN } from "../src/domain/import/types.ts";
import { toZenkanJson } from "../src/domain/import/zenkan-export.ts";
import { isLang, type Lang } from "../src/domain/text.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const DEFAULT_CATALOG = fileURLToPath(new URL("../question-banks/catalog.json", import.meta.url));
const FLAGS = ["--format", "--exam", "--lang", "--title", "--license", "--source", "--catalog"];

export const USAGE = [
  "usage: npm run banks -- convert <input> <output.json> [options]",
  "  --exam CODE      the catalog exam the bank belongs to (required unless <input> is a Zenkan bank naming one)",
  `  --format F       ${IMPORT_FORMATS.join(" | ")} (default: told from the file)`,
  "  --lang en|ja     the language of the text (default: Japanese for stems with kana or kanji, else English)",
  '  --title "…"      the bank title (default: the input\'s, or its file name)',
  '  --license L      who may use the bank (default: the input\'s, or "unknown")',
  "  --source S       where it comes from (default: the input's, or its file name)",
  "  --catalog FILE   the exam catalog (default: question-banks/catalog.json)",
].join("\n");

type Args = { input: string; output: string; flags: Map<string, string> };

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== "convert") return command ? `unknown command "${command}"` : "no command";
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (!arg.startsWith("--")) positional.push(arg);
    else if (!FLAGS.includes(arg)) return `unknown option ${arg}`;
    else if (rest[i + 1] === undefined) return `${arg} needs a value`;
    else flags.set(arg, rest[++i] ?? "");
  }
  const [input, output, extra] = positional;
  if (!input || !output) return "convert needs <input> and <output.json>";
  if (extra) return `unexpected argument "${extra}"`;
  return { input, output, flags };
}

function loadCatalog(file: string): Catalog | string {
  try {
    const json = parseJson(readFileSync(file, "utf8"));
    if (!json.ok) return `${file}:${json.line}:${json.column}: ${json.message}`;
    const r = CatalogSchema.safeParse(json.value);
    return r.success ? r.data : `${file}: not a valid catalog`;
  } catch (e) {
    return `cannot read ${file}: ${(e as Error).message}`;
  }
}

/** A bank id from the output's file name: lower-case words joined by "-". */
export function bankIdOf(output: string): string {
  const words = basename(output, extname(output))
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words?.join("-") || "imported-bank";
}

/** Keeps the case studies that still have two items; the others' items lose their caseId. */
function keepCases(cases: Bank["cases"], questions: Question[]): Pick<Bank, "cases" | "questions"> {
  const count = new Map<string, number>();
  for (const q of questions) if (q.caseId) count.set(q.caseId, (count.get(q.caseId) ?? 0) + 1);
  const kept = (cases ?? []).filter((c) => (count.get(c.id) ?? 0) >= 2);
  const ids = new Set(kept.map((c) => c.id));
  const fixed = questions.map((q) => {
    if (q.caseId === undefined || ids.has(q.caseId)) return q;
    const { caseId: _dropped, ...rest } = q;
    return rest;
  });
  return kept.length ? { cases: kept, questions: fixed } : { questions: fixed };
}

export function main(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(`banks: ${args}`);
    io.err(USAGE);
    return 1;
  }
  const { input, output, flags } = args;
  const format = flags.get("--format");
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    io.err(`banks: unknown format "${format}" (formats are ${IMPORT_FORMATS.join(", ")})`);
    return 1;
  }
  const langFlag = flags.get("--lang");
  if (langFlag !== undefined && !isLang(langFlag)) {
    io.err(`banks: --lang is en or ja, not "${langFlag}"`);
    return 1;
  }
  const lang: Lang | undefined = langFlag;
  const catalog = loadCatalog(flags.get("--catalog") ?? DEFAULT_CATALOG);
  if (typeof catalog === "string") {
    io.err(`banks: ${catalog}`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(input, "utf8");
  } catch (e) {
    io.err(`banks: cannot read ${input}: ${(e as Error).message}`);
    return 1;
  }

  const result = parseImport(text, {
    fileName: input,
    ...(format ? { format: format as ImportFormat } : {}),
    ...(lang ? { lang } : {}),
  });
  const codes = catalog.exams.map((e) => e.code);
  const examCode = flags.get("--exam") ?? result.bank?.exam;
  const exam = catalog.exams.find((e) => e.code === examCode);
  if (!exam) {
    io.err(
      examCode
        ? `banks: unknown exam "${examCode}" (the catalog has ${codes.join(", ")})`
        : `banks: --exam CODE is required: a bank belongs to one exam of the catalog (${codes.join(", ")})`,
    );
    return 1;
  }

  // The bank must pass banks:check for its exam: items of a type the exam does not use
  // are skipped like any other problem, and case studies kept only where the exam has them.
  const domains = exam.domains.map((d) => d.id);
  const itemTypes = new Set<string>(exam.itemTypes);
  const problems = result.problems.map((p) => ({ line: p.line, message: p.message }));
  const questions: Question[] = [];
  for (const { item, line, sourceDomain } of result.items) {
    if (!itemTypes.has(item.type)) {
      problems.push({ line, message: `${exam.code} has no ${item.type} items: skipped` });
      continue;
    }
    const mapped = { ...item, domain: mapDomain(sourceDomain, domains) };
    if (!itemTypes.has("case-study")) delete mapped.caseId;
    questions.push(mapped);
  }
  problems.sort((a, b) => a.line - b.line);
  const types = ITEM_TYPES.map((t) => [t, questions.filter((q) => q.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  io.out(`${input}: ${result.format}, ${result.found} questions found`);
  io.out(
    `  valid: ${questions.length}${types ? ` (${types})` : ""}; skipped: ${result.found - questions.length}`,
  );
  for (const p of problems) io.err(`${input}:${p.line}: ${p.message}`);
  if (questions.length === 0) {
    io.err(`banks: no valid question in ${input}: nothing written`);
    return 2;
  }

  const meta = result.bank ?? {};
  const title = flags.get("--title");
  const name = basename(input);
  const bank = {
    $schema: "../bank.schema.json",
    schemaVersion: 1 as const,
    id: bankIdOf(output),
    exam: exam.code,
    title: title ? (lang === "ja" ? { ja: title } : { en: title }) : (meta.title ?? { en: name }),
    ...(meta.description ? { description: meta.description } : {}),
    license: flags.get("--license") ?? meta.license ?? "unknown",
    source: flags.get("--source") ?? meta.source ?? name,
    ...keepCases(meta.cases, questions),
  };
  const checked = BankSchema.safeParse(bank);
  if (!checked.success) {
    io.err(
      `banks: the converted bank does not pass the format: ${checked.error.issues[0]?.message}`,
    );
    return 1;
  }
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, toZenkanJson(checked.data));
  } catch (e) {
    io.err(`banks: cannot write ${output}: ${(e as Error).message}`);
    return 1;
  }
  io.out(`wrote ${output}: ${questions.length} questions for ${exam.code}`);
  const unmapped = questions.filter((q) => q.domain === UNMAPPED_DOMAIN).length;
  if (unmapped)
    io.out(
      `  ${unmapped} with domain "${UNMAPPED_DOMAIN}": set one of ${domains.join(", ")} before npm run banks:check`,
    );
  return 0;
}

if (/[\\/]banks\.ts$/.test(process.argv[1] ?? "")) {
  process.exitCode = main(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
