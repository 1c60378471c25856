// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CatalogSchema } from "../catalog/schema.ts";
import { expectedAttempts, expectedCost, totalFees, voucherChain, withTax } from "./cost.ts";
import { addMonths, certStatus, daysBetween, expiresOn, reminderFrom } from "./dates.ts";
import { investment } from "./investment.ts";
import { renewsClosure, retakePlan } from "./renewal.ts";

const catalog = CatalogSchema.parse(
  JSON.parse(readFileSync("question-banks/catalog.json", "utf8")),
);
const fee = (family: string) => {
  const e = catalog.exams.find((x) => x.family === family);
  if (!e) throw new Error(family);
  return e;
};
// The seed article's twelve exams (May 2025): SOA and SCS were C02 then, but their fees match.
const SEED = ["CLF", "AIF", "SOA", "DVA", "SAA", "DEA", "MLA", "SAP", "DOP", "ANS", "SCS", "MLS"];

describe("the seed article's costs, computed correctly", () => {
  const exams = SEED.map(fee);

  it("twelve exams cost 330,000 JPY before tax and 363,000 with it (the article says 350,000)", () => {
    expect(
      totalFees(
        exams.map((e) => e.fees),
        catalog.consumptionTaxPercent,
      ),
    ).toEqual({
      jpy: 330_000,
      jpyWithTax: 363_000,
      usd: 2_450,
    });
  });

  it("the voucher chain from a Foundational exam costs 172,500 before tax and 189,750 with it", () => {
    const chain = voucherChain(
      exams,
      catalog.voucherDiscountPercent,
      catalog.consumptionTaxPercent,
    );
    expect(chain.steps[0]?.exam.level).toBe("foundational");
    expect(chain.steps[0]?.paidShare).toBe(1);
    expect(chain.steps.slice(1).every((s) => s.paidShare === 0.5)).toBe(true);
    expect(chain.totals.jpy).toBe(172_500);
    expect(chain.totals.jpyWithTax).toBe(189_750);
  });

  it("pays in full for the cheapest exam, whatever order the exams are given in", () => {
    const chain = voucherChain([fee("SAP"), fee("CLF")], 50, 10);
    expect(chain.steps.map((x) => [x.exam.family, x.jpy])).toEqual([
      ["CLF", 15_000],
      ["SAP", 20_000],
    ]);
    expect(chain.totals.jpy).toBe(35_000);
  });

  it("adds the 10% tax per exam, to the yen", () => {
    expect(withTax(15_000, 10)).toBe(16_500);
    expect(withTax(7_500, 10)).toBe(8_250);
  });
});

describe("expected cost with retakes", () => {
  it("takes 1/p attempts on average; the voucher pays for the first one only", () => {
    expect(expectedAttempts(0.5)).toBe(2);
    expect(expectedCost(20_000, 1, 1)).toBe(20_000);
    expect(expectedCost(20_000, 0.5, 0.5)).toBe(10_000 + 20_000);
    expect(() => expectedAttempts(0)).toThrow(RangeError);
  });
});

describe("renewal", () => {
  it("is transitive: SAP renews SAA and CLF; DOP renews DVA, SOA and CLF", () => {
    const c = renewsClosure(catalog);
    expect([...(c.get("SAP") ?? [])].sort()).toEqual(["CLF", "SAA", "SAP"]);
    expect([...(c.get("DOP") ?? [])].sort()).toEqual(["CLF", "DOP", "DVA", "SOA"]);
    expect([...(c.get("MLA") ?? [])].sort()).toEqual(["AIF", "CLF", "MLA"]);
    expect([...(c.get("ANS") ?? [])]).toEqual(["ANS"]);
  });

  it("keeps all twelve of the article with six retakes; MLS is retired and lapses", () => {
    const plan = retakePlan(catalog, SEED);
    expect([...plan.retake].sort()).toEqual(["ANS", "DEA", "DOP", "MLA", "SAP", "SCS"]);
    expect(plan.cannotRenew).toEqual(["MLS"]);
    expect(plan.keeps.get("SAP")?.sort()).toEqual(["CLF", "SAA", "SAP"]);
  });

  it("renews a chain with its top exam only, and an Associate alone with itself", () => {
    expect(retakePlan(catalog, ["CLF", "SAA", "SAP"]).retake).toEqual(["SAP"]);
    expect(retakePlan(catalog, ["CLF", "SAA"]).retake).toEqual(["SAA"]);
    expect(retakePlan(catalog, ["AIF"]).retake).toEqual(["AIF"]);
    expect(retakePlan(catalog, []).retake).toEqual([]);
  });

  it("picks the cheaper of two equally small covers", () => {
    // CLF alone is renewed by CLF itself (15,000) or by any Associate (20,000): CLF wins.
    expect(retakePlan(catalog, ["CLF"]).retake).toEqual(["CLF"]);
  });
});

describe("expiry and renewal window", () => {
  it("expires three years after the pass and reminds six months before", () => {
    expect(expiresOn("2026-03-15", 3)).toBe("2029-03-15");
    expect(reminderFrom("2029-03-15", 6)).toBe("2028-09-15");
  });

  it("handles month ends and leap days", () => {
    expect(expiresOn("2024-02-29", 3)).toBe("2027-02-28");
    expect(addMonths("2028-08-31", -6)).toBe("2028-02-29");
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
  });

  it("is active, then due for renewal, then expired", () => {
    expect(certStatus("2026-03-15", "2028-09-14", 3, 6)).toBe("active");
    expect(certStatus("2026-03-15", "2028-09-15", 3, 6)).toBe("renewal-due");
    expect(certStatus("2026-03-15", "2029-03-14", 3, 6)).toBe("renewal-due");
    expect(certStatus("2026-03-15", "2029-03-15", 3, 6)).toBe("expired");
  });
});

describe("the investment log", () => {
  it("adds recorded payments, or the fee with tax when none was recorded, and hours per certification", () => {
    const log = investment(
      [
        { family: "CLF", paidJpy: null, feeWithTaxJpy: 16_500 },
        { family: "SAA", paidJpy: 11_000, feeWithTaxJpy: 22_000 },
      ],
      [
        { family: "SAA", ms: 90 * 60_000 },
        { family: "SAA", ms: 30 * 60_000 },
        { family: "DVA", ms: 45 * 60_000 },
      ],
    );
    expect(log.rows).toEqual([
      { family: "CLF", spentJpy: 16_500, estimated: true, hours: 0 },
      { family: "SAA", spentJpy: 11_000, estimated: false, hours: 2 },
      { family: "DVA", spentJpy: 0, estimated: false, hours: 0.75 },
    ]);
    expect(log.total).toEqual({ spentJpy: 27_500, hours: 2.75 });
  });
});
