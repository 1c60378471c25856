/**
 * npm run banks:check [-- <dir>]
 * Validates question-banks/catalog.json and every bank under question-banks/<EXAM>/,
 * prints a table per exam and every problem as `file:JSON-path: message`.
 * Exits 1 on any problem.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type Catalog, CatalogSchema } from "../src/domain/catalog/schema.ts";
import { parseJson } from "../src/domain/bank/json.ts";
import { summarize } from "../src/domain/bank/summary.ts";
import {
  BUNDLED_POLICY,
  type BankIssue,
  checkBankFiles,
  formatIssue,
  jsonPath,
} from "../src/domain/bank/validate.ts";

const root = process.argv[2] ?? "question-banks";
const rel = (p: string) => relative(process.cwd(), p) || p;

function loadCatalog(): { catalog?: Catalog; issues: BankIssue[] } {
  const file = join(root, "catalog.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { issues: [{ file: rel(file), at: "1:1", message: "catalog.json is missing" }] };
  }
  const json = parseJson(text);
  if (!json.ok) return { issues: [{ file: rel(file), at: `${json.line}:${json.column}`, message: json.message }] };
  const r = CatalogSchema.safeParse(json.value);
  if (!r.success) {
    return { issues: r.error.issues.map((i) => ({ file: rel(file), at: jsonPath(i.path), message: i.message })) };
  }
  return { catalog: r.data, issues: [] };
}

function bankFiles(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of readdirSync(root).sort()) {
    const path = join(root, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith(".json")) out.push({ file: rel(join(path, name)), text: readFileSync(join(path, name), "utf8") });
    }
  }
  return out;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

const { catalog, issues } = loadCatalog();
if (catalog) {
  const files = bankFiles();
  const r = checkBankFiles(files, catalog, BUNDLED_POLICY);
  // A bank must live in the folder of its exam, so the layout can be trusted.
  for (const { file, bank } of r.banks) {
    const folder = file.split(/[\\/]/).at(-2);
    if (folder !== bank.exam) r.issues.push({ file, at: "$.exam", message: `bank for ${bank.exam} is in folder ${folder}/` });
  }
  issues.push(...r.issues);
  const summaries = summarize(catalog, r.banks.map((b) => b.bank));
  console.log(`Catalog: ${catalog.exams.length} exams, as of ${catalog.asOf}. Banks: ${r.banks.length} file(s).\n`);
  for (const s of summaries) {
    const exam = catalog.exams.find((e) => e.code === s.exam);
    if (!exam) continue;
    const status = exam.status === "retired" ? ` (retired ${exam.retiredOn})` : "";
    console.log(`${s.exam}${status}: ${s.items} items · ${exam.items.scored}+${exam.items.unscored} per form · ${exam.minutes} min · pass ${exam.passMark}`);
    if (s.items === 0) {
      console.log("  (no bank)\n");
      continue;
    }
    console.log(`  ${pad("domain", 36)} ${padL("items", 5)} ${padL("share", 6)} ${padL("target", 6)}`);
    for (const d of s.domains) {
      console.log(`  ${pad(d.id, 36)} ${padL(d.count, 5)} ${padL(`${d.percent.toFixed(0)}%`, 6)} ${padL(`${d.target}%`, 6)}`);
    }
    const types = Object.entries(s.types).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(", ");
    console.log(`  types: ${types}${s.cases ? `, case studies ${s.cases}` : ""}`);
    console.log(`  complete in en ${s.complete.en}/${s.items}, ja ${s.complete.ja}/${s.items}; AWS docs cited ${s.withAwsReference}/${s.items}\n`);
  }
}

if (issues.length) {
  console.error(`${issues.length} problem(s):`);
  for (const i of issues) console.error(formatIssue(i));
  process.exit(1);
}
console.log("banks:check: no problems.");
