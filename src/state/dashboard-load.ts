import { certStatus, daysBetween } from "../domain/planner/dates.ts";
import { emptyStats, readinessFromStats } from "../domain/readiness/model.ts";
import { catalog } from "./catalog.ts";
import { localToday } from "./certifications.ts";
import type { ExamDashboard, ExamStatus } from "./dashboard.ts";
import { readinessExam } from "./readiness.ts";
import { getRepositories } from "./storage.ts";
import { useStudySettings } from "./study-settings.ts";
import { dueSummary } from "./study-start.ts";

/** From this chance of passing on, an exam counts as "ready" to book. */
export const READY_PROBABILITY = 0.8;

/** Every exam's status, readiness, reviews due and exam-date countdown, at `now`. */
export async function loadDashboard(now: number): Promise<Map<string, ExamDashboard>> {
  const repos = await getRepositories();
  await useStudySettings.getState().load();
  const { examDates } = useStudySettings.getState();
  const [sums, certs, due] = await Promise.all([
    repos.readiness.all(),
    repos.certifications.list(),
    dueSummary(now),
  ]);
  const today = localToday(new Date(now));
  const result = new Map<string, ExamDashboard>();
  for (const exam of catalog.exams) {
    const stats = sums.get(exam.code);
    const r = readinessFromStats(readinessExam(exam), stats ?? emptyStats(), { now });
    const estimate =
      r.status === "estimate"
        ? {
            scaled: r.scaled,
            low: r.scaledLow,
            high: r.scaledHigh,
            passProbability: r.passProbability,
          }
        : null;
    const passed = certs
      .filter((c) => c.exam === exam.code)
      .sort((a, b) => b.passedOn.localeCompare(a.passedOn))[0];
    const cert = passed
      ? certStatus(
          passed.passedOn,
          today,
          catalog.certificationValidityYears,
          catalog.renewalReminderMonths,
        )
      : null;
    const status: ExamStatus =
      cert !== null
        ? cert === "expired"
          ? "expired"
          : "passed"
        : exam.status === "retired"
          ? "retired"
          : estimate && estimate.passProbability >= READY_PROBABILITY
            ? "ready"
            : stats && stats.lastAt > 0
              ? "studying"
              : "not-started";
    const examDate = examDates[exam.code] ?? null;
    result.set(exam.code, {
      status,
      estimate,
      due: due.byExam.get(exam.code) ?? 0,
      examDate,
      daysLeft: examDate && examDate >= today ? daysBetween(today, examDate) : null,
    });
  }
  return result;
}
