/**
 * npm run banks:check [-- <dir>] [--catalog <file>]
 * Validates the exam catalog and every bank under <dir>/<EXAM>/*.json (default
 * question-banks/), prints a table per exam and every problem as
 * `file:JSON-path: message` (`file:line:column: …` for a file that is not JSON).
 * Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseJson } from "../src/domain/bank/json.ts";
import { NEAR_DUPLICATE_THRESHOLD } from "../src/domain/bank/near-duplicates.ts";
import { summarize } from "../src/domain/bank/summary.ts";
import {
  type BankIssue,
  BUNDLED_POLICY,
  checkBankFiles,
  formatIssue,
  jsonPath,
} from "../src/domain/bank/validate.ts";
import { type Catalog, CatalogSchema } from "../src/domain/catalog/schema.ts";

const rel = (p: string) => relative(process.cwd(), p) || p;

function loadCatalog(file: string): { catalog?: Catalog; issues: BankIssue[] } {
  if (!existsSync(file))
    return { issues: [{ file: rel(file), at: "1:1", message: "the catalog file is missing" }] };
  const json = parseJson(readFileSync(file, "utf8"));
  if (!json.ok)
    return {
      issues: [{ file: rel(file), at: `${json.line}:${json.column}`, message: json.message }],
    };
  const r = CatalogSchema.safeParse(json.value);
  if (!r.success) {
    return {
      issues: r.error.issues.map((i) => ({
        file: rel(file),
        at: jsonPath(i.path),
        message: i.message,
      })),
    };
  }
  return { catalog: r.data, issues: [] };
}

function bankFiles(root: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of readdirSync(root).sort()) {
    const path = join(root, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith(".json"))
        out.push({ file: rel(join(path, name)), text: readFileSync(join(path, name), "utf8") });
    }
  }
  return out;
}

/** Percentage points a domain's share may differ from its catalog weight (the bank issues' rule). */
const MIX_TOLERANCE = 3;
const padR = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

export interface CheckRun {
  code: number;
  out: string[];
  errors: string[];
}

export function runBanksCheck(dir: string, catalogFile = join(dir, "catalog.json")): CheckRun {
  const out: string[] = [];
  const { catalog, issues } = loadCatalog(catalogFile);
  if (catalog) {
    const r = checkBankFiles(bankFiles(dir), catalog, BUNDLED_POLICY);
    // A bank lives in the folder of its exam, so the layout can be trusted.
    for (const { file, bank } of r.banks) {
      const folder = file.split(/[\\/]/).at(-2);
      if (folder !== bank.exam)
        r.issues.push({
          file,
          at: "$.exam",
          message: `a bank for ${bank.exam} is in folder ${folder}/`,
        });
    }
    issues.push(...r.issues);
    out.push(
      `Catalog: ${catalog.exams.length} exams, as of ${catalog.asOf}. Banks: ${r.banks.length} file(s).`,
      "",
    );
    for (const s of summarize(
      catalog,
      r.banks.map((b) => b.bank),
    )) {
      const exam = catalog.exams.find((e) => e.code === s.exam);
      if (!exam) continue;
      const status = exam.status === "retired" ? ` (retired ${exam.retiredOn})` : "";
      out.push(
        `${s.exam}${status}: ${s.items} items · form ${exam.items.scored}+${exam.items.unscored} · ${exam.minutes} min · pass ${exam.passMark}`,
      );
      if (s.items === 0) {
        out.push("  (no bank)", "");
        continue;
      }
      out.push(
        `  ${padR("domain", 40)} ${padL("items", 5)} ${padL("share", 6)} ${padL("target", 6)}`,
      );
      for (const d of s.domains) {
        out.push(
          `  ${padR(d.id, 40)} ${padL(d.count, 5)} ${padL(`${d.percent.toFixed(0)}%`, 6)} ${padL(`${d.target}%`, 6)}${
            Math.abs(d.percent - d.target) > MIX_TOLERANCE
              ? `  off by more than ${MIX_TOLERANCE} points`
              : ""
          }`,
        );
      }
      const types = Object.entries(s.types)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t} ${n}`)
        .join(", ");
      out.push(`  types: ${types}${s.cases ? `; case studies ${s.cases}` : ""}`);
      out.push(
        `  complete in en ${s.complete.en}/${s.items}, ja ${s.complete.ja}/${s.items}; AWS docs cited ${s.withAwsReference}/${s.items}`,
        "",
      );
    }
  }
  if (catalog)
    out.push(
      `Near-duplicate stems (similarity ≥ ${NEAR_DUPLICATE_THRESHOLD}): ${issues.filter((i) => i.message.startsWith("near-duplicate")).length}`,
    );
  const errors = issues.map(formatIssue);
  if (errors.length) return { code: 1, out, errors: [`${errors.length} problem(s):`, ...errors] };
  out.push("banks:check: no problems.");
  return { code: 0, out, errors: [] };
}

if (process.argv[1]?.endsWith("banks-check.ts")) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--catalog");
  const catalogFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const dir = args[0] ?? "question-banks";
  const run = runBanksCheck(dir, catalogFile);
  for (const line of run.out) console.log(line);
  for (const line of run.errors) console.error(line);
  process.exitCode = run.code;
}
