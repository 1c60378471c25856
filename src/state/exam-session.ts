import { create } from "zustand";
import type { AttemptRecord, FormRecord, ResponseRecord, Reviews } from "../db/ports.ts";
import type { CaseStudy, Question } from "../domain/bank/schema.ts";
import { type Answer, scoreForm } from "../domain/exam/scoring.ts";
import { timeLeftMs, warningDue } from "../domain/exam/timer.ts";
import { reviewsFromAnswers } from "../domain/study/from-answers.ts";
import { useActivity } from "./activity.ts";
import { type AttemptLock, acquireAttemptLock } from "./attempt-lock.ts";
import { findExam } from "./catalog.ts";
import { getRepositories } from "./storage.ts";
import { type StorageProblem, storageProblem } from "./storage-error.ts";
import { scheduleOptions } from "./study-settings.ts";
import { committedWrites } from "./write-queue.ts";

/**
 * The attempt on screen. Every answer, flag and move is written to storage first and only
 * then shown as done: the store changes after the write resolves. Writes go one after
 * another in the order the learner made them.
 */

/** A new answer, or a change computed from the last saved one. */
export type AnswerChange = Answer | ((prev: Answer) => Answer);

export type SessionPhase =
  | "idle"
  | "loading"
  | "active"
  /** Another tab drives this attempt. */
  | "elsewhere"
  /** This tab drove it until another tab took it over. */
  | "taken-over"
  | "submitted"
  | "error";

export interface SessionState {
  phase: SessionPhase;
  /** The last write that failed; what was stored before it is intact. */
  error: StorageProblem | null;
  attempt: AttemptRecord | null;
  form: FormRecord | null;
  items: Question[];
  cases: Map<string, CaseStudy>;
  responses: Map<string, ResponseRecord>;
  /** A write is on its way to storage. */
  saving: boolean;
  /** The time warning on screen (minutes left), if any. */
  warning: number | null;
  shownWarnings: number[];
  open(attemptId: string, steal?: boolean): Promise<void>;
  /** Releases this tab's hold on the attempt (it stays stored and resumable). */
  close(): void;
  /** Leaves the exam screen: releases the attempt and forgets it here. */
  leave(): void;
  /** Sets an answer, or changes the last saved one (an updater sees what storage has). */
  answer(itemId: string, answer: AnswerChange): Promise<void>;
  toggleFlag(itemId: string): Promise<void>;
  goTo(position: number): Promise<void>;
  pause(now: number): Promise<void>;
  resume(now: number): Promise<void>;
  submit(now: number, auto?: boolean): Promise<void>;
  /** Called every second by the exam screen: warnings and the automatic submit at zero. */
  tick(now: number): void;
  dismissWarning(): void;
}

let lock: AttemptLock | null = null;

const initial = {
  phase: "idle" as SessionPhase,
  error: null,
  attempt: null,
  form: null,
  items: [],
  cases: new Map<string, CaseStudy>(),
  responses: new Map<string, ResponseRecord>(),
  saving: false,
  warning: null,
  shownWarnings: [],
};

