// @vitest-environment node
import { describe, expect, it } from "vitest";
import { singleItem } from "../../../tests/unit/fixtures.ts";
import { reviewsFromAnswers } from "./from-answers.ts";
import { review } from "./schedule.ts";

const T0 = Date.UTC(2026, 10, 26, 9);
const item = (id: string) => singleItem(id, "d");

describe("reviews from answers", () => {
  it("reviews answered items right or wrong, creates new cards, and skips unanswered ones", () => {
    const existing = review(null, "right", T0 - 86_400_000).card;
    const r = reviewsFromAnswers(
      [item("q1"), item("q2"), item("q3")],
      new Map([
        ["q1", ["a"]],
        ["q2", ["b"]],
        ["q3", null],
      ]),
      new Map([["q1", existing]]),
      T0,
    );
    expect(r.map((x) => [x.itemId, x.outcome])).toEqual([
      ["q1", "right"],
      ["q2", "wrong"],
    ]);
    expect(r[0]?.card.reps).toBe(existing.reps + 1);
    expect(r[1]?.card.reps).toBe(1);
    expect(r[1]?.log.review).toBe(T0);
  });
});
