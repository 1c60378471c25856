import { describe, expect, it } from "vitest";
import { seededRng } from "../random.ts";
import { drillItems, type LearnerMarks, mistakes, pickItems, weakestDomains } from "./session.ts";

const candidates = [
  { id: "a1", domain: "a" },
  { id: "a2", domain: "a" },
  { id: "a3", domain: "a" },
  { id: "b1", domain: "b" },
  { id: "b2", domain: "b" },
  { id: "c1", domain: "c" },
];
const marks: LearnerMarks = {
  seen: new Set(["a1", "a2", "b1"]),
  wrong: new Set(["a2", "b1"]),
  flagged: new Set(["c1"]),
  bookmarked: new Set(["b2"]),
  due: ["b1", "a1", "zz"],
};
const opts = { domains: [], count: 10, rng: seededRng(3) };

describe("pickItems", () => {
  it("keeps only what the filter asks for", () => {
    const pick = (filter: Parameters<typeof pickItems>[2]["filter"]) =>
      pickItems(candidates, marks, { ...opts, filter }).sort();
    expect(pick("all")).toEqual(["a1", "a2", "a3", "b1", "b2", "c1"]);
    expect(pick("new")).toEqual(["a3", "b2", "c1"]);
    expect(pick("wrong")).toEqual(["a2", "b1"]);
    expect(pick("flagged")).toEqual(["c1"]);
    expect(pick("bookmarked")).toEqual(["b2"]);
  });

  it("gives due items most overdue first, and only those of the bank", () => {
    expect(pickItems(candidates, marks, { ...opts, filter: "due" })).toEqual(["b1", "a1"]);
  });

  it("keeps to the chosen domains and the count", () => {
    const ids = pickItems(candidates, marks, { ...opts, filter: "all", domains: ["a"], count: 2 });
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id.startsWith("a")).toBe(true);
  });

  it("is replayable from its seed and shuffles", () => {
    const run = (seed: number) =>
      pickItems(candidates, marks, { ...opts, filter: "all", rng: seededRng(seed) });
    expect(run(7)).toEqual(run(7));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => run(s).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe("weak-domain drill", () => {
  it("names the lowest-mastery domains, the heavier first on a tie", () => {
    const domains = [
      { id: "a", mastery: 0.8, weight: 30 },
      { id: "b", mastery: 0.5, weight: 20 },
      { id: "c", mastery: 0.5, weight: 26 },
      { id: "d", mastery: 0.9, weight: 24 },
    ];
    expect(weakestDomains(domains)).toEqual(["c", "b"]);
    expect(weakestDomains(domains, 1)).toEqual(["c"]);
  });

  it("puts past mistakes first, then due, then new, within the weak domains only", () => {
    const ids = drillItems(candidates, marks, ["a", "b"], 10, seededRng(1));
    expect(ids.slice(0, 2).sort()).toEqual(["a2", "b1"]);
    expect(ids[2]).toBe("a1");
    expect(ids.slice(3).sort()).toEqual(["a3", "b2"]);
    expect(ids).not.toContain("c1");
    expect(drillItems(candidates, marks, ["a", "b"], 3, seededRng(1))).toHaveLength(3);
  });
});

describe("mistakes notebook", () => {
  it("lists every item ever answered wrong, newest mistake first, and says if fixed since", () => {
    const log = [
      { itemId: "x", exam: "E", reviewedAt: 1, outcome: "wrong" as const },
      { itemId: "y", exam: "E", reviewedAt: 2, outcome: "right" as const },
      { itemId: "z", exam: "F", reviewedAt: 3, outcome: "wrong" as const },
      { itemId: "x", exam: "E", reviewedAt: 4, outcome: "wrong" as const },
      { itemId: "z", exam: "F", reviewedAt: 5, outcome: "unsure" as const },
    ];
    expect(mistakes(log)).toEqual([
      { itemId: "x", exam: "E", wrong: 2, lastWrongAt: 4, fixed: false },
      { itemId: "z", exam: "F", wrong: 1, lastWrongAt: 3, fixed: true },
    ]);
  });
});
