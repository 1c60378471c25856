// @vitest-environment node

import { describe, expect, it } from "vitest";
import { seededRng } from "../random.ts";
import {
  type AnswerEvent,
  DEFAULT_HALF_LIFE_DAYS,
  MIN_EVIDENCE,
  normalCdf,
  type Readiness,
  readiness,
  TREND_PRIOR,
} from "./model.ts";
import { SAA } from "./test-exam.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);

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

  it("never falls when the latest wrong answer of a history turns right", () => {
    const rng = seededRng(3);
    for (let run = 0; run < 200; run++) {
      const skill = 0.3 + 0.6 * rng();
      const history = Array.from({ length: 30 + Math.floor(rng() * 200) }, () => ({
        domain: SAA.domains[Math.floor(rng() * 4)]?.id ?? "",
        correct: rng() < skill,
        at: NOW - rng() * 90 * DAY,
      })).sort((x, y) => x.at - y.at);
      const last = history.findLastIndex((e) => !e.correct);
      if (last < 0) continue;
      const before = readiness(SAA, history, { now: NOW });
      const after = readiness(
        SAA,
        history.map((e, i) => (i === last ? { ...e, correct: true } : e)),
        { now: NOW },
      );
      if (before.status !== "estimate" || after.status !== "estimate") continue;
      expect(after.share).toBeGreaterThanOrEqual(before.share - 1e-12);
      expect(after.passProbability).toBeGreaterThanOrEqual(before.passProbability - 1e-12);
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

  it("rates a learner improving over time above one with the same answers in reverse order", () => {
    // Over 60 days, right answers grow from 40% to 90% of each day's answers (or shrink).
    const improving: AnswerEvent[] = [];
    const declining: AnswerEvent[] = [];
    for (let day = 0; day < 60; day++)
      for (const [k, d] of SAA.domains.entries())
        for (let i = 0; i < 3; i++) {
          const right = (i + 3 * k + day) % 10 < 4 + (5 * day) / 59;
          const at = (x: number) => NOW - (59 - x) * DAY;
          improving.push({ domain: d.id, correct: right, at: at(day) });
          declining.push({ domain: d.id, correct: right, at: at(59 - day) });
        }
    const up = estimate(readiness(SAA, improving, { now: NOW }));
    const down = estimate(readiness(SAA, declining, { now: NOW }));
    expect(up.share).toBeGreaterThan(down.share);
    expect(up.passProbability).toBeGreaterThan(down.passProbability);
    expect(up.trend.perDay).toBeGreaterThan(TREND_PRIOR.mean);
    expect(down.trend.perDay).toBeLessThan(TREND_PRIOR.mean);
    // The trend carries the improver beyond the recency weights alone.
    const flat = { trendPrior: { mean: 0, sd: 0 }, now: NOW };
    expect(up.share).toBeGreaterThan(estimate(readiness(SAA, improving, flat)).share);
    expect(estimate(readiness(SAA, improving, flat)).trend).toEqual({ perDay: 0, sd: 0 });
  });

  it("lets answers fade: the same answers read later give a wider interval, then not enough data", () => {
    const fresh = estimate(readiness(SAA, answers(15, 20), { now: NOW }));
    const oneHalfLife = DEFAULT_HALF_LIFE_DAYS * DAY;
    const later = estimate(readiness(SAA, answers(15, 20), { now: NOW + oneHalfLife }));
    expect(later.evidence).toBeCloseTo(fresh.evidence / 2, 9);
    expect(later.scaledHigh - later.scaledLow).toBeGreaterThan(fresh.scaledHigh - fresh.scaledLow);
    const old = readiness(SAA, answers(15, 20), { now: NOW + 200 * DAY });
    expect(old.status).toBe("not-enough-data");
    expect(old.evidence).toBeLessThan(MIN_EVIDENCE);
  });

  it("pulls estimates toward the pass mark, more with less data", () => {
    const noPopulation = { now: NOW, population: { sd: Number.POSITIVE_INFINITY } };
    for (const [right, n] of [
      [9, 10],
      [90, 100],
    ] as const) {
      const pulled = estimate(readiness(SAA, answers(right, n), { now: NOW }));
      const raw = estimate(readiness(SAA, answers(right, n), noPopulation));
      expect(pulled.share).toBeLessThan(raw.share);
      expect(pulled.share).toBeGreaterThan(0.72);
    }
    const gap = (n: number) =>
      estimate(readiness(SAA, answers(n * 0.9, n), noPopulation)).share -
      estimate(readiness(SAA, answers(n * 0.9, n), { now: NOW })).share;
    expect(gap(10)).toBeGreaterThan(gap(100));
    const weak = estimate(readiness(SAA, answers(4, 10), { now: NOW }));
    expect(weak.share).toBeGreaterThan(
      estimate(readiness(SAA, answers(4, 10), noPopulation)).share,
    );
    expect(weak.share).toBeLessThan(0.72);
  });

  it("adds the domains up to the share with the catalog weights", () => {
    const r = estimate(
      readiness(SAA, [...answers(10, 20), ...answers(5, 5, 3, "secure")], { now: NOW }),
    );
    const total = SAA.domains.reduce((s, d) => s + d.weight, 0);
    expect(r.domains.reduce((s, d) => s + (d.weight / total) * d.mean, 0)).toBeCloseTo(r.share, 12);
  });

  it("reads answers dated after now (a clock gone back) as of the latest answer", () => {
    const skewed = answers(15, 20, -2);
    const r = readiness(SAA, skewed, { now: NOW });
    const asOfLatest = readiness(SAA, skewed, { now: NOW + 2 * DAY });
    expect(r).toEqual(asOfLatest);
    expect(r.evidence).toBeCloseTo(skewed.length, 9);
  });

  it("uses a standard normal CDF", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 5);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
  });
});
