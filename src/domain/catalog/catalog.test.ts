// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CatalogSchema } from "./schema.ts";

const raw = JSON.parse(readFileSync("question-banks/catalog.json", "utf8"));
const catalog = CatalogSchema.parse(raw);

// The exam facts of shared/exam-facts.md (2026-11): code, level, status, scored+unscored,
// minutes, pass mark, domain weights in catalog order.
const FACTS: [string, string, string, number, number, number, number, number[]][] = [
  ["CLF-C02", "foundational", "active", 50, 15, 90, 700, [24, 30, 34, 12]],
  ["AIF-C01", "foundational", "active", 50, 15, 90, 700, [20, 24, 28, 14, 14]],
  ["SOA-C03", "associate", "active", 50, 15, 130, 720, [22, 22, 22, 16, 18]],
  ["DVA-C02", "associate", "active", 50, 15, 130, 720, [32, 26, 24, 18]],
  ["SAA-C03", "associate", "active", 50, 15, 130, 720, [30, 26, 24, 20]],
  ["DEA-C01", "associate", "active", 50, 15, 130, 720, [34, 26, 22, 18]],
  ["MLA-C01", "associate", "active", 50, 15, 130, 720, [28, 26, 22, 24]],
  ["SAP-C02", "professional", "active", 65, 10, 180, 750, [26, 29, 25, 20]],
  ["DOP-C02", "professional", "active", 65, 10, 180, 750, [22, 17, 15, 15, 14, 17]],
  ["AIP-C01", "professional", "active", 65, 10, 180, 750, [31, 26, 20, 12, 11]],
  ["ANS-C01", "specialty", "active", 50, 15, 170, 750, [30, 26, 20, 24]],
  ["SCS-C03", "specialty", "active", 50, 15, 170, 750, [20, 18, 18, 16, 14, 14]],
  ["MLS-C01", "specialty", "retired", 50, 15, 180, 750, [20, 24, 36, 20]],
];

describe("the exam catalog", () => {
  it("holds the 13 exams with the facts of the reference table", () => {
    expect(
      catalog.exams.map((e) => [
        e.code,
        e.level,
        e.status,
        e.items.scored,
        e.items.unscored,
        e.minutes,
        e.passMark,
        e.domains.map((d) => d.weight),
      ]),
    ).toEqual(FACTS);
  });

  it("names every exam and domain in English and Japanese", () => {
    for (const e of catalog.exams) {
      expect(e.name.en && e.name.ja, e.code).toBeTruthy();
      for (const d of e.domains) expect(d.name.en && d.name.ja, `${e.code} ${d.id}`).toBeTruthy();
    }
  });

  it("gives fees by level and a source and as-of date for every exam", () => {
    const fee = Object.fromEntries(catalog.exams.map((e) => [e.code, [e.fees.jpy, e.fees.usd]]));
    expect(fee["CLF-C02"]).toEqual([15000, 100]);
    expect(fee["SAA-C03"]).toEqual([20000, 150]);
    expect(fee["SAP-C02"]).toEqual([40000, 300]);
    expect(fee["SCS-C03"]).toEqual([40000, 300]);
    for (const e of catalog.exams) {
      expect(e.sources.length, e.code).toBeGreaterThan(0);
      expect(e.asOf).toBe("2026-11-26");
      expect(e.guide).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/aws-certification\/latest\//);
    }
  });

  it("marks MLS-C01 retired with its date", () => {
    const mls = catalog.exams.find((e) => e.code === "MLS-C01");
    expect(mls?.status).toBe("retired");
    expect(mls?.retiredOn).toBe("2026-03-31");
  });

  it("encodes the renewal edges of the seed article and AWS's recertification page", () => {
    const edges = catalog.exams
      .flatMap((e) => e.renews.map((r) => `${e.family}→${r.exam.slice(0, 3)}`))
      .sort();
    expect(edges).toEqual(
      [
        "SAP→SAA",
        "DOP→DVA",
        "DOP→SOA",
        "DVA→CLF",
        "SOA→CLF",
        "DEA→CLF",
        "SAA→CLF",
        "MLA→CLF",
        "MLA→AIF",
      ].sort(),
    );
  });

  it("rejects weights that do not add up, unknown renewal targets and inconsistent counts", () => {
    const broken = structuredClone(raw);
    broken.exams[0].domains[0].weight = 25;
    broken.exams[1].renews = [{ exam: "NOPE-C01", source: "x" }];
    broken.exams[2].items.unscored = 14;
    const r = CatalogSchema.safeParse(broken);
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "exams.0.domains: domain weights add up to 101, not 100",
      "exams.2.items: an exam has 65 or 75 items, not 64",
      "exams.1.renews.0.exam: renewal edge names unknown exam NOPE-C01",
    ]);
  });
});
