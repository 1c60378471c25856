import type { ExamInfo } from "../domain/catalog/schema.ts";
import { emptyStats, type Readiness, readinessFromStats } from "../domain/readiness/model.ts";
import { findExam } from "./catalog.ts";
import { getRepositories } from "./storage.ts";

/**
 * Readiness per exam, from every answer the learner gave in mock exams and study: the
 * model's sums are stored per exam and kept up to date with each answer, so this reads one
 * small record, not the history. Beside it, what the screens show: how much of the bank
 * was seen and the scores of past mock exams.
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

export async function examReadiness(code: string, now: number): Promise<ExamReadiness> {
  const exam = findExam(code);
  if (!exam) throw new Error(`unknown exam ${code}`);
  const repos = await getRepositories();
  const [stats, seen, counts, attempts] = await Promise.all([
    repos.readiness.stats(code),
    repos.study.countCards(code),
    repos.banks.countByExam(),
    repos.attempts.listByExam(code),
  ]);
  return {
    exam,
    readiness: readinessFromStats(readinessExam(exam), stats ?? emptyStats(), { now }),
    coverage: { seen, total: counts.get(code) ?? 0 },
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
