import type { AttemptMode, AttemptRecord, FormRecord } from "../db/ports.ts";
import type { ExamInfo } from "../domain/catalog/schema.ts";
import { type AssembledForm, assembleForm, type FormSpec } from "../domain/exam/form.ts";
import { deadlineFor } from "../domain/exam/timer.ts";
import { seededRng } from "../domain/random.ts";
import { getRepositories } from "./storage.ts";

/** What the start screen shows before an attempt: the form the bank allows. */
export interface FormPreview {
  available: number;
  form: AssembledForm;
}

export function formSpec(exam: ExamInfo): FormSpec {
  return { scored: exam.items.scored, unscored: exam.items.unscored, domains: exam.domains };
}

export interface StartOptions {
  mode: AttemptMode;
  /** Extra minutes granted (ESL accommodation: the catalog's eslExtraMinutes). */
  extraMinutes: number;
  now: number;
  seed: number;
}

/** Draws a form from the stored bank, preferring unseen items, and stores the attempt. */
export async function startAttempt(exam: ExamInfo, options: StartOptions): Promise<AttemptRecord> {
  const repos = await getRepositories();
  const [questions, seen] = await Promise.all([
    formQuestions(exam),
    repos.attempts.seenItemIds(exam.code),
  ]);
  if (questions.length === 0)
    throw new Error(`There are no ${exam.code} questions on this device yet.`);
  const form = assembleForm(
    formSpec(exam),
    questions.map((q) => q.item),
    { rng: seededRng(options.seed), seen },
  );
  // A shorter form gets the same time per question as the real one.
  const full = exam.items.scored + exam.items.unscored;
  const share = form.shortened ? (form.scored + form.unscored) / full : 1;
  const base = Math.ceil(exam.minutes * share);
  const extra = Math.ceil(options.extraMinutes * share);
  const minutes = base + extra;
  const timed = options.mode === "exam";
  const id = `${exam.code}-${options.now.toString(36)}-${options.seed.toString(36)}`;
  const attempt: AttemptRecord = {
    id,
    exam: exam.code,
    mode: options.mode,
    status: "in-progress",
    startedAt: options.now,
    minutes,
    extraMinutes: extra,
    deadline: timed ? deadlineFor(options.now, base, extra) : null,
    submittedAt: null,
    autoSubmitted: false,
    itemIds: form.items.map((i) => i.id),
    unscoredIds: form.unscoredIds,
    position: 0,
    shortened: form.shortened,
    shortfalls: form.shortfalls,
    elapsedMs: 0,
    resumedAt: timed ? null : options.now,
    report: null,
  };
  const byId = new Map(questions.map((q) => [q.id, q.item]));
  const caseIds = new Set<string>();
  const items = attempt.itemIds.flatMap((itemId) => {
    const q = byId.get(itemId);
    if (q?.caseId) caseIds.add(q.caseId);
    return q ? [q] : [];
  });
  const bankCases = (await repos.banks.list())
    .filter((b) => b.exam === exam.code)
    .flatMap((b) => b.cases);
  const record: FormRecord = {
    attemptId: id,
    items,
    order: Object.fromEntries(form.items.map((i) => [i.id, i.order])),
    cases: bankCases.filter((c) => caseIds.has(c.id)),
  };
  await repos.attempts.create(attempt, record);
  return attempt;
}

/** Only items mapped to one of the exam's domains enter a mock exam (imported ones may not be). */
async function formQuestions(exam: ExamInfo) {
  const repos = await getRepositories();
  const domains = new Set(exam.domains.map((d) => d.id));
  return (await repos.banks.questionsOfExam(exam.code)).filter((q) => domains.has(q.domain));
}

/** The form a start would draw now, to say on the start screen if it is short or uneven. */
export async function previewForm(exam: ExamInfo): Promise<FormPreview> {
  const questions = await formQuestions(exam);
  return {
    available: questions.length,
    form: assembleForm(
      formSpec(exam),
      questions.map((q) => q.item),
      { rng: seededRng(1) },
    ),
  };
}

/** The attempt of this exam still in progress, if any (the newest). */
export async function inProgressAttempt(examCode: string): Promise<AttemptRecord | undefined> {
  const repos = await getRepositories();
  return (await repos.attempts.listByExam(examCode))
    .filter((a) => a.status === "in-progress")
    .at(-1);
}

export async function attemptHistory(examCode: string): Promise<AttemptRecord[]> {
  const repos = await getRepositories();
  return (await repos.attempts.listByExam(examCode))
    .filter((a) => a.status === "submitted")
    .reverse();
}
