import { create } from "zustand";
import type { ItemNoteRecord, QuestionRecord, StudySessionRecord } from "../db/ports.ts";
import type { CaseStudy } from "../domain/bank/schema.ts";
import { presentationOrder } from "../domain/exam/order.ts";
import { type Answer, isCorrect } from "../domain/exam/scoring.ts";
import { hashString, seededRng } from "../domain/random.ts";
import { type Outcome, review } from "../domain/study/schedule.ts";
import type { AnswerChange } from "./exam-session.ts";
import { getRepositories } from "./storage.ts";
import { type StorageProblem, storageProblem } from "./storage-error.ts";
import { scheduleOptions } from "./study-settings.ts";
import { committedWrites } from "./write-queue.ts";

/**
 * The study session on screen. Like the exam session, every change is written first and
 * shown after: the answer being chosen, the checked answer with its review (one
 * transaction), the move to the next card. A reload finds the session where it was.
 */

export type StudyPhase = "idle" | "loading" | "active" | "error";

export interface StudySessionState {
  phase: StudyPhase;
  error: StorageProblem | null;
  session: StudySessionRecord | null;
  /** The session's items still stored, by id. */
  items: Map<string, QuestionRecord>;
  cases: Map<string, CaseStudy>;
  /** item id → option, step or response ids in the order shown (fixed per session). */
  order: Map<string, string[]>;
  notes: Map<string, ItemNoteRecord>;
  saving: boolean;
  open(id: string): Promise<void>;
  leave(): void;
  choose(itemId: string, change: AnswerChange): Promise<void>;
  setUnsure(itemId: string, unsure: boolean): Promise<void>;
  /** Checks the answer being chosen: scores it, reviews the card, commits both. */
  check(itemId: string, now: number): Promise<void>;
  goTo(position: number, now: number): Promise<void>;
  saveNote(
    itemId: string,
    change: Partial<Pick<ItemNoteRecord, "bookmarked" | "note">>,
  ): Promise<void>;
}

const initial = {
  phase: "idle" as StudyPhase,
  error: null,
  session: null,
  items: new Map<string, QuestionRecord>(),
  cases: new Map<string, CaseStudy>(),
  order: new Map<string, string[]>(),
  notes: new Map<string, ItemNoteRecord>(),
  saving: false,
};

/** The outcome a checked answer gives its card: "not sure" turns a right answer into Hard. */
export function outcomeOf(correct: boolean, unsure: boolean): Outcome {
  return !correct ? "wrong" : unsure ? "unsure" : "right";
}

export const useStudySession = create<StudySessionState>()((set, get) => {
  const { write } = committedWrites(get, set);

  return {
    ...initial,

    async open(id) {
      set({ ...initial, phase: "loading" });
      try {
        const repos = await getRepositories();
        const session = await repos.study.session(id);
        if (!session) throw new Error(`There is no study session ${id} on this device.`);
        const questions = await repos.banks.questionsByIds(session.itemIds);
        const bankIds = new Set(questions.map((q) => q.bankId));
        const banks = (await repos.banks.list()).filter((b) => bankIds.has(b.id));
        const notes = await Promise.all(questions.map((q) => repos.notes.note(q.id)));
        set({
          phase: "active",
          session,
          items: new Map(questions.map((q) => [q.id, q])),
          cases: new Map(banks.flatMap((b) => b.cases.map((c) => [c.id, c] as const))),
          // Seeded by session and item, so a reload shows the options in the same order.
          order: new Map(
            questions.map((q) => [
              q.id,
              presentationOrder(q.item, seededRng(hashString(`${session.id}:${q.id}`))),
            ]),
          ),
          notes: new Map(notes.flatMap((n) => (n ? [[n.itemId, n] as const] : []))),
        });
      } catch (e) {
        set({ phase: "error", error: storageProblem(e) });
      }
    },

    leave: () => set({ ...initial }),

    choose: (itemId, change) =>
      write(async (repos) => {
        const { session } = get();
        if (!session || session.results[itemId]) return {};
        const prev: Answer = session.drafts[itemId] ?? null;
        const answer = typeof change === "function" ? change(prev) : change;
        const unsure = session.unsure[itemId] ?? false;
        await repos.study.saveDraft(session.id, itemId, answer, unsure);
        const drafts = { ...session.drafts };
        if (answer === null) delete drafts[itemId];
        else drafts[itemId] = answer;
        return { session: { ...session, drafts } };
      }),

    setUnsure: (itemId, unsure) =>
      write(async (repos) => {
        const { session } = get();
        if (!session || session.results[itemId]) return {};
        await repos.study.saveDraft(session.id, itemId, session.drafts[itemId] ?? null, unsure);
        const marks = { ...session.unsure };
        if (unsure) marks[itemId] = true;
        else delete marks[itemId];
        return { session: { ...session, unsure: marks } };
      }),

    check: (itemId, now) =>
      write(async (repos) => {
        const { session, items } = get();
        const q = items.get(itemId);
        const answer = session?.drafts[itemId] ?? null;
        if (!session || !q || answer === null || session.results[itemId]) return {};
        const outcome = outcomeOf(isCorrect(q.item, answer), session.unsure[itemId] ?? false);
        const [cards, options] = await Promise.all([
          repos.study.cards([itemId]),
          scheduleOptions(q.exam),
        ]);
        const { card, log } = review(cards.get(itemId)?.card ?? null, outcome, now, options);
        const next = await repos.study.commitReview(
          session.id,
          itemId,
          { answer, outcome, at: now },
          { itemId, exam: q.exam, due: card.due, card },
          {
            itemId,
            exam: q.exam,
            reviewedAt: now,
            outcome,
            source: "study",
            sourceId: session.id,
            domain: q.domain,
            log,
          },
        );
        return { session: next };
      }),

    goTo: (position, now) =>
      write(async (repos) => {
        const { session } = get();
        if (!session) return {};
        return { session: await repos.study.move(session.id, position, now) };
      }),

    saveNote: (itemId, change) =>
      write(async (repos) => {
        const q = get().items.get(itemId);
        if (!q) return {};
        const prev = get().notes.get(itemId);
        const note: ItemNoteRecord = {
          itemId,
          exam: q.exam,
          bookmarked: change.bookmarked ?? prev?.bookmarked ?? false,
          note: change.note ?? prev?.note ?? "",
          updatedAt: Date.now(),
        };
        await repos.notes.put(note);
        const notes = new Map(get().notes);
        notes.set(itemId, note);
        return { notes };
      }),
  };
});
