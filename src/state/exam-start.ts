import type { AttemptMode, AttemptRecord, FormRecord } from "../db/ports.ts";
import type { ExamInfo } from "../domain/catalog/schema.ts";
import {
  type AssembledForm,
  type FormSelection,
  type FormSpec,
  orderItems,
  selectForm,
} from "../domain/exam/form.ts";
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
 * chosen items, and stores the attempt, all in one transaction. The same as `assembleForm`
 * over the whole bank.
 */
export async function startAttempt(exam: ExamInfo, options: StartOptions): Promise<AttemptRecord> {
  const repos = await getRepositories();
  const rng = seededRng(options.seed);
  let drawn: FormSelection | undefined;
  return repos.attempts.start(exam.code, {
    draw(entries, seen) {
      // selectForm keeps only items of the exam's domains itself: no second pass here.
      drawn = selectForm(formSpec(exam), entries, { rng, seen });
      if (drawn.ids.length === 0)
        throw new Error(`There are no ${exam.code} questions on this device yet.`);
      return drawn.ids;
    },
    build(items, cases) {
      if (drawn === undefined) throw new Error("build before draw");
      const form = {
        ...drawn,
        items: orderItems(drawn.ids, new Map(items.map((q) => [q.id, q])), rng),
      };
      const attempt = newAttempt(exam, options, form);
      const caseIds = new Set(items.flatMap((q) => (q.caseId ? [q.caseId] : [])));
      const record: FormRecord = {
        attemptId: attempt.id,
        items,
        order: Object.fromEntries(form.items.map((i) => [i.id, i.order])),
        cases: cases.filter((c) => caseIds.has(c.id)),
      };
      return { attempt, form: record };
    },
  });
}

/** The attempt record of a newly drawn form: its id, time allowed and deadline. */
function newAttempt(exam: ExamInfo, options: StartOptions, form: AssembledForm): AttemptRecord {
  // A shorter form gets the same time per question as the real one.
  const full = exam.items.scored + exam.items.unscored;
  const share = form.shortened ? (form.scored + form.unscored) / full : 1;
  const base = Math.ceil(exam.minutes * share);
  const extra = Math.ceil(options.extraMinutes * share);
  const timed = options.mode === "exam";
  return {
    id: `${exam.code}-${options.now.toString(36)}-${options.seed.toString(36)}`,
    exam: exam.code,
    mode: options.mode,
    status: "in-progress",
    startedAt: options.now,
    minutes: base + extra,
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
