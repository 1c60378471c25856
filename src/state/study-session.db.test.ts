import { beforeEach, describe, expect, it } from "vitest";
import { bankRecord, questionRecord } from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { Repositories } from "../db/ports.ts";
import { review } from "../domain/study/schedule.ts";
import { configureStorage } from "./storage.ts";
import { useStudySession } from "./study-session.ts";
import { useStudySettings } from "./study-settings.ts";
import {
  dueSummary,
  mistakesNotebook,
  NothingToStudy,
  type PracticeChoice,
  startDrill,
  startDueReview,
  startPractice,
} from "./study-start.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9);
let n = 0;
let repos: Repositories;
let db: ZenkanDatabase;

beforeEach(async () => {
  db = new ZenkanDatabase(`study-${++n}`);
  repos = dexieRepositories(db);
  configureStorage(async () => repos);
  useStudySettings.setState({ loaded: false, examDates: {} });
  const items = ["q1", "q2", "q3", "q4"].map((id) => questionRecord(id));
  items.push({
    ...questionRecord("r1"),
    domain: "resilient",
    item: { ...questionRecord("r1").item, domain: "resilient" },
  });
  await repos.banks.replace(bankRecord({ questionCount: items.length }), items);
});

/** A practice session of SAA-C03 at T0. */
const practice = (c: Pick<PracticeChoice, "domains" | "filter" | "count" | "seed">) =>
  startPractice({ exam: "SAA-C03", now: T0, ...c });

async function answer(itemId: string, option: string, now: number, unsure = false) {
  const s = useStudySession.getState();
  await s.choose(itemId, [option]);
  if (unsure) await s.setUnsure(itemId, true);
  await useStudySession.getState().check(itemId, now);
}

