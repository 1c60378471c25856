// What the harness's modules share: the exam, the fixed clock, and a timer.
import type { ExamInfo } from "../../../src/domain/catalog/schema.ts";
import { findExam } from "../../../src/state/catalog.ts";

/** The benchmark's "now": fixed, so every run stores and reads the same history. */
export const NOW = Date.UTC(2026, 10, 26);

/** Runs `job`, returning how long it took (ms) and its value. */
export async function ms<T>(job: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await job();
  return [performance.now() - t0, value];
}

export function examOf(code: string): ExamInfo {
  const exam = findExam(code);
  if (!exam) throw new Error(`no exam ${code} in catalog.json`);
  return exam;
}
