// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Question } from "../bank/schema.ts";
import type { Answer } from "./scoring.ts";
import { DEFAULT_RAW_CUT, isCorrect, scaledScore, scoreForm } from "./scoring.ts";

const text = (en: string) => ({ en });
const labelled = (ids: string[]) => ids.map((id) => ({ id, text: text(id) }));
const base = (id: string, domain: string) => ({
  id,
  domain,
  stem: text(id),
  explanation: text("e"),
  references: [],
});
const single = (id: string, domain = "d1"): Question => ({
  ...base(id, domain),
  type: "single",
  options: labelled(["a", "b", "c", "d"]),
  answer: ["b"],
});
const multiple: Question = {
  ...base("m", "d1"),
  type: "multiple",
  options: labelled(["a", "b", "c", "d", "e"]),
  answer: ["a", "c"],
};
const ordering: Question = {
  ...base("o", "d1"),
  type: "ordering",
  items: labelled(["s1", "s2", "s3"]),
  answer: ["s1", "s2", "s3"],
};
const matching: Question = {
  ...base("x", "d1"),
  type: "matching",
  prompts: labelled(["p1", "p2", "p3"]),
  responses: labelled(["r1", "r2", "r3"]),
  answer: { p1: "r1", p2: "r2", p3: "r3" },
};

describe("isCorrect", () => {
  it("needs the one key of a single item", () => {
    expect(isCorrect(single("q"), ["b"])).toBe(true);
    expect(isCorrect(single("q"), ["a"])).toBe(false);
    expect(isCorrect(single("q"), ["a", "b"])).toBe(false);
    expect(isCorrect(single("q"), [])).toBe(false);
  });

  it("counts unanswered as wrong", () => {
    expect(isCorrect(single("q"), null)).toBe(false);
    expect(isCorrect(single("q"), undefined)).toBe(false);
    expect(isCorrect(matching, null)).toBe(false);
  });

  it("gives no partial credit on a multiple item, and ignores the order chosen", () => {
    expect(isCorrect(multiple, ["a"])).toBe(false);
    expect(isCorrect(multiple, ["a", "c", "d"])).toBe(false);
    expect(isCorrect(multiple, ["a", "c"])).toBe(true);
    expect(isCorrect(multiple, ["c", "a"])).toBe(true);
  });

  it("needs the exact sequence of an ordering item", () => {
    expect(isCorrect(ordering, ["s1", "s2", "s3"])).toBe(true);
    expect(isCorrect(ordering, ["s1", "s3", "s2"])).toBe(false);
    expect(isCorrect(ordering, ["s1", "s2"])).toBe(false);
  });

  it("needs every pair of a matching item", () => {
    expect(isCorrect(matching, { p1: "r1", p2: "r2", p3: "r3" })).toBe(true);
    expect(isCorrect(matching, { p1: "r1", p2: "r3", p3: "r3" })).toBe(false);
    expect(isCorrect(matching, { p1: "r1", p2: "r2" })).toBe(false);
  });

  it("rejects an answer of the wrong shape", () => {
    expect(isCorrect(single("q"), { p1: "b" })).toBe(false);
    expect(isCorrect(matching, ["r1", "r2", "r3"])).toBe(false);
  });
});

describe("scaledScore", () => {
  it("maps 0 → 100, the cut → the pass mark, all → 1000", () => {
    expect(scaledScore(0, 720, 0.72)).toBe(100);
    expect(scaledScore(0.72, 720, 0.72)).toBe(720);
    expect(scaledScore(1, 720, 0.72)).toBe(1000);
    expect(scaledScore(0.86, 720, 0.72)).toBe(860); // halfway up the upper segment
  });

  it("never rounds a share below the cut up to the pass mark", () => {
    expect(scaledScore(0.7199999, 720, 0.72)).toBe(719);
  });

  it("uses passMark / 1000 as the default raw cut", () => {
    expect(DEFAULT_RAW_CUT(720)).toBe(0.72);
    expect(DEFAULT_RAW_CUT(750)).toBe(0.75);
  });
});

