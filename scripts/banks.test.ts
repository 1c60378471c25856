// @vitest-environment node
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BankSchema } from "../src/domain/bank/schema.ts";
import { checkBankText, LENIENT_POLICY } from "../src/domain/bank/validate.ts";
import { CatalogSchema } from "../src/domain/catalog/schema.ts";
import { bankIdOf, main } from "./banks.ts";

const FIXTURES = "tests/fixtures/import";
const dir = mkdtempSync(join(tmpdir(), "zenkan-banks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
const written = (file: string) => BankSchema.parse(JSON.parse(readFileSync(file, "utf8")));

describe("npm run banks -- convert", () => {
  it("converts a Markdown practice exam, listing what it found and each problem with its line", () => {
    const output = join(dir, "practice-exam-1.json");
    const r = run("convert", `${FIXTURES}/lettered.md`, output, "--exam", "CLF-C02");
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      `${FIXTURES}/lettered.md: markdown-lettered, 7 questions found`,
      "  valid: 4 (single 2, multiple 2); skipped: 3",
      `wrote ${output}: 4 questions for CLF-C02`,
      '  4 with domain "unmapped": set one of cloud-concepts, security-compliance, technology-services, billing-pricing-support before npm run banks:check',
    ]);
    expect(r.err).toEqual([
      `${FIXTURES}/lettered.md:37: the question asks for 2 answers but the key has 1`,
      `${FIXTURES}/lettered.md:45: key "E" names no option (options are A, B, C, D)`,
      `${FIXTURES}/lettered.md:47: the question has no answer key`,
    ]);
    const bank = written(output);
    expect(bank).toMatchObject({
      $schema: "../bank.schema.json",
      id: "practice-exam-1",
      exam: "CLF-C02",
      title: { en: "lettered.md" },
      license: "unknown",
      source: "lettered.md",
    });
    expect(bank.questions.map((q) => q.type)).toEqual(["single", "multiple", "single", "multiple"]);
  });

  it("takes a Zenkan bank's exam, header and domains, and writes a bank banks:check accepts", () => {
    const output = join(dir, "SAA-C03", "copy.json");
    const r = run("convert", `${FIXTURES}/bank-valid.json`, output);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      `${FIXTURES}/bank-valid.json:104: SAA-C03 has no ordering items: skipped`,
    ]);
    const text = readFileSync(output, "utf8");
    const catalog = CatalogSchema.parse(
      JSON.parse(readFileSync("question-banks/catalog.json", "utf8")),
    );
    expect(checkBankText(output, text, catalog, LENIENT_POLICY).issues).toEqual([]);
    expect(written(output)).toMatchObject({
      exam: "SAA-C03",
      title: { en: "Import fixture", ja: "取り込みの例" },
      license: "CC-BY-4.0",
    });
    expect(written(output).questions.map((q) => [q.id, q.domain])).toEqual([
      ["fx-imp-001", "resilient"],
      ["fx-imp-002", "high-performing"],
    ]);
  });

  it("uses --title in the --lang given and the options' license and source", () => {
    const output = join(dir, "gift.json");
    const r = run(
      "convert",
      `${FIXTURES}/questions.gift`,
      output,
      ...[
        "--exam",
        "SAA-C03",
        "--lang",
        "ja",
        "--title",
        "自作問題",
        "--license",
        "CC0-1.0",
        "--source",
        "my notes",
      ],
    );
    expect(r.code).toBe(0);
    const bank = written(output);
    expect(bank).toMatchObject({
      title: { ja: "自作問題" },
      license: "CC0-1.0",
      source: "my notes",
    });
    expect(bank.questions[0]?.stem).toEqual({
      ja: "Which service stores objects durably across Availability Zones?",
    });
  });

  it("writes nothing and exits 2 when no question is valid", () => {
    const output = join(dir, "none.json");
    const r = run("convert", `${FIXTURES}/bank-truncated.json`, output, "--exam", "SAA-C03");
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `${FIXTURES}/bank-truncated.json:30: invalid JSON: unterminated string`,
      `banks: no valid question in ${FIXTURES}/bank-truncated.json: nothing written`,
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it.each([
    [[], "banks: no command"],
    [["check"], 'banks: unknown command "check"'],
    [["convert", "in.md"], "banks: convert needs <input> and <output.json>"],
    [["convert", "a", "b", "c"], 'banks: unexpected argument "c"'],
    [["convert", "a", "b", "--exam"], "banks: --exam needs a value"],
    [["convert", "a", "b", "--force", "x"], "banks: unknown option --force"],
    [
      ["convert", "a", "b", "--format", "docx"],
      'banks: unknown format "docx" (formats are zenkan-json, markdown-tasks, markdown-lettered, gift, aiken, csv)',
    ],
    [["convert", "a", "b", "--lang", "fr"], 'banks: --lang is en or ja, not "fr"'],
    [
      ["convert", "missing.md", "b.json", "--exam", "SAA-C03"],
      "banks: cannot read missing.md: ENOENT",
    ],
    [
      ["convert", `${FIXTURES}/tasks.md`, "b.json"],
      "banks: --exam CODE is required: a bank belongs to one exam of the catalog (CLF-C02,",
    ],
    [
      ["convert", `${FIXTURES}/tasks.md`, "b.json", "--exam", "XYZ-C01"],
      'banks: unknown exam "XYZ-C01"',
    ],
  ])("exits 1 on %j", (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain(message);
  });

  it("names the bank after the output file", () => {
    expect(bankIdOf("out/My Bank_v2.json")).toBe("my-bank-v2");
    expect(bankIdOf("日本語.json")).toBe("imported-bank");
  });

  it("runs as npm run banks, with its exit code", () => {
    const output = join(dir, "aiken.json");
    const r = spawnSync(
      "node_modules/.bin/tsx",
      [
        "scripts/banks.ts",
        "convert",
        `${FIXTURES}/questions.aiken.txt`,
        output,
        "--exam",
        "SAA-C03",
      ],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("7 questions found");
    expect(r.stderr).toContain(`${FIXTURES}/questions.aiken.txt:24: key "D" names no option`);
    expect(written(output).questions).toHaveLength(3);
  });
});
