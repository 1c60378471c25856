import { scaledScore } from "../exam/scoring.ts";
import {
  type AnswerEvent,
  addAnswer,
  DEFAULT_HALF_LIFE_DAYS,
  domainSums,
  emptyStats,
  type ReadinessStats,
} from "./stats.ts";

/**
 * Readiness: how an exam would likely go, from every answer the learner gave. Computed from
 * per-domain recency-weighted sums (stats.ts) in O(domains), however long the history.
 *
 * Weights. An answer of age a counts w = 0.5^(a / h), h = 28 days; t is its time in days.
 * Per domain d: W_d = Σw, R_d = Σw·y (y = 1 if right), mean time t̄_d = Σw·t / W_d.
 *
 * 1. Level. Mastery p_d has a Beta posterior whose prior is the learner's pooled share right
 *    over all domains (pooled = (ΣR + 1)/(ΣW + 2)) worth PRIOR_STRENGTH answers, so a thinly
 *    answered domain leans to the learner's level, not to 50%:
 *        α_d = a0 + R_d,  β_d = b0 + W_d − R_d,  μ_d = α/(α+β),  v_d = αβ/((α+β)²(α+β+1)).
 *    This is mastery around t̄_d, which lags behind a learner who is improving.
 * 2. Trend: one learning rate b (share per day) for the learner, by weighted least squares of
 *    y on t with its own intercept per domain, and a normal prior b ~ N(m_b, τ_b²):
 *        Sxx = Σ_d (Σw·t² − (Σw·t)²/W_d),  Sxy = Σ_d (Σw·y·t − R_d·Σw·t/W_d),
 *        s² = pooled(1−pooled),  precision = Sxx/s² + 1/τ_b²,
 *        b̂ = (Sxy/s² + m_b/τ_b²)/precision,  Var b = 1/precision.
 * 3. Projection to the latest answer t_L (not beyond: skill is assumed to grow while the
 *    learner studies): g_d = t_L − t̄_d,  μ_d += b̂·g_d,  v_d += g_d²·Var b.
 * 4. A form's share right F = Σ ω_d p_d (ω_d: catalog weight as a fraction):
 *        E = Σ ω_d μ_d,  V = Σ ω_d² v_d + (Σ ω_d g_d)²·Var b   (b is shared by all domains).
 * 5. Population: learners' shares ~ N(m, σ_pop²), m = the raw cut (with no evidence, even odds),
 *    σ_pop = 0.15. With k = σ_pop²/(σ_pop² + V): E ← m + k(E − m), V ← k·V, and every μ_d is
 *    pulled toward m by the same k (v_d scaled by k), so the domains still add up to E.
 *    Without it the best-looking estimates are the luckiest ones and over-promise.
 * 6. A form of n scored items adds sampling noise V_form = (E(1−E) − V)/n;  σ² = V + V_form.
 *    It passes with K or more right, K the least count whose scaled score reaches the pass
 *    mark; with a continuity correction (K is a count) and a normal approximation
 *        P(pass) = 1 − Φ(((K − ½)/n − E)/σ).
 *    The predicted scaled score and its 80% interval are the app's scaled-score map
 *    (domain/exam/scoring.ts) at E and E ± 1.2816σ.
 * Below MIN_EVIDENCE weighted answers, or with answers in domains worth less than half the
 * exam, it says "not enough data" instead of a number.
 *
 * Where the constants come from. h, m_b, τ_b and σ_pop were chosen on `npm run calibrate`'s
 * simulated learners (seeds 1 and 2, 5,000 learners each; it reports another seed); re-fit
 * them when real outcomes exist. m_b = 0.0005/day sits just below that population's average
 * gain (0.00067/day). A learner's own rate is barely identifiable from a few hundred
 * right/wrong answers (its data-only sd is ~0.005/day, against typical gains of ~0.001/day),
 * so b̂ stays close to its prior and mostly corrects the lag of step 1 for the average
 * learner; τ_b lets a learner whose answers clearly show a steep climb or fall move it.
 * Because of the trend, turning an old answer right can lower the projection a little (it
 * means less improvement); turning the latest wrong answer right did not in any of the random
 * histories of model.test.ts, and with all answers given at one time it cannot.
 *
 * Clock: answers dated after `now` (a clock that was wrong, then or now) are read as of the
 * latest answer, so no weight exceeds 1 and nothing overflows. One dated years ahead would
 * outweigh all the others until the stats are rebuilt from the stored answers, so the app
 * should record answers at its own `now`. Answers in domains the exam does not have are
 * kept in the stats but not read.
 */

