import type { Rng } from "../random.ts";
import { shuffle } from "../random.ts";
import type { Outcome } from "./schedule.ts";

/**
 * Which items a study session holds. The caller knows what the learner did (cards, review
 * log, flags, bookmarks) and passes it in as sets; this module only chooses and orders.
 */

export const STUDY_FILTERS = ["all", "new", "wrong", "flagged", "bookmarked", "due"] as const;
export type StudyFilter = (typeof STUDY_FILTERS)[number];

export interface Candidate {
  id: string;
  domain: string;
}

export interface LearnerMarks {
  /** Items with a review card: answered at least once. */
  seen: ReadonlySet<string>;
  /** Items answered wrong at least once. */
  wrong: ReadonlySet<string>;
  flagged: ReadonlySet<string>;
  bookmarked: ReadonlySet<string>;
  /** Items due for review, most overdue first. */
  due: readonly string[];
}

export interface PickOptions {
  filter: StudyFilter;
  /** Only these domains; empty means every domain. */
  domains: readonly string[];
  count: number;
  rng: Rng;
}

/**
 * Picks up to `count` items for a practice session: the candidates in the chosen domains
 * that pass the filter, in random order; for "due", most overdue first instead.
 */
export function pickItems(
  candidates: readonly Candidate[],
  marks: LearnerMarks,
  { filter, domains, count, rng }: PickOptions,
): string[] {
  const inDomain = (c: Candidate) => domains.length === 0 || domains.includes(c.domain);
  const pool = candidates.filter(inDomain);
  if (filter === "due") {
    const ids = new Set(pool.map((c) => c.id));
    return marks.due.filter((id) => ids.has(id)).slice(0, count);
  }
  const keep: Record<Exclude<StudyFilter, "due">, (id: string) => boolean> = {
    all: () => true,
    new: (id) => !marks.seen.has(id),
    wrong: (id) => marks.wrong.has(id),
    flagged: (id) => marks.flagged.has(id),
    bookmarked: (id) => marks.bookmarked.has(id),
  };
  return shuffle(
    pool.filter((c) => keep[filter](c.id)).map((c) => c.id),
    rng,
  ).slice(0, count);
}

/** The `k` domains with the lowest mastery (ties: the heavier domain first, then by id). */
export function weakestDomains(
  domains: readonly { id: string; mastery: number; weight: number }[],
  k = 2,
): string[] {
  return [...domains]
    .sort((a, b) => a.mastery - b.mastery || b.weight - a.weight || a.id.localeCompare(b.id))
    .slice(0, k)
    .map((d) => d.id);
}

/**
 * A drill of the weak domains: their items, those answered wrong before first, then those
 * due, then those never seen, then the rest; random order within each group.
 */
export function drillItems(
  candidates: readonly Candidate[],
  marks: LearnerMarks,
  weakDomains: readonly string[],
  count: number,
  rng: Rng,
): string[] {
  const due = new Set(marks.due);
  const rank = (id: string) =>
    marks.wrong.has(id) ? 0 : due.has(id) ? 1 : !marks.seen.has(id) ? 2 : 3;
  const pool = shuffle(
    candidates.filter((c) => weakDomains.includes(c.domain)).map((c) => c.id),
    rng,
  );
  // A stable sort keeps the shuffled order within each group.
  return pool.sort((a, b) => rank(a) - rank(b)).slice(0, count);
}

export interface ReviewEntry {
  itemId: string;
  exam: string;
  reviewedAt: number;
  outcome: Outcome;
}

export interface Mistake {
  itemId: string;
  exam: string;
  /** How many times it was answered wrong. */
  wrong: number;
  lastWrongAt: number;
  /** The last answer to it was right: fixed since, though still worth a look. */
  fixed: boolean;
}

/** The mistakes notebook: every item ever answered wrong, the most recent mistake first. */
export function mistakes(log: readonly ReviewEntry[]): Mistake[] {
  const byItem = new Map<string, Mistake & { lastAt: number }>();
  for (const e of log) {
    const m = byItem.get(e.itemId) ?? {
      itemId: e.itemId,
      exam: e.exam,
      wrong: 0,
      lastWrongAt: 0,
      fixed: false,
      lastAt: -Infinity,
    };
    if (e.outcome === "wrong") {
      m.wrong++;
      m.lastWrongAt = Math.max(m.lastWrongAt, e.reviewedAt);
    }
    if (e.reviewedAt >= m.lastAt) {
      m.lastAt = e.reviewedAt;
      m.fixed = e.outcome !== "wrong";
    }
    byItem.set(e.itemId, m);
  }
  return [...byItem.values()]
    .filter((m) => m.wrong > 0)
    .map(({ lastAt: _, ...m }) => m)
    .sort((a, b) => b.lastWrongAt - a.lastWrongAt || a.itemId.localeCompare(b.itemId));
}