export const useExamSession = create<SessionState>()((set, get) => {
  const { write, serial, track } = committedWrites(get, set);

  /**
   * Changes one response. The change is computed inside the write queue from the last
   * committed response, so quick keystrokes build on each other instead of racing.
   */
  const respond = (
    itemId: string,
    change: (
      prev: ResponseRecord | undefined,
    ) => Partial<Pick<ResponseRecord, "answer" | "flagged">>,
  ) =>
    write(async (repos) => {
      const { attempt, responses } = get();
      if (!attempt) return {};
      const prev = responses.get(itemId);
      const patch = change(prev);
      const record: ResponseRecord = {
        attemptId: attempt.id,
        itemId,
        answer: patch.answer !== undefined ? patch.answer : (prev?.answer ?? null),
        flagged: patch.flagged ?? prev?.flagged ?? false,
        answeredAt: Date.now(),
      };
      // For npm run bench (scripts/bench): answer written → committed. Two timeline entries.
      performance.mark("zenkan:response-write");
      await repos.attempts.saveResponse(record, attempt.position);
      performance.mark("zenkan:response-committed");
      const next = new Map(get().responses);
      next.set(itemId, record);
      return { responses: next };
    });

  return {
    ...initial,

    async open(attemptId, steal = false) {
      get().close();
      set({ ...initial, phase: "loading" });
      try {
        const repos = await getRepositories();
        const [attempt, form, responses] = await Promise.all([
          repos.attempts.get(attemptId),
          repos.attempts.form(attemptId),
          repos.attempts.responses(attemptId),
        ]);
        if (!attempt || !form) throw new Error(`There is no attempt ${attemptId} on this device.`);
        const byId = new Map(form.items.map((q) => [q.id, q]));
        const base = {
          attempt,
          form,
          items: attempt.itemIds.flatMap((id) => byId.get(id) ?? []),
          cases: new Map(form.cases.map((c) => [c.id, c])),
          responses: new Map(responses.map((r) => [r.itemId, r])),
        };
        if (attempt.status === "submitted") {
          set({ ...base, phase: "submitted" });
          return;
        }
        const held = await acquireAttemptLock(attemptId, steal);
        if (!held) {
          set({ ...base, phase: "elsewhere" });
          return;
        }
        lock = held;
        held.onLost(() => {
          lock = null;
          set({ phase: "taken-over" });
        });
        set({ ...base, phase: "active" });
        // A deadline that passed while the page was closed or asleep submits at once.
        get().tick(Date.now());
      } catch (e) {
        set({ phase: "error", error: storageProblem(e) });
      }
    },

    close() {
      lock?.release();
      lock = null;
    },

    leave() {
      get().close();
      set({ ...initial });
    },

    answer: (itemId, answer) =>
      respond(itemId, (prev) => ({
        answer: typeof answer === "function" ? answer(prev?.answer ?? null) : answer,
      })),

    toggleFlag: (itemId) => respond(itemId, (prev) => ({ flagged: !prev?.flagged })),

    async goTo(position) {
      const { attempt, phase } = get();
      if (phase !== "active" || !attempt) return;
      const clamped = Math.max(0, Math.min(position, attempt.itemIds.length));
      // A page turn shows at once and is stored after: answers are committed on their own,
      // and the position only decides where a reload reopens.
      set({ attempt: { ...attempt, position: clamped } });
      await write(async (repos) => {
        await repos.attempts.update(attempt.id, { position: clamped });
        return {};
      });
    },

    pause: (now) =>
      write(async (repos) => {
        const { attempt } = get();
        if (attempt?.mode !== "practice" || attempt.resumedAt === null) return {};
        const changes = {
          elapsedMs: attempt.elapsedMs + (now - attempt.resumedAt),
          resumedAt: null,
        };
        await repos.attempts.update(attempt.id, changes);
        return { attempt: { ...attempt, ...changes } };
      }),

    resume: (now) =>
      write(async (repos) => {
        const { attempt } = get();
        if (attempt?.mode !== "practice" || attempt.resumedAt !== null) return {};
        await repos.attempts.update(attempt.id, { resumedAt: now });
        return { attempt: { ...attempt, resumedAt: now } };
      }),

    async submit(now, auto = false) {
      if (get().phase !== "active") return;
      await track(async () => {
        const repos = await getRepositories();
        // Queued behind every answer still being written, so the report counts them all.
        const done = await serial(async () => {
          const { attempt, form, responses } = get();
          if (!attempt || !form) return null;
          const exam = findExam(attempt.exam);
          if (!exam) throw new Error(`unknown exam ${attempt.exam}`);
          const answers = new Map([...responses].map(([id, r]) => [id, r.answer]));
          const report = scoreForm({
            exam,
            questions: new Map(form.items.map((q) => [q.id, q])),
            itemIds: attempt.itemIds,
            unscoredIds: attempt.unscoredIds,
            answers,
          });
          const [existing, options] = await Promise.all([
            repos.study.cards(attempt.itemIds),
            scheduleOptions(attempt.exam),
          ]);
          const reviewed = reviewsFromAnswers(
            form.items,
            answers,
            new Map([...existing].map(([id, c]) => [id, c.card])),
            now,
            options,
          );
          const domains = new Map(form.items.map((q) => [q.id, q.domain]));
          const reviews: Reviews = {
            cards: reviewed.map((r) => ({
              itemId: r.itemId,
              exam: attempt.exam,
              due: r.card.due,
              card: r.card,
            })),
            logs: reviewed.map((r) => ({
              itemId: r.itemId,
              exam: attempt.exam,
              reviewedAt: now,
              outcome: r.outcome,
              source: "exam",
              sourceId: attempt.id,
              domain: domains.get(r.itemId),
              log: r.log,
            })),
          };
          if (attempt.mode === "practice" && attempt.resumedAt !== null) {
            await repos.attempts.update(attempt.id, {
              elapsedMs: attempt.elapsedMs + (now - attempt.resumedAt),
              resumedAt: null,
            });
          }
          return repos.attempts.submit(attempt.id, now, report, auto, reviews);
        });
        if (done) {
          get().close();
          set({ attempt: done, phase: "submitted", warning: null });
        }
      });
    },

    tick(now) {
      const { attempt, phase, shownWarnings } = get();
      if (phase !== "active" || !attempt || attempt.deadline === null) return;
      if (timeLeftMs(attempt.deadline, now) === 0) {
        void get().submit(attempt.deadline, true);
        return;
      }
      const due = warningDue(attempt.deadline, now, shownWarnings);
      if (due !== null) set({ warning: due, shownWarnings: [...shownWarnings, due] });
    },

    dismissWarning: () => set({ warning: null }),
  };
});

// The shell's update prompt stays away while this page drives an exam.
useExamSession.subscribe((s) => {
  const examInProgress = s.phase === "active";
  if (useActivity.getState().examInProgress !== examInProgress)
    useActivity.setState({ examInProgress });
});
