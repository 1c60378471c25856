import type { AttemptMode, AttemptRecord, FormRecord } from "../db/ports.ts";
import type { ExamInfo } from "../domain/catalog/schema.ts";
import { type FormSelection, type FormSpec, orderItems, selectForm } from "../domain/exam/form.ts";
import { deadlineFor } from "../domain/exam/timer.ts";
import { seededRng } from "../domain/random.ts";
import { getRepositories } from "./storage.ts";

/** What the start screen shows before an attempt: the form the bank allows. */
export interface FormPreview {
  available: number;
  form: FormSelection;
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

/**
 * Draws a form from the stored banks' item index, preferring unseen items, reads only the
 * chosen items, and stores the attempt. The same as `assembleForm` over the whole bank.
 */
export async function startAttempt(exam: ExamInfo, options: StartOptions): Promise<AttemptRecord> {
  const repos = await getRepositories();
  const [entries, seen, banks] = await Promise.all([
    formEntries(exam),
    repos.attempts.seenItemIds(exam.code),
    repos.banks.list(),
  ]);
  if (entries.length === 0)
    throw new Error(`There are no ${exam.code} questions on this device yet.`);
  const rng = seededRng(options.seed);
  const selection = selectForm(formSpec(exam), entries, { rng, seen });
  const items = (await repos.banks.questionsByIds(selection.ids)).map((q) => q.item);
  const form = {
    ...selection,
    items: orderItems(selection.ids, new Map(items.map((q) => [q.id, q])), rng),
  };
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
  const caseIds = new Set(items.flatMap((q) => (q.caseId ? [q.caseId] : [])));
  const bankCases = banks.filter((b) => b.exam === exam.code).flatMap((b) => b.cases);
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
async function formEntries(exam: ExamInfo) {
  const repos = await getRepositories();
  const domains = new Set(exam.domains.map((d) => d.id));
  return (await repos.banks.formEntries(exam.code)).filter((q) => domains.has(q.domain));
}

/** The form a start would draw now, to say on the start screen if it is short or uneven. */
export async function previewForm(exam: ExamInfo): Promise<FormPreview> {
  const entries = await formEntries(exam);
  return {
    available: entries.length,
    form: selectForm(formSpec(exam), entries, { rng: seededRng(1) }),
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
