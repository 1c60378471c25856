import type { Table } from "dexie";
import {
  type AnswerEvent,
  addAnswer,
  emptyStats,
  type ReadinessStats,
} from "../../domain/readiness/model.ts";
import type { QuestionRecord, ReadinessRecord, ReviewLogRecord } from "../ports.ts";

/**
 * Keeping the readiness sums (see ReadinessRecord) in step with the review log. Both
 * functions run inside the caller's transaction, which must include these tables.
 */

const event = (log: ReviewLogRecord, domain: string): AnswerEvent => ({
  domain,
  correct: log.outcome !== "wrong",
  at: log.reviewedAt,
});

/** Adds new review log entries to their exams' sums. Entries without a domain are skipped. */
export async function foldIntoReadiness(
  readiness: Table<ReadinessRecord, string>,
  logs: readonly ReviewLogRecord[],
): Promise<void> {
  const byExam = new Map<string, ReviewLogRecord[]>();
  for (const l of logs) {
    if (l.domain === undefined) continue;
    const list = byExam.get(l.exam) ?? [];
    list.push(l);
    byExam.set(l.exam, list);
  }
  for (const [exam, list] of byExam) {
    let stats: ReadinessStats = (await readiness.get(exam))?.stats ?? emptyStats();
    for (const l of list) stats = addAnswer(stats, event(l, l.domain ?? ""));
    await readiness.put({ exam, stats });
  }
}

/**
 * Builds every exam's sums again from the whole review log, oldest first. Entries written
 * before the log kept the domain take it from the stored item; those whose item is gone
 * cannot be placed and are left out.
 */
export async function rebuildReadiness(
  reviewLog: Table<ReviewLogRecord, number>,
  questions: Table<QuestionRecord, string>,
  readiness: Table<ReadinessRecord, string>,
): Promise<void> {
  const logs = await reviewLog.orderBy("reviewedAt").toArray();
  const missing = [...new Set(logs.filter((l) => !l.domain).map((l) => l.itemId))];
  const found = await questions.bulkGet(missing);
  const domains = new Map(found.flatMap((q) => (q ? [[q.id, q.domain] as const] : [])));
  const stats = new Map<string, ReadinessStats>();
  for (const l of logs) {
    const domain = l.domain ?? domains.get(l.itemId);
    if (!domain) continue;
    stats.set(l.exam, addAnswer(stats.get(l.exam) ?? emptyStats(), event(l, domain)));
  }
  await readiness.clear();
  await readiness.bulkPut([...stats].map(([exam, s]) => ({ exam, stats: s })));
}
