/**
 * The exam clock. A timed attempt is stored as a deadline (start + duration); time left is
 * always computed from `now`, so it survives a reload, a crash or a phone going to sleep.
 * All times are epoch milliseconds passed in by the caller.
 */

const MINUTE_MS = 60_000;

/**
 * Deadline = `startedAt + (minutes + extraMinutes) × 60 000` ms. `extraMinutes` is the
 * accommodation some candidates get (the catalog's `eslExtraMinutes`, 30 for ESL).
 */
export function deadlineFor(startedAt: number, minutes: number, extraMinutes = 0): number {
  return startedAt + (minutes + extraMinutes) * MINUTE_MS;
}

/** Time left = `deadline − now` ms, never negative (0 at and after the deadline). */
export function timeLeftMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/**
 * The clock as shown: "h:mm:ss" from one hour up ("2:09:59"), else "m:ss" ("9:05").
 * Partial seconds round up, so the clock reads "0:00" only when time is over
 * (1 ms left shows "0:01"). Negative or non-finite input shows "0:00".
 */
export function formatClock(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Minutes left at which the exam warns, largest first. */
export const WARNINGS_MIN = [10, 5] as const;

/**
 * The warning to show now, if any: the smallest threshold T of WARNINGS_MIN with
 * time left ≤ T minutes (exactly 10:00 left counts as crossed), unless it is in
 * `alreadyShown`; else null. Only the latest threshold is offered, so an attempt resumed
 * with 3 minutes left warns once (5), not twice, and once 5 has been shown 10 never
 * comes back. No warning once time is over (the attempt ends instead).
 */
export function warningDue(
  deadline: number,
  now: number,
  alreadyShown: readonly number[],
): number | null {
  const left = deadline - now;
  if (left <= 0) return null;
  const crossed = WARNINGS_MIN.filter((t) => left <= t * MINUTE_MS);
  const latest = crossed[crossed.length - 1];
  if (latest === undefined || alreadyShown.includes(latest)) return null;
  return latest;
}