export type { AnswerEvent, DomainSums, ReadinessStats } from "./stats.ts";
export {
  addAnswer,
  DEFAULT_HALF_LIFE_DAYS,
  emptyStats,
  mergeStats,
  REANCHOR_HALF_LIVES,
  reanchor,
} from "./stats.ts";

export interface ReadinessExam {
  passMark: number;
  rawCut?: number;
  scoredItems: number;
  domains: readonly { id: string; weight: number }[];
}

export interface ReadinessOptions {
  now: number;
  /** Must be the half-life the stats were built with (readiness() builds them with it). */
  halfLifeDays?: number;
  prior?: { a: number; b: number };
  minEvidence?: number;
  /** Prior of the learning rate, share per day; { mean: 0, sd: 0 } turns the trend off. */
  trendPrior?: { mean: number; sd: number };
  /** Population prior of the share right; mean defaults to the raw cut; sd Infinity: none. */
  population?: { mean?: number; sd: number };
}

export interface DomainMastery {
  id: string;
  weight: number;
  /** Weighted number of answers. */
  evidence: number;
  mean: number;
  sd: number;
}

/** The learning rate: change in share right per day, and its posterior sd. */
export interface Trend {
  perDay: number;
  sd: number;
}

export type Readiness =
  | {
      status: "not-enough-data";
      evidence: number;
      needed: number;
      domains: DomainMastery[];
      trend: Trend;
    }
  | {
      status: "estimate";
      domains: DomainMastery[];
      evidence: number;
      trend: Trend;
      /** Expected share of scored items right, and its standard deviation. */
      share: number;
      sd: number;
      scaled: number;
      scaledLow: number;
      scaledHigh: number;
      passProbability: number;
    };

export const MIN_EVIDENCE = 20;
/** How many answers the pooled prior is worth. */
export const PRIOR_STRENGTH = 4;
/** m_b, τ_b: a learner gains 1.5 points a month on average, give or take 3. */
export const TREND_PRIOR = { mean: 0.0005, sd: 0.001 } as const;
/** σ_pop: 95% of learners within ±30 points of share of the raw cut. */
export const POPULATION_SD = 0.15;
const Z80 = 1.2815515655446004;
const DAY = 86_400_000;

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf; error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Readiness from a list of answers: the fold of addAnswer, then readinessFromStats. */
export function readiness(
  exam: ReadinessExam,
  answers: readonly AnswerEvent[],
  options: ReadinessOptions,
): Readiness {
  let stats = emptyStats(options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS);
  for (const e of answers) stats = addAnswer(stats, e);
  return readinessFromStats(exam, stats, options);
}

/**
 * Readiness from stored stats, in O(domains); the formulas are in the module comment.
 * @throws RangeError when options.halfLifeDays differs from the stats' own.
 */
