// @vitest-environment node

import { describe, expect, it } from "vitest";
import { seededRng } from "../random.ts";
import { type Readiness, readiness, readinessFromStats } from "./model.ts";
import {
  type AnswerEvent,
  addAnswer,
  type DomainSums,
  domainSums,
  emptyStats,
  mergeStats,
  type ReadinessStats,
  reanchor,
} from "./stats.ts";
import { SAA } from "./test-exam.ts";

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const NOW = Date.UTC(2026, 10, 26);

/** `n` answers over the `days` before NOW, a learner improving from 50% to 80%. */
function history(n: number, days: number, seed = 7): AnswerEvent[] {
  const rng = seededRng(seed);
  return Array.from({ length: n }, () => {
    const x = rng();
    return {
      domain: SAA.domains[Math.floor(rng() * SAA.domains.length)]?.id ?? "",
      correct: rng() < 0.5 + 0.3 * x,
      at: NOW - (1 - x) * days * DAY,
    };
  });
}
const fold = (answers: readonly AnswerEvent[], stats = emptyStats()) =>
  answers.reduce((s, e) => addAnswer(s, e), stats);

/** The numbers a reader sees: every figure of the readiness, domains included. */
function figures(r: Readiness): number[] {
  const common = [
    r.evidence,
    r.trend.perDay,
    r.trend.sd,
    ...r.domains.flatMap((d) => [d.evidence, d.mean, d.sd]),
  ];
  return r.status === "estimate"
    ? [...common, r.share, r.sd, r.scaled, r.scaledLow, r.scaledHigh, r.passProbability]
    : common;
}
function expectSame(a: Readiness, b: Readiness, tolerance = 1e-9) {
  expect(a.status).toBe(b.status);
  const x = figures(a);
  const y = figures(b);
  expect(x.length).toBe(y.length);
  x.forEach((v, i) => {
    expect(Math.abs(v - (y[i] ?? Number.NaN))).toBeLessThanOrEqual(tolerance);
  });
}

/** A domain's sums as weights at `now`, computed directly: w = 0.5^(age / halfLife). */
function directSums(answers: readonly AnswerEvent[], domain: string, now: number, h: number) {
  const out = { w: 0, wy: 0, ww: 0 };
  for (const e of answers.filter((a) => a.domain === domain)) {
    const w = 0.5 ** ((now - e.at) / (h * DAY));
    out.w += w;
    out.wy += e.correct ? w : 0;
    out.ww += w * w;
  }
  return out;
}
function scaledSums(stats: ReadinessStats, domain: string, now: number) {
  const c = 0.5 ** ((now - stats.anchor) / (stats.halfLifeDays * DAY));
  const s: DomainSums | undefined = domainSums(stats, domain);
  return { w: c * (s?.w ?? 0), wy: c * (s?.wy ?? 0), ww: c * c * (s?.ww ?? 0) };
}

