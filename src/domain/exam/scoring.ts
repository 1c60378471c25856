/**
 * Scoring a finished form: which items are right, the scaled score, pass or fail, and the
 * per-domain ratings of the score report.
 *
 * The scaled-score mapping (the app's documented mapping). AWS reports a scaled score from
 * 100 to 1000 but does not publish how raw scores map to it: forms are equated, so the raw
 * score needed to pass differs from form to form. Zenkan uses a monotone piecewise-linear
 * map through three points:
 *
 *   0 scored items right → 100;   the raw cut → the pass mark;   all right → 1000,
 *
 * rounded to an integer. The raw cut (share of scored items that must be right) is the
 * exam's catalog `rawCut` when it has one, else `passMark / 1000` (see DEFAULT_RAW_CUT) —
 * an estimate, not an AWS figure. Pass iff scaled ≥ pass mark. Unscored items never count.
 */
import type { Question } from "../bank/schema.ts";

/** Option ids (single/multiple), step ids in order (ordering), prompt → response (matching); null = unanswered. */
export type Answer = string[] | Record<string, string> | null;

/** The scaled score range AWS reports (also catalog.json `scaledScore`). */
export const SCALED_MIN = 100;
export const SCALED_MAX = 1000;

/**
 * Whether an answer earns the item, all or nothing (AWS gives no partial credit):
 * single/multiple — the chosen options are exactly the keys, as sets (order and repeats
 * do not matter); ordering — exactly the key's sequence; matching — every prompt matched
 * to its key's response (extra entries are ignored). Unanswered (null, undefined) is wrong.
 */
export function isCorrect(q: Question, answer: Answer | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  switch (q.type) {
    case "single":
    case "multiple": {
      if (!Array.isArray(answer)) return false;
      const chosen = new Set(answer);
      return chosen.size === q.answer.length && q.answer.every((k) => chosen.has(k));
    }
    case "ordering":
      return (
        Array.isArray(answer) &&
        answer.length === q.answer.length &&
        q.answer.every((k, i) => answer[i] === k)
      );
    case "matching": {
      if (Array.isArray(answer)) return false;
      return Object.entries(q.answer).every(([prompt, response]) => answer[prompt] === response);
    }
  }
}

/**
 * The raw cut used when the catalog gives none: `passMark / 1000`, i.e. 72% of scored
 * items right for a 720 pass mark, 70% for 700, 75% for 750. A common rule of thumb
 * (the pass mark read as a share of the 1000 top score), stated in the app as an estimate.
 */
export const DEFAULT_RAW_CUT = (passMark: number): number => passMark / 1000;

/**
 * Scaled score for a share `fractionRight` (clamped to 0..1) of scored items right:
 * below the cut, `100 + (passMark − 100) × f / rawCut`; from the cut up,
 * `passMark + (1000 − passMark) × (f − rawCut) / (1 − rawCut)`; rounded to an integer.
 * A share below the cut never rounds up to the pass mark (at most passMark − 1), so
 * rounding cannot turn a fail into a pass. Monotone non-decreasing in `fractionRight`.
 */
export function scaledScore(fractionRight: number, passMark: number, rawCut: number): number {
  const f = Math.min(1, Math.max(0, Number.isFinite(fractionRight) ? fractionRight : 0));
  if (f < rawCut) {
    const below = SCALED_MIN + ((passMark - SCALED_MIN) * f) / rawCut;
    return Math.min(Math.round(below), passMark - 1);
  }
  if (rawCut >= 1) return SCALED_MAX;
  return Math.round(passMark + ((SCALED_MAX - passMark) * (f - rawCut)) / (1 - rawCut));
}

export interface DomainResult {
  id: string;
  right: number;
  total: number;
  rating: "meets" | "needs-improvement";
}

export interface ScoreReport {
  /** Scored items right, and scored items on the form. */
  right: number;
  total: number;
  scaled: number;
  passMark: number;
  passed: boolean;
  rawCut: number;
  /** In catalog order. */
  domains: DomainResult[];
}

/**
 * Scores a form. Only scored items count (ids in `unscoredIds` are ignored entirely, and
 * so is an id with no question in `questions`, e.g. from a bank since removed).
 * `scaled = scaledScore(right / total, passMark, rawCut)` with `rawCut` the exam's own or
 * DEFAULT_RAW_CUT; a form without scored items scales 0 right → 100. `passed` iff
 * `scaled ≥ passMark`. Each catalog domain is rated "meets" when `right / total ≥ rawCut`
 * among its scored items, else "needs-improvement"; a domain with no scored item on the
 * form has total 0 and is rated "meets" (nothing to improve on; the report shows "no items").
 */
export function scoreForm(input: {
  exam: { passMark: number; rawCut?: number; domains: readonly { id: string }[] };
  questions: ReadonlyMap<string, Question>;
  itemIds: readonly string[];
  unscoredIds: ReadonlySet<string> | readonly string[];
  answers: ReadonlyMap<string, Answer>;
}): ScoreReport {
  const { exam, questions, answers } = input;
  const rawCut = exam.rawCut ?? DEFAULT_RAW_CUT(exam.passMark);
  const unscored = new Set<string>(input.unscoredIds);
  const tally = new Map(exam.domains.map((d) => [d.id, { right: 0, total: 0 }]));
  let right = 0;
  let total = 0;
  for (const id of new Set(input.itemIds)) {
    const q = questions.get(id);
    if (q === undefined || unscored.has(id)) continue;
    const ok = isCorrect(q, answers.get(id));
    total += 1;
    if (ok) right += 1;
    const t = tally.get(q.domain);
    if (t !== undefined) {
      t.total += 1;
      if (ok) t.right += 1;
    }
  }
  const scaled = scaledScore(total === 0 ? 0 : right / total, exam.passMark, rawCut);
  return {
    right,
    total,
    scaled,
    passMark: exam.passMark,
    passed: scaled >= exam.passMark,
    rawCut,
    domains: exam.domains.map((d) => {
      const t = tally.get(d.id) ?? { right: 0, total: 0 };
      const meets = t.total === 0 || t.right / t.total >= rawCut;
      return { id: d.id, ...t, rating: meets ? "meets" : "needs-improvement" };
    }),
  };
}
