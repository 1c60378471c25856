// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type AnswerEvent, normalCdf, type Readiness, readiness } from "./model.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);
const SAA = {
  passMark: 720,
  scoredItems: 50,
  domains: [
    { id: "secure", weight: 30 },
    { id: "resilient", weight: 26 },
    { id: "high-performing", weight: 24 },
    { id: "cost-optimized", weight: 20 },
  ],
};

/** `right` of `n` answers in every domain, all answered `ageDays` ago. */
function answers(right: number, n: number, ageDays = 0, only?: string): AnswerEvent[] {
  return SAA.domains
    .filter((d) => !only || d.id === only)
    .flatMap((d) =>
      Array.from({ length: n }, (_, i) => ({
        domain: d.id,
        correct: i < right,
        at: NOW - ageDays * DAY,
      })),
    );
}
const estimate = (r: Readiness) => {
  if (r.status !== "estimate") throw new Error("expected an estimate");
  return r;
};

describe("the readiness model", () => {
  it("says 'not enough data' with few answers or answers in too little of the exam", () => {
    expect(readiness(SAA, answers(3, 4), { now: NOW }).status).toBe("not-enough-data");
    expect(readiness(SAA, answers(20, 30, 0, "secure"), { now: NOW }).status).toBe(
      "not-enough-data",
    );
    expect(readiness(SAA, answers(8, 10), { now: NOW }).status).toBe("estimate");
  });

  it("is monotone in right answers: score and pass probability never fall as more are right", () => {
    let last = { scaled: 0, p: -1 };
    for (let k = 0; k <= 20; k++) {
      const r = estimate(readiness(SAA, answers(k, 20), { now: NOW }));
      expect(r.scaled).toBeGreaterThanOrEqual(last.scaled);
      expect(r.passProbability).toBeGreaterThanOrEqual(last.p);
      last = { scaled: r.scaled, p: r.passProbability };
    }
  });

  it("gives a wider interval with less data", () => {
    const few = estimate(readiness(SAA, answers(8, 10), { now: NOW }));
    const many = estimate(readiness(SAA, answers(80, 100), { now: NOW }));
    expect(few.share).toBeCloseTo(many.share, 1);
    expect(few.scaledHigh - few.scaledLow).toBeGreaterThan(many.scaledHigh - many.scaledLow);
    expect(few.scaledLow).toBeLessThanOrEqual(few.scaled);
    expect(few.scaledHigh).toBeGreaterThanOrEqual(few.scaled);
  });

  it("respects the catalog weights: mastering a heavy domain moves the score more than a light one", () => {
    const base = answers(10, 20);
    const heavy = estimate(
      readiness(SAA, [...base, ...answers(40, 40, 0, "secure")], { now: NOW }),
    );
    const light = estimate(
      readiness(SAA, [...base, ...answers(40, 40, 0, "cost-optimized")], { now: NOW }),
    );
    expect(heavy.share).toBeGreaterThan(light.share);
  });

  it("counts recent answers more than old ones", () => {
    const oldWrongNewRight = [...answers(0, 20, 120), ...answers(20, 20, 0)];
    const oldRightNewWrong = [...answers(20, 20, 120), ...answers(0, 20, 0)];
    expect(estimate(readiness(SAA, oldWrongNewRight, { now: NOW })).share).toBeGreaterThan(0.8);
    expect(estimate(readiness(SAA, oldRightNewWrong, { now: NOW })).share).toBeLessThan(0.2);
  });

  it("puts a learner exactly at the cut at about even odds, and a strong one near certainty", () => {
    expect(
      estimate(readiness(SAA, answers(72, 100), { now: NOW })).passProbability,
    ).toBeGreaterThan(0.35);
    expect(estimate(readiness(SAA, answers(72, 100), { now: NOW })).passProbability).toBeLessThan(
      0.65,
    );
    expect(
      estimate(readiness(SAA, answers(95, 100), { now: NOW })).passProbability,
    ).toBeGreaterThan(0.99);
  });

  it("uses a standard normal CDF", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 5);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
  });
});