describe("readiness statistics", () => {
  const answers = history(600, 90);

  it("give the same readiness folded from answers, added one at a time, or merged from two halves", () => {
    const direct = readiness(SAA, answers, { now: NOW });
    let incremental = emptyStats();
    for (const e of answers) incremental = addAnswer(incremental, e);
    const firstHalf = fold(answers.slice(0, 300));
    const secondHalf = fold(answers.slice(300));
    const odd = fold(answers.filter((_, i) => i % 2));
    const even = fold(answers.filter((_, i) => !(i % 2)));
    expect(direct.status).toBe("estimate");
    for (const stats of [
      incremental,
      mergeStats(firstHalf, secondHalf),
      mergeStats(secondHalf, firstHalf),
      mergeStats(odd, even),
      mergeStats(mergeStats(emptyStats(), odd), mergeStats(even, emptyStats())),
      fold([...answers].reverse()),
    ])
      expectSame(readinessFromStats(SAA, stats, { now: NOW }), direct);
  });

  it("hold the recency weights 0.5^(age / halfLife) once scaled to now", () => {
    const stats = fold(answers, emptyStats(14));
    for (const d of SAA.domains) {
      const want = directSums(answers, d.id, NOW, 14);
      const got = scaledSums(stats, d.id, NOW);
      expect(got.w).toBeCloseTo(want.w, 9);
      expect(got.wy).toBeCloseTo(want.wy, 9);
      expect(got.ww).toBeCloseTo(want.ww, 9);
    }
  });

  it("keep every result when moved to another anchor", () => {
    const stats = fold(answers);
    for (const anchor of [stats.anchor + 40 * DAY, NOW, NOW + 3 * YEAR])
      expectSame(
        readinessFromStats(SAA, reanchor(stats, anchor), { now: NOW }),
        readinessFromStats(SAA, stats, { now: NOW }),
      );
  });

  it("re-anchor on their own over a long history, matching the direct weights", () => {
    // A half-life of one day: 200 half-lives are 200 days, so two years re-anchor often.
    const long = history(400, 2 * 365, 11);
    const stats = fold(long, emptyStats(1));
    expect(stats.anchor).toBeGreaterThan(Math.min(...long.map((e) => e.at)));
    for (const d of SAA.domains) {
      const want = directSums(long, d.id, NOW, 1);
      const got = scaledSums(stats, d.id, NOW);
      expect(got.w).toBeCloseTo(want.w, 9);
      expect(got.wy).toBeCloseTo(want.wy, 9);
    }
    expectSame(
      readinessFromStats(SAA, stats, { now: NOW }),
      readiness(SAA, long, { now: NOW, halfLifeDays: 1 }),
    );
  });

  it("do not overflow with an answer ten (or a hundred) years after the first", () => {
    for (const [h, years] of [
      [28, 10],
      [14, 10],
      [28, 100],
    ] as const) {
      const later = NOW + years * YEAR;
      const e = { domain: "secure", correct: true, at: later };
      const stats = addAnswer(fold(answers, emptyStats(h)), e);
      const numbers = Object.values(stats.domains).flatMap((s) => Object.values(s));
      expect(numbers.every(Number.isFinite)).toBe(true);
      // 130 half-lives stay on the old anchor; 260 or more move it to the new answer.
      expect(stats.anchor === later).toBe((years * 365) / h > 200);
      const r = readinessFromStats(SAA, stats, { now: later });
      expect(figures(r).every(Number.isFinite)).toBe(true);
      // A decade on, the old answers weigh almost nothing: one fresh answer is not enough.
      expect(r.status).toBe("not-enough-data");
      expect(r.evidence).toBeCloseTo(1, 6);
    }
  });

  it("are plain JSON numbers, and addAnswer leaves its input as it was", () => {
    const stats = fold(answers.slice(0, 50));
    const before = JSON.stringify(stats);
    const next = addAnswer(stats, { domain: "secure", correct: true, at: NOW });
    expect(JSON.stringify(stats)).toBe(before);
    expect(next).not.toBe(stats);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
    expect(JSON.stringify(emptyStats())).toBe(
      '{"version":1,"halfLifeDays":28,"anchor":0,"lastAt":0,"domains":{}}',
    );
  });

  it("keep an odd domain id such as __proto__ as an ordinary key", () => {
    const e = { domain: "__proto__", correct: true, at: NOW };
    const merged = mergeStats(fold([e]), fold([{ ...e, at: NOW - DAY }]));
    expect(Object.keys(merged.domains)).toEqual(["__proto__"]);
    expect(domainSums(merged, "__proto__")?.n).toBe(2);
  });

  it("refuse a non-finite time and a half-life other than their own", () => {
    expect(() =>
      addAnswer(emptyStats(), { domain: "secure", correct: true, at: Number.NaN }),
    ).toThrow(RangeError);
    expect(() =>
      addAnswer(emptyStats(14), answers[0] ?? { domain: "", correct: true, at: 0 }, 7),
    ).toThrow(RangeError);
    expect(() => mergeStats(emptyStats(14), emptyStats(7))).toThrow(RangeError);
    expect(() => readinessFromStats(SAA, emptyStats(14), { now: NOW, halfLifeDays: 7 })).toThrow(
      RangeError,
    );
    expect(() => emptyStats(0)).toThrow(RangeError);
  });
});
