import type { ExamInfo } from "../domain/catalog/schema.ts";
import { type AnswerEvent, type Readiness, readiness } from "../domain/readiness/model.ts";
import { findExam } from "./catalog.ts";
import { getRepositories } from "./storage.ts";

/**
 * Readiness per exam, from every answer the learner gave (the review log keeps one entry
 * per answer, from mock exams and study alike), with what the screens show beside it:
 * how much of the bank was seen and the scores of past mock exams.
 */

export interface MockScore {
  at: number;
  scaled: number;
  passed: boolean;
  mode: "exam" | "practice";
}

export interface ExamReadiness {
  exam: ExamInfo;
  readiness: Readiness;
  coverage: { seen: number; total: number };
  mocks: MockScore[];
}

export function readinessExam(exam: ExamInfo) {
  return {
    passMark: exam.passMark,
    scoredItems: exam.items.scored,
    domains: exam.domains,
    ...(exam.rawCut === undefined ? {} : { rawCut: exam.rawCut }),
  };
}

/** Every answer to the exam's items, as the model takes them. */
async function answers(code: string): Promise<AnswerEvent[]> {
  const repos = await getRepositories();
  const logs = await repos.study.reviews(code);
  // Entries written before the log kept the domain take it from the stored item.
  const missing = logs.filter((l) => l.domain === undefined).map((l) => l.itemId);
  const domains = new Map(
    missing.length
      ? (await repos.banks.questionsByIds([...new Set(missing)])).map((q) => [q.id, q.domain])
      : [],
  );
  return logs.flatMap((l) => {
    const domain = l.domain ?? domains.get(l.itemId);
    return domain ? [{ domain, correct: l.outcome !== "wrong", at: l.reviewedAt }] : [];
  });
}

export async function examReadiness(code: string, now: number): Promise<ExamReadiness> {
  const exam = findExam(code);
  if (!exam) throw new Error(`unknown exam ${code}`);
  const repos = await getRepositories();
  const [events, cards, counts, attempts] = await Promise.all([
    answers(code),
    repos.study.allCards(code),
    repos.banks.countByExam(),
    repos.attempts.listByExam(code),
  ]);
  return {
    exam,
    readiness: readiness(readinessExam(exam), events, { now }),
    coverage: { seen: cards.length, total: counts.get(code) ?? 0 },
    mocks: attempts.flatMap((a) =>
      a.status === "submitted" && a.report && a.submittedAt !== null
        ? [
            {
              at: a.submittedAt,
              scaled: a.report.scaled,
              passed: a.report.passed,
              mode: a.mode,
            },
          ]
        : [],
    ),
  };
}
