import { scaledScore } from "../exam/scoring.ts";

/**
 * Readiness: how an exam would likely go today, from every answer the learner gave.
 *
 * Per domain d, mastery p_d has a Beta posterior. Each answer counts with a recency weight
 * w = 0.5^(age / halfLife) (half-life 14 days), so last week's answers count more than last
 * season's. The prior Beta(a0, b0) is the learner's pooled share right over all domains worth
 * PRIOR_STRENGTH answers, so a thinly answered domain leans to the learner's level, not to 50%:
 *     α_d = a0 + Σ w·right,   β_d = b0 + Σ w·wrong,
 *     mean μ_d = α/(α+β),     var_d = αβ / ((α+β)²(α+β+1)).
 * A form's share right is F = Σ_d ω_d p_d (ω_d: the catalog weight as a fraction), so
 *     E[F] = Σ ω_d μ_d,  Var_knowledge = Σ ω_d² var_d,
 * and a form of n scored items adds sampling noise Var_form ≈ (E[F](1−E[F]) − Var_knowledge) / n.
 * With σ² = Var_knowledge + Var_form and a normal approximation, the pass probability is
 * P(F ≥ cut) = 1 − Φ((cut − E[F]) / σ), and the predicted scaled score and its 80% interval
 * are the app's scaled-score map (domain/exam/scoring.ts) at E[F] and E[F] ± 1.2816σ.
 * Below MIN_EVIDENCE weighted answers, or with answers in domains worth less than half the
 * exam, it says "not enough data" instead of a number.
 */

export interface AnswerEvent {
  domain: string;
  correct: boolean;
  /** When it was answered, epoch ms. */
  at: number;
}

export interface ReadinessExam {
  passMark: number;
  rawCut?: number;
  scoredItems: number;
  domains: readonly { id: string; weight: number }[];
}

export interface ReadinessOptions {
  now: number;
  halfLifeDays?: number;
  prior?: { a: number; b: number };
  minEvidence?: number;
}

export interface DomainMastery {
  id: string;
  weight: number;
  /** Weighted number of answers. */
  evidence: number;
  mean: number;
  sd: number;
}

export type Readiness =
  | { status: "not-enough-data"; evidence: number; needed: number; domains: DomainMastery[] }
  | {
      status: "estimate";
      domains: DomainMastery[];
      evidence: number;
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

export function readiness(
  exam: ReadinessExam,
  answers: readonly AnswerEvent[],
  options: ReadinessOptions,
): Readiness {
  const halfLife = (options.halfLifeDays ?? 14) * DAY;
  // Prior: given, or pooled from all the learner's answers (weight PRIOR_STRENGTH answers), so
  // a domain with few answers leans to the learner's overall level rather than to 50%.
  const needed = options.minEvidence ?? MIN_EVIDENCE;
  const right = new Map<string, number>();
  const wrong = new Map<string, number>();
  for (const e of answers) {
    const w = 0.5 ** (Math.max(0, options.now - e.at) / halfLife);
    const m = e.correct ? right : wrong;
    m.set(e.domain, (m.get(e.domain) ?? 0) + w);
  }
  const totalRight = [...right.values()].reduce((x, y) => x + y, 0);
  const totalWrong = [...wrong.values()].reduce((x, y) => x + y, 0);
  const pooled = (totalRight + 1) / (totalRight + totalWrong + 2);
  const { a, b } = options.prior ?? {
    a: PRIOR_STRENGTH * pooled,
    b: PRIOR_STRENGTH * (1 - pooled),
  };
  const domains: DomainMastery[] = exam.domains.map((d) => {
    const r = right.get(d.id) ?? 0;
    const f = wrong.get(d.id) ?? 0;
    const alpha = a + r;
    const beta = b + f;
    const s = alpha + beta;
    return {
      id: d.id,
      weight: d.weight,
      evidence: r + f,
      mean: alpha / s,
      sd: Math.sqrt((alpha * beta) / (s * s * (s + 1))),
    };
  });
  const evidence = domains.reduce((s, d) => s + d.evidence, 0);
  const totalWeight = exam.domains.reduce((s, d) => s + d.weight, 0);
  const covered = domains.filter((d) => d.evidence > 0).reduce((s, d) => s + d.weight, 0);
  if (evidence < needed || covered < totalWeight / 2)
    return { status: "not-enough-data", evidence, needed, domains };

  const share = domains.reduce((s, d) => s + (d.weight / totalWeight) * d.mean, 0);
  const knowledgeVar = domains.reduce((s, d) => s + (d.weight / totalWeight) ** 2 * d.sd ** 2, 0);
  const formVar = Math.max(0, share * (1 - share) - knowledgeVar) / Math.max(1, exam.scoredItems);
  const sd = Math.sqrt(knowledgeVar + formVar);
  const cut = exam.rawCut ?? exam.passMark / 1000;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return {
    status: "estimate",
    domains,
    evidence,
    share,
    sd,
    scaled: scaledScore(share, exam.passMark, cut),
    scaledLow: scaledScore(clamp(share - Z80 * sd), exam.passMark, cut),
    scaledHigh: scaledScore(clamp(share + Z80 * sd), exam.passMark, cut),
    passProbability: sd > 0 ? 1 - normalCdf((cut - share) / sd) : share >= cut ? 1 : 0,
  };
}
