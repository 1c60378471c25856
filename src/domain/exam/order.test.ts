// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Question } from "../bank/schema.ts";
import { seededRng } from "../random.ts";
import { presentationOrder } from "./order.ts";

const text = (en: string) => ({ en });
const labelled = (ids: string[]) => ids.map((id) => ({ id, text: text(id) }));
const base = { domain: "d", stem: text("s"), explanation: text("e"), references: [] };
const ordering = (steps: string[]): Question => ({
  ...base,
  id: "o",
  type: "ordering",
  items: labelled(steps),
  answer: steps,
});
/** An rng whose Fisher–Yates shuffle leaves every list as it is (j = i each time). */
const identity = () => 0.999999;

describe("presentationOrder", () => {
  it("shuffles option ids of a choice item", () => {
    const q: Question = {
      ...base,
      id: "c",
      type: "multiple",
      options: labelled(["a", "b", "c", "d", "e"]),
      answer: ["a", "b"],
    };
    const orders = new Set<string>();
    const rng = seededRng(2);
    for (let i = 0; i < 50; i++) {
      const order = presentationOrder(q, rng);
      expect([...order].sort()).toEqual(["a", "b", "c", "d", "e"]);
      orders.add(order.join());
    }
    expect(orders.size).toBeGreaterThan(20);
  });

  it("shuffles the responses of a matching item", () => {
    const q: Question = {
      ...base,
      id: "m",
      type: "matching",
      prompts: labelled(["p1", "p2", "p3"]),
      responses: labelled(["r1", "r2", "r3", "r4"]),
      answer: { p1: "r1", p2: "r2", p3: "r4" },
    };
    expect([...presentationOrder(q, seededRng(1))].sort()).toEqual(["r1", "r2", "r3", "r4"]);
  });

  it("never shows the steps of an ordering item already in the right order", () => {
    const q = ordering(["s1", "s2", "s3"]);
    const rng = seededRng(4);
    for (let i = 0; i < 500; i++) expect(presentationOrder(q, rng)).not.toEqual(q.answer);
    expect(presentationOrder(ordering(["x", "y"]), seededRng(1))).toEqual(["y", "x"]);
  });

  it("rotates the key when every reshuffle comes out right", () => {
    expect(presentationOrder(ordering(["s1", "s2", "s3", "s4"]), identity)).toEqual([
      "s2",
      "s3",
      "s4",
      "s1",
    ]);
  });
});
