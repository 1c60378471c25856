// @vitest-environment node
import { Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { dueBeforeExam, dueQueue, newCard, REFRESH_DAYS, ratingFor, review } from "./schedule.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0); // a fixed clock: 2026-11-26 09:00 UTC

describe("ratings from answers", () => {
  it("rates wrong Again, right-but-unsure Hard, right Good", () => {
    expect(ratingFor("wrong")).toBe(Rating.Again);
    expect(ratingFor("unsure")).toBe(Rating.Hard);
    expect(ratingFor("right")).toBe(Rating.Good);
  });
});

describe("scheduling with a fixed clock", () => {
  it("starts a card on its first answer and logs the review", () => {
    const { card, log } = review(null, "right", T0);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(T0);
    expect(card.due).toBeGreaterThan(T0);
    expect(log).toMatchObject({ rating: Rating.Good, state: State.New, review: T0 });
  });

  it("brings a wrong answer back sooner than a right one, and unsure in between", () => {
    const wrong = review(null, "wrong", T0).card.due;
    const unsure = review(null, "unsure", T0).card.due;
    const right = review(null, "right", T0).card.due;
    expect(wrong).toBeLessThan(unsure);
    expect(unsure).toBeLessThan(right);
    // Again on a new card is a short learning step: minutes, not days.
    expect(wrong - T0).toBeLessThan(DAY);
  });

  it("grows the interval with each right answer, and a lapse shrinks it", () => {
    let card = review(null, "right", T0).card;
    const intervals: number[] = [];
    let now = T0;
    for (let i = 0; i < 4; i++) {
      now = card.due;
      card = review(card, "right", now).card;
      intervals.push(card.due - now);
    }
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(intervals.at(-1)).toBeGreaterThan(7 * DAY);
    const lapse = review(card, "wrong", card.due);
    expect(lapse.card.lapses).toBe(1);
    expect(lapse.card.due - card.due).toBeLessThan(DAY);
  });

  it("reviews more often for a higher desired retention", () => {
    let mature = review(null, "right", T0).card;
    for (let i = 0; i < 3; i++) mature = review(mature, "right", mature.due).card;
    const at90 = review(mature, "right", mature.due, { retention: 0.9 }).card.due;
    const at97 = review(mature, "right", mature.due, { retention: 0.97 }).card.due;
    expect(at97).toBeLessThan(at90);
  });
});

describe("the exam-date rule", () => {
  const examDay = T0 + 20 * DAY;

  it("brings a review that would fall after the exam forward to the exam eve", () => {
    let card = review(null, "right", T0).card;
    for (let i = 0; i < 4; i++) card = review(card, "right", card.due).card;
    const now = card.lastReview ?? T0;
    const free = card.due;
    const withExam = review(card, "right", now, { examDay: now + 10 * DAY }).card.due;
    expect(free).toBeGreaterThan(now + 10 * DAY);
    expect(withExam).toBe(now + 9 * DAY);
  });

  it("leaves cards due before the exam, and cards already refreshed in the last week, alone", () => {
    const early = { ...newCard(T0), due: T0 + 5 * DAY, lastReview: T0 - DAY };
    expect(dueBeforeExam(early, T0, examDay)).toBe(T0 + 5 * DAY);
    const refreshed = {
      ...newCard(T0),
      due: examDay + 30 * DAY,
      lastReview: examDay - (REFRESH_DAYS - 1) * DAY,
    };
    expect(dueBeforeExam(refreshed, examDay - 2 * DAY, examDay)).toBe(examDay + 30 * DAY);
  });

  it("no longer applies once the exam day has passed", () => {
    const later = { ...newCard(T0), due: examDay + 30 * DAY, lastReview: T0 };
    expect(dueBeforeExam(later, examDay + DAY, examDay)).toBe(examDay + 30 * DAY);
  });

  it("puts every card seen in the due queue by the exam eve", () => {
    const cards = Array.from({ length: 5 }, (_, i) => ({
      itemId: `q${i}`,
      exam: "SAA-C03",
      card: { ...newCard(T0), due: T0 + (i + 1) * 30 * DAY, lastReview: T0 },
    }));
    const eve = examDay - DAY;
    expect(dueQueue(cards, eve - 1, new Map())).toEqual([]);
    expect(dueQueue(cards, eve, new Map([["SAA-C03", examDay]])).map((c) => c.itemId)).toEqual([
      "q0",
      "q1",
      "q2",
      "q3",
      "q4",
    ]);
    // Another exam's date does not move these cards.
    expect(dueQueue(cards, eve, new Map([["CLF-C02", examDay]]))).toEqual([]);
  });
});

describe("the due queue", () => {
  it("lists only cards due now, most overdue first", () => {
    const at = (itemId: string, due: number) => ({
      itemId,
      exam: "CLF-C02",
      card: { ...newCard(T0), due },
    });
    const q = dueQueue(
      [at("b", T0 - DAY), at("c", T0 + DAY), at("a", T0 - 2 * DAY), at("d", T0)],
      T0,
    );
    expect(q.map((c) => c.itemId)).toEqual(["a", "b", "d"]);
  });
});
