import type { AttemptRecord } from "../db/ports.ts";

/**
 * Time a learner spent on an attempt: practice counts only the running clock (pauses
 * excluded), a timed exam runs from start to submit. Kept apart from the exam code so the
 * shell's planner pieces can use it without loading that code.
 */
export function timeUsedMs(attempt: AttemptRecord): number {
  if (attempt.mode === "practice") return attempt.elapsedMs;
  return Math.max(0, (attempt.submittedAt ?? attempt.startedAt) - attempt.startedAt);
}
