/**
 * Readiness statistics: per exam, a few recency-weighted sums per domain from which the
 * readiness model (model.ts) is computed in O(domains), however many answers there are.
 * The app stores one ReadinessStats per exam and updates it with addAnswer in the same
 * transaction that records the answer, so readiness never has to read the answer history.
 *
 * The exponential-decay trick: an answer at time `at` gets the weight w = 0.5^(age/h) at
 * `now` (h: half-life). Since 0.5^((now − at)/h) = 2^((at − A)/h) · 0.5^((now − A)/h) for any
 * anchor time A, each sum stores u = 2^((at − A)/h) times its term, and the reader multiplies
 * by c = 0.5^((now − A)/h). With t = (at − A) in days and y = 1 for a right answer, per domain:
 *     n = count,  w = Σu,  wy = Σu·y,  wt = Σu·t,  wtt = Σu·t²,  wyt = Σu·y·t,  ww = Σu²
 * (ww scales by c²). The t-sums let the model fit a learning trend; ww gives the effective
 * number of answers (Σw)²/Σw². u grows by 2 per half-life after A, so when an answer lies
 * more than REANCHOR_HALF_LIVES after the anchor, the sums are moved to a new anchor first
 * (scaled by 2^(−Δ/h), t shifted by Δ): a double never overflows, and answers so old that
 * their weight underflows to 0 would have had a weight below 2^-1000 anyway.
 *
 * Everything is plain numbers (JSON-safe for IndexedDB and backups). Sums over a set of
 * answers do not depend on the order they were added in, so stats from two devices or two
 * halves of a history merge exactly (mergeStats), up to floating-point rounding.
 */

export interface AnswerEvent {
  domain: string;
  correct: boolean;
  /** When it was answered, epoch ms. */
  at: number;
}

/** Recency-weighted sums of one domain's answers; see the module comment for each. */
export interface DomainSums {
  n: number;
  w: number;
  wy: number;
  wt: number;
  wtt: number;
  wyt: number;
  ww: number;
}

export interface ReadinessStats {
  /** Format of the stored sums; a reader that finds another version rebuilds from answers. */
  version: 1;
  /** The half-life the sums were built with: they cannot be read with another. */
  halfLifeDays: number;
  /** Epoch ms of the anchor A (0 while there are no answers). */
  anchor: number;
  /** Epoch ms of the latest answer (0 while there are none). */
  lastAt: number;
  /** By domain id; a domain appears once it has an answer. */
  domains: Record<string, DomainSums>;
}

/** 28 days: the trend term (model.ts) carries recent change, so the level can remember a month. */
export const DEFAULT_HALF_LIFE_DAYS = 28;
/** 2^200 ≈ 1.6e60: far from overflow even summed over millions of answers and squared. */
export const REANCHOR_HALF_LIVES = 200;
const DAY = 86_400_000;

const zeroSums = (): DomainSums => ({ n: 0, w: 0, wy: 0, wt: 0, wtt: 0, wyt: 0, ww: 0 });

/** Reads a domain's sums, or undefined; Object.hasOwn so an id like "constructor" is safe. */
export function domainSums(stats: ReadinessStats, id: string): DomainSums | undefined {
  return Object.hasOwn(stats.domains, id) ? stats.domains[id] : undefined;
}

const answered = (stats: ReadinessStats): boolean =>
  Object.values(stats.domains).some((d) => d.n > 0);

function checkHalfLife(halfLifeDays: number): void {
  if (!(Number.isFinite(halfLifeDays) && halfLifeDays > 0))
    throw new RangeError(`a half-life is a positive number of days, not ${halfLifeDays}`);
}

export function emptyStats(halfLifeDays: number = DEFAULT_HALF_LIFE_DAYS): ReadinessStats {
  checkHalfLife(halfLifeDays);
  return { version: 1, halfLifeDays, anchor: 0, lastAt: 0, domains: {} };
}

/**
 * The same sums against another anchor: each u is multiplied by f = 2^((A − A′)/h) and each
 * t becomes t − Δ with Δ = (A′ − A) in days, so Σu(t−Δ)² = Σut² − 2ΔΣut + Δ²Σu, and so on.
 * Moving the anchor later (f ≤ 1) is always safe; moving it much earlier can overflow, which
 * is why addAnswer and mergeStats only ever move it later.
 */