describe("scoreForm", () => {
  const domains = [{ id: "d1" }, { id: "d2" }, { id: "d3" }];
  /** 50 scored single items (d1: 0–19, d2: 20–49), 15 unscored ones in d1. */
  const scored = Array.from({ length: 50 }, (_, i) => single(`s${i}`, i < 20 ? "d1" : "d2"));
  const unscored = Array.from({ length: 15 }, (_, i) => single(`u${i}`));
  const questions = new Map([...scored, ...unscored].map((q) => [q.id, q]));
  const itemIds = [...questions.keys()];
  const unscoredIds = unscored.map((q) => q.id);
  const exam = { passMark: 720, domains };
  /** The first `k` scored items right, the rest wrong; unscored right unless said. */
  const answersWith = (k: number, unscoredAnswer: Answer = ["b"]) =>
    new Map<string, Answer>([
      ...scored.map((q, i): [string, Answer] => [q.id, i < k ? ["b"] : ["a"]]),
      ...unscored.map((q): [string, Answer] => [q.id, unscoredAnswer]),
    ]);
  const score = (answers: Map<string, Answer>, rawCut?: number) =>
    scoreForm({ exam: { ...exam, rawCut }, questions, itemIds, unscoredIds, answers });

  it("scores all right 1000, a pass", () => {
    expect(score(answersWith(50))).toMatchObject({
      right: 50,
      total: 50,
      scaled: 1000,
      passed: true,
    });
  });

  it("scores all wrong 100, a fail", () => {
    expect(score(answersWith(0))).toMatchObject({ right: 0, scaled: 100, passed: false });
  });

  it("passes exactly at the cut and fails one item below", () => {
    expect(score(answersWith(36))).toMatchObject({ scaled: 720, passed: true, rawCut: 0.72 });
    const below = score(answersWith(35));
    expect(below.passed).toBe(false);
    expect(below.scaled).toBeLessThan(720);
  });

  it("uses the exam's own raw cut when the catalog gives one", () => {
    expect(score(answersWith(30), 0.6)).toMatchObject({ scaled: 720, passed: true, rawCut: 0.6 });
  });

  it("counts an unanswered item wrong", () => {
    const answers = answersWith(36);
    answers.delete("s0");
    expect(score(answers)).toMatchObject({ right: 35, total: 50, passed: false });
    answers.set("s0", null);
    expect(score(answers)).toMatchObject({ right: 35, passed: false });
  });

  it("ignores unscored items entirely", () => {
    const allWrong = score(answersWith(40, ["a"]));
    expect(allWrong).toEqual(score(answersWith(40, ["b"])));
    expect(allWrong.total).toBe(50);
    // unscored ids as a set work the same
    const asSet = scoreForm({
      exam,
      questions,
      itemIds,
      unscoredIds: new Set(unscoredIds),
      answers: answersWith(40, null),
    });
    expect(asSet).toEqual(allWrong);
  });

  it("never lowers the score for more items right", () => {
    let last = -1;
    for (let k = 0; k <= 50; k++) {
      const { scaled } = score(answersWith(k));
      expect(scaled).toBeGreaterThanOrEqual(last);
      expect(scaled).toBeGreaterThanOrEqual(100);
      expect(scaled).toBeLessThanOrEqual(1000);
      last = scaled;
    }
  });

  it("rates each domain against the raw cut, in catalog order", () => {
    // k = 36: d1 (items 0–19) all right; d2 16 of 30 right (53% < 72%); d3 has no items.
    expect(score(answersWith(36)).domains).toEqual([
      { id: "d1", right: 20, total: 20, rating: "meets" },
      { id: "d2", right: 16, total: 30, rating: "needs-improvement" },
      { id: "d3", right: 0, total: 0, rating: "meets" },
    ]);
    // d2 exactly at a 0.6 cut: 18 of 30 right meets it, 17 of 30 does not.
    expect(score(answersWith(38), 0.6).domains[1]?.rating).toBe("meets");
    expect(score(answersWith(37), 0.6).domains[1]?.rating).toBe("needs-improvement");
  });
});