export function readinessFromStats(
  exam: ReadinessExam,
  stats: ReadinessStats,
  options: ReadinessOptions,
): Readiness {
  if (options.halfLifeDays !== undefined && options.halfLifeDays !== stats.halfLifeDays)
    throw new RangeError(
      `these stats use a half-life of ${stats.halfLifeDays} days, not ${options.halfLifeDays}`,
    );
  const asOf = Math.max(options.now, stats.lastAt);
  const c = 0.5 ** ((asOf - stats.anchor) / (stats.halfLifeDays * DAY));
  const tLast = (stats.lastAt - stats.anchor) / DAY;
  const totalWeight = exam.domains.reduce((x, d) => x + d.weight, 0);
  const rows = exam.domains.map((d) => {
    const omega = d.weight / totalWeight;
    const s = domainSums(stats, d.id);
    if (!s || !(s.w > 0)) return { d, omega, w: 0, r: 0, gap: 0, sxx: 0, sxy: 0 };
    const tMean = s.wt / s.w;
    return {
      d,
      omega,
      w: c * s.w,
      r: c * s.wy,
      gap: Math.max(0, tLast - tMean),
      // Clamped: rounding can take a zero spread a hair below zero.
      sxx: c * Math.max(0, s.wtt - s.wt * tMean),
      sxy: c * (s.wyt - s.wy * tMean),
    };
  });
  const evidence = rows.reduce((x, r) => x + r.w, 0);
  const pooled = (rows.reduce((x, r) => x + r.r, 0) + 1) / (evidence + 2);
  const { a, b } = options.prior ?? {
    a: PRIOR_STRENGTH * pooled,
    b: PRIOR_STRENGTH * (1 - pooled),
  };
  const trend = learningRate(
    rows.reduce((x, r) => x + r.sxx, 0),
    rows.reduce((x, r) => x + r.sxy, 0),
    pooled * (1 - pooled),
    options.trendPrior ?? TREND_PRIOR,
  );
  const trendVar = trend.sd * trend.sd;
  const levels = rows.map(({ d, omega, w, r, gap }) => {
    const alpha = a + r;
    const beta = b + w - r;
    const s = alpha + beta;
    const levelVar = (alpha * beta) / (s * s * (s + 1));
    return { d, omega, w, gap, levelVar, mean: alpha / s + trend.perDay * gap };
  });
  const reach = levels.reduce((x, l) => x + l.omega * l.gap, 0);
  const rawShare = levels.reduce((x, l) => x + l.omega * l.mean, 0);
  const rawVar =
    levels.reduce((x, l) => x + l.omega * l.omega * l.levelVar, 0) + reach * reach * trendVar;

  const cut = exam.rawCut ?? exam.passMark / 1000;
  const popMean = options.population?.mean ?? cut;
  const popVar = (options.population?.sd ?? POPULATION_SD) ** 2;
  const k = Number.isFinite(popVar) ? popVar / (popVar + rawVar) : 1;
  const pull = (x: number) => clamp01(popMean + k * (x - popMean));
  const domains: DomainMastery[] = levels.map((l) => ({
    id: l.d.id,
    weight: l.d.weight,
    evidence: l.w,
    mean: pull(l.mean),
    sd: Math.sqrt(k * (l.levelVar + l.gap * l.gap * trendVar)),
  }));
  const needed = options.minEvidence ?? MIN_EVIDENCE;
  const covered = domains.filter((d) => d.evidence > 0).reduce((x, d) => x + d.weight, 0);
  if (evidence < needed || covered < totalWeight / 2)
    return { status: "not-enough-data", evidence, needed, domains, trend };

  const share = pull(rawShare);
  const knowledgeVar = k * rawVar;
  const n = Math.max(1, exam.scoredItems);
  const formVar = Math.max(0, share * (1 - share) - knowledgeVar) / n;
  const sd = Math.sqrt(knowledgeVar + formVar);
  const passAt = (passCount(exam, cut, n) - 0.5) / n;
  return {
    status: "estimate",
    domains,
    evidence,
    trend,
    share,
    sd,
    scaled: scaledScore(share, exam.passMark, cut),
    scaledLow: scaledScore(clamp01(share - Z80 * sd), exam.passMark, cut),
    scaledHigh: scaledScore(clamp01(share + Z80 * sd), exam.passMark, cut),
    passProbability: sd > 0 ? 1 - normalCdf((passAt - share) / sd) : share >= passAt ? 1 : 0,
  };
}

/** Step 2: the posterior of the learning rate; a zero prior sd fixes it at the prior mean. */
function learningRate(
  sxx: number,
  sxy: number,
  noise: number,
  prior: { mean: number; sd: number },
): Trend {
  if (!(prior.sd > 0)) return { perDay: prior.mean, sd: 0 };
  const priorPrecision = 1 / (prior.sd * prior.sd);
  // With no spread in time (or a learner always right) the data say nothing about the rate.
  const dataPrecision = noise > 0 ? sxx / noise : 0;
  const precision = dataPrecision + priorPrecision;
  const dataPull = noise > 0 ? sxy / noise : 0;
  return {
    perDay: (dataPull + prior.mean * priorPrecision) / precision,
    sd: Math.sqrt(1 / precision),
  };
}

/** K: the least number of n scored items right whose scaled score reaches the pass mark. */
function passCount(exam: ReadinessExam, cut: number, n: number): number {
  let k = Math.min(n, Math.max(0, Math.ceil(cut * n - 1e-9)));
  while (k > 0 && scaledScore((k - 1) / n, exam.passMark, cut) >= exam.passMark) k--;
  while (k < n && scaledScore(k / n, exam.passMark, cut) < exam.passMark) k++;
  return k;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