export function reanchor(stats: ReadinessStats, anchor: number): ReadinessStats {
  const f = 2 ** ((stats.anchor - anchor) / (stats.halfLifeDays * DAY));
  const d = (anchor - stats.anchor) / DAY;
  // fromEntries, not assignment: an id like "__proto__" stays an ordinary key.
  const domains = Object.fromEntries(
    Object.entries(stats.domains).map(([id, s]): [string, DomainSums] => [
      id,
      {
        n: s.n,
        w: f * s.w,
        wy: f * s.wy,
        wt: f * (s.wt - d * s.w),
        wtt: f * (s.wtt - 2 * d * s.wt + d * d * s.w),
        wyt: f * (s.wyt - d * s.wy),
        ww: f * f * s.ww,
      },
    ]),
  );
  return { ...stats, anchor, domains };
}

/**
 * Stats with one more answer. Pure: returns a new object and leaves `stats` as it was.
 * `halfLifeDays`, when given, must be the one the stats were made with (a RangeError
 * otherwise): sums built with one half-life cannot be read with another.
 * An answer long after the anchor re-anchors the sums at its own time first; one long
 * before it gets a weight that may underflow to 0 (it still counts in n).
 * @throws RangeError when `at` is not a finite number: stored sums must never hold NaN.
 */
export function addAnswer(
  stats: ReadinessStats,
  event: AnswerEvent,
  halfLifeDays?: number,
): ReadinessStats {
  if (halfLifeDays !== undefined && halfLifeDays !== stats.halfLifeDays)
    throw new RangeError(
      `these stats use a half-life of ${stats.halfLifeDays} days, not ${halfLifeDays}`,
    );
  if (!Number.isFinite(event.at))
    throw new RangeError(`an answer's time is finite, not ${event.at}`);
  const h = stats.halfLifeDays * DAY;
  let base = answered(stats) ? stats : { ...stats, anchor: event.at, lastAt: event.at };
  if ((event.at - base.anchor) / h > REANCHOR_HALF_LIVES) base = reanchor(base, event.at);
  const u = 2 ** ((event.at - base.anchor) / h);
  const t = (event.at - base.anchor) / DAY;
  const y = event.correct ? 1 : 0;
  const s = domainSums(base, event.domain) ?? zeroSums();
  return {
    ...base,
    lastAt: Math.max(base.lastAt, event.at),
    domains: {
      ...base.domains,
      [event.domain]: {
        n: s.n + 1,
        w: s.w + u,
        wy: s.wy + u * y,
        wt: s.wt + u * t,
        wtt: s.wtt + u * t * t,
        wyt: s.wyt + u * y * t,
        ww: s.ww + u * u,
      },
    },
  };
}

/**
 * The stats of both sets of answers together (e.g. two devices, or a backup and this one).
 * Both are moved to the later anchor, then summed per domain.
 * @throws RangeError when they were built with different half-lives.
 */
export function mergeStats(a: ReadinessStats, b: ReadinessStats): ReadinessStats {
  if (a.halfLifeDays !== b.halfLifeDays)
    throw new RangeError(`cannot merge half-lives of ${a.halfLifeDays} and ${b.halfLifeDays} days`);
  if (!answered(b)) return a;
  if (!answered(a)) return b;
  const anchor = Math.max(a.anchor, b.anchor);
  const x = reanchor(a, anchor);
  const y = reanchor(b, anchor);
  const ids = new Set([...Object.keys(x.domains), ...Object.keys(y.domains)]);
  const domains = Object.fromEntries(
    [...ids].map((id): [string, DomainSums] => {
      const r = domainSums(x, id) ?? zeroSums();
      const s = domainSums(y, id) ?? zeroSums();
      return [
        id,
        {
          n: r.n + s.n,
          w: r.w + s.w,
          wy: r.wy + s.wy,
          wt: r.wt + s.wt,
          wtt: r.wtt + s.wtt,
          wyt: r.wyt + s.wyt,
          ww: r.ww + s.ww,
        },
      ];
    }),
  );
  return { ...x, lastAt: Math.max(a.lastAt, b.lastAt), domains };
}