describe("a study session", () => {
  it("commits each checked answer with its card and review, and resumes after a reload", async () => {
    const session = await practice({ domains: ["secure"], filter: "all", count: 3, seed: 1 });
    expect(session.itemIds).toHaveLength(3);
    expect(session.itemIds.every((id) => id.startsWith("q"))).toBe(true);
    await useStudySession.getState().open(session.id);
    const [first, second] = session.itemIds as [string, string];
    await answer(first, "a", T0); // right
    await useStudySession.getState().goTo(1, T0);
    await useStudySession.getState().choose(second, ["b"]); // chosen, not checked

    // A reload: a fresh open reads everything back from storage.
    useStudySession.getState().leave();
    await useStudySession.getState().open(session.id);
    const back = useStudySession.getState().session;
    expect(back?.position).toBe(1);
    expect(back?.results[first]?.outcome).toBe("right");
    expect(back?.drafts[second]).toEqual(["b"]);
    const card = (await repos.study.cards([first])).get(first);
    expect(card?.card.reps).toBe(1);
    expect(await repos.study.reviewLog(first)).toMatchObject([
      { outcome: "right", source: "study", sourceId: session.id, domain: "secure" },
    ]);

    // The answer counts for readiness at once.
    expect((await repos.readiness.stats("SAA-C03"))?.domains.secure?.n).toBe(1);

    // A second check of the same item is not a second review.
    await useStudySession.getState().check(first, T0 + 1000);
    expect(await repos.study.reviewLog(first)).toHaveLength(1);
    expect((await repos.readiness.stats("SAA-C03"))?.domains.secure?.n).toBe(1);
  });

  it("rates wrong as Again, right-but-unsure as Hard, right as Good", async () => {
    const session = await practice({ domains: ["secure"], filter: "all", count: 3, seed: 2 });
    await useStudySession.getState().open(session.id);
    const [x, y, z] = session.itemIds as [string, string, string];
    await answer(x, "b", T0);
    await answer(y, "a", T0, true);
    await answer(z, "a", T0);
    const ratings = await Promise.all(
      [x, y, z].map(async (id) => (await repos.study.reviewLog(id))[0]?.log.rating),
    );
    expect(ratings).toEqual([1, 2, 3]); // FSRS Rating: Again 1, Hard 2, Good 3
    const cards = await repos.study.cards([x, z]);
    // The wrong answer comes back sooner than the right one.
    expect(cards.get(x)?.due ?? Infinity).toBeLessThan(cards.get(z)?.due ?? 0);
  });

  it("fills the due queue, and an exam date brings reviews forward", async () => {
    const session = await practice({ domains: [], filter: "all", count: 5, seed: 3 });
    await useStudySession.getState().open(session.id);
    for (const id of session.itemIds) await answer(id, id === "q1" ? "b" : "a", T0);
    // Right after: nothing due yet; a day later, the wrong one is due.
    expect((await dueSummary(T0)).total).toBe(0);
    const dayLater = await dueSummary(T0 + DAY);
    expect(dayLater.items.map((d) => d.itemId)).toContain("q1");
    expect(dayLater.byExam.get("SAA-C03")).toBe(dayLater.total);
    const queue = await startDueReview(null, { now: T0 + DAY, seed: 4 });
    expect(queue.itemIds[0]).toBe("q1");
    // A card learned long ago and due after the exam date comes back on the exam eve.
    let card = review(null, "right", T0 - 400 * DAY).card;
    while (card.lastReview !== null && card.due - card.lastReview < 30 * DAY)
      card = review(card, "right", card.due).card;
    const last = card.lastReview ?? 0;
    await db.cards.put({ itemId: "r1", exam: "SAA-C03", due: card.due, card });
    const exam = new Date(last + 15 * DAY);
    const examDay = new Date(exam.getFullYear(), exam.getMonth(), exam.getDate()).getTime();
    const iso = [exam.getFullYear(), exam.getMonth() + 1, exam.getDate()]
      .map((x) => String(x).padStart(2, "0"))
      .join("-");
    await useStudySettings.getState().setExamDate("SAA-C03", iso);
    expect((await dueSummary(examDay - DAY - 1)).items.map((d) => d.itemId)).not.toContain("r1");
    expect((await dueSummary(examDay - DAY)).items.map((d) => d.itemId)).toContain("r1");
  });

  it("keeps a notebook of mistakes and drills the weak domain with them first", async () => {
    const session = await practice({ domains: [], filter: "all", count: 5, seed: 5 });
    await useStudySession.getState().open(session.id);
    for (const id of session.itemIds) await answer(id, id === "r1" || id === "q2" ? "b" : "a", T0);
    const notebook = await mistakesNotebook();
    expect(notebook.map((m) => m.itemId).sort()).toEqual(["q2", "r1"]);
    expect(notebook[0]?.question.exam).toBe("SAA-C03");

    const drill = await startDrill("SAA-C03", ["secure"], { now: T0, seed: 6, count: 2 });
    expect(drill.itemIds[0]).toBe("q2");
    expect(drill.kind).toBe("drill");
    const wrongOnly = await practice({ domains: [], filter: "wrong", count: 10, seed: 7 });
    expect(wrongOnly.itemIds.sort()).toEqual(["q2", "r1"]);
    await expect(
      practice({ domains: [], filter: "flagged", count: 10, seed: 8 }),
    ).rejects.toBeInstanceOf(NothingToStudy);
  });

  it("keeps bookmarks and notes, and the bookmarked filter finds them", async () => {
    const session = await practice({ domains: [], filter: "all", count: 5, seed: 9 });
    await useStudySession.getState().open(session.id);
    await useStudySession.getState().saveNote("q3", { bookmarked: true });
    await useStudySession.getState().saveNote("q3", { note: "gateway endpoint is free" });
    expect(await repos.notes.note("q3")).toMatchObject({
      bookmarked: true,
      note: "gateway endpoint is free",
    });
    const marked = await practice({ domains: [], filter: "bookmarked", count: 10, seed: 10 });
    expect(marked.itemIds).toEqual(["q3"]);
  });
});
