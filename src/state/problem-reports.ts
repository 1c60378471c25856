import type { ProblemKind, ProblemReportRecord, QuestionRecord } from "../db/ports.ts";
import { getRepositories } from "./storage.ts";

/**
 * "Report a problem with this question": reports stay on the device until the learner
 * exports them as a file for the bank's authors. The file names each item by id and bank
 * and quotes its stem, so an author can find it without Zenkan.
 */

export const REPORTS_FORMAT = "zenkan-problem-reports";

export async function reportProblem(
  question: QuestionRecord,
  kind: ProblemKind,
  text: string,
  now: number,
): Promise<void> {
  const repos = await getRepositories();
  await repos.notes.addReport({
    id: `report-${now.toString(36)}-${question.id}`,
    itemId: question.id,
    exam: question.exam,
    bankId: question.bankId,
    kind,
    text: text.trim(),
    createdAt: now,
  });
}

export async function listReports(): Promise<ProblemReportRecord[]> {
  return (await getRepositories()).notes.reports();
}

export async function removeReport(id: string): Promise<void> {
  await (await getRepositories()).notes.removeReport(id);
}

/** The export file: the reports with each item's stem as the learner saw it. */
export async function exportReports(now: Date): Promise<{ fileName: string; text: string }> {
  const repos = await getRepositories();
  const reports = await repos.notes.reports();
  const items = new Map(
    (await repos.banks.questionsByIds(reports.map((r) => r.itemId))).map((q) => [q.id, q]),
  );
  const file = {
    format: REPORTS_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    reports: reports.map((r) => ({
      itemId: r.itemId,
      bankId: r.bankId,
      exam: r.exam,
      kind: r.kind,
      text: r.text,
      reportedAt: new Date(r.createdAt).toISOString(),
      stem: items.get(r.itemId)?.item.stem ?? null,
    })),
  };
  return {
    fileName: `zenkan-problem-reports-${now.toISOString().slice(0, 10)}.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}
