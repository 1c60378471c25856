// @vitest-environment node
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runBanksCheck } from "./banks-check.ts";

const CATALOG = "question-banks/catalog.json";
const fixture = (name: string) => runBanksCheck(`tests/fixtures/banks/${name}`, CATALOG);
const dir = (name: string) => `tests/fixtures/banks/${name}/SAA-C03`;

describe("npm run banks:check on broken banks", () => {
  it("passes a valid bank and prints its exam's table", () => {
    const run = fixture("valid");
    expect(run.code).toBe(0);
    expect(run.out).toContain("SAA-C03: 2 items · form 50+15 · 130 min · pass 720");
    expect(run.out).toContain("  types: single 1, multiple 1");
    // Two items, both in one domain: every domain is off its weight, and the table says so.
    expect(run.out.filter((l) => l.endsWith("off by more than 3 points"))).toHaveLength(4);
    expect(run.out.at(-1)).toBe("banks:check: no problems.");
  });

  it.each([
    [
      "missing-field",
      `${dir("missing-field")}/bank.json:$.questions[0].stem: missing required field "stem"`,
    ],
    [
      "unknown-exam",
      'tests/fixtures/banks/unknown-exam/XYZ-C09/bank.json:$.exam: unknown exam "XYZ-C09" (the catalog has CLF-C02, AIF-C01, SOA-C03, DVA-C02, SAA-C03, DEA-C01, MLA-C01, SAP-C02, DOP-C02, AIP-C01, ANS-C01, SCS-C03, MLS-C01)',
    ],
    [
      "unknown-domain",
      `${dir("unknown-domain")}/bank.json:$.questions[1].domain: unknown domain "design-secure" for SAA-C03 (domains are secure, resilient, high-performing, cost-optimized)`,
    ],
    [
      "duplicate-id",
      `${dir("duplicate-id")}/two.json:$.questions[1].id: item id "fx-002" is also used in ${dir("duplicate-id")}/one.json`,
    ],
    [
      "missing-option",
      `${dir("missing-option")}/bank.json:$.questions[0].answer[0]: key "e" names no option (options are a, b, c, d)`,
    ],
    [
      "multiple-one-key",
      `${dir("multiple-one-key")}/bank.json:$.questions[1].answer: a multiple item has at least two right answers, not 1`,
    ],
    [
      "wrong-type",
      `${dir("wrong-type")}/bank.json:$.questions[0].type: type must be one of single, multiple, ordering, matching`,
    ],
    ["truncated", `${dir("truncated")}/bank.json:59:20: invalid JSON: unterminated string`],
    [
      "missing-language",
      `${dir("missing-language")}/bank.json:$.questions[0].explanation.ja: missing ja text`,
    ],
    [
      "no-aws-reference",
      `${dir("no-aws-reference")}/bank.json:$.questions[0].references: needs at least one link to AWS documentation (docs.aws.amazon.com or aws.amazon.com)`,
    ],
    [
      "type-not-in-exam",
      `${dir("type-not-in-exam")}/bank.json:$.questions[0].type: SAA-C03 has no ordering items (its item types are single, multiple)`,
    ],
  ])("rejects %s with the file and path of the problem", (name, line) => {
    const run = fixture(name);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual(["1 problem(s):", line]);
  });

  it("reports a catalog that does not hold together", () => {
    const run = runBanksCheck("tests/fixtures/banks/valid", "tests/fixtures/catalog-broken.json");
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "2 problem(s):",
      "tests/fixtures/catalog-broken.json:$.exams[0].domains: domain weights add up to 90, not 100",
      "tests/fixtures/catalog-broken.json:$.exams[0].renews[0].exam: renewal edge names unknown exam ABC-C01",
    ]);
  });

  it("exits non-zero from the command line", () => {
    const r = spawnSync(
      "node_modules/.bin/tsx",
      ["scripts/banks-check.ts", "tests/fixtures/banks/missing-option", "--catalog", CATALOG],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bank.json:$.questions[0].answer[0]: key "e" names no option');
  });
});
