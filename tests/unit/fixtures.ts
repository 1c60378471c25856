import type { AttemptRecord, BankRecord, QuestionRecord } from "../../src/db/ports.ts";
import type { Question } from "../../src/domain/bank/schema.ts";

/**
 * Small records the unit and database tests build again and again. Each test overrides
 * only what it is about, so what it asserts stays visible in the test itself.
 */

/** A two-option single-answer item whose key is "a". */
export function singleItem(id: string, domain = "secure"): Question {
  return {
    id,
    domain,
    type: "single",
    stem: { en: `Stem ${id}` },
    explanation: { en: "why" },
    references: [],
    options: [
      { id: "a", text: { en: "A" } },
      { id: "b", text: { en: "B" } },
    ],
    answer: ["a"],
  };
}

export function questionRecord(id: string, bankId = "b1", exam = "SAA-C03"): QuestionRecord {
  return { id, bankId, exam, domain: "secure", type: "single", item: singleItem(id) };
}

export function bankRecord(overrides: Partial<BankRecord> = {}): BankRecord {
  return {
    id: "b1",
    exam: "SAA-C03",
    title: { en: "B" },
    license: "x",
    source: "y",
    origin: "bundled",
    hash: "h1",
    questionCount: 1,
    cases: [],
    storedAt: 1,
    ...overrides,
  };
}

/** A timed SAA-C03 attempt in progress, started at t=1000 with items q1 and q2 (q2 unscored). */
export function attemptRecord(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: "a1",
    exam: "SAA-C03",
    mode: "exam",
    status: "in-progress",
    startedAt: 1000,
    minutes: 130,
    extraMinutes: 0,
    deadline: 1000 + 130 * 60_000,
    submittedAt: null,
    autoSubmitted: false,
    itemIds: ["q1", "q2"],
    unscoredIds: ["q2"],
    position: 0,
    shortened: false,
    shortfalls: [],
    elapsedMs: 0,
    resumedAt: null,
    report: null,
    ...overrides,
  };
}
