// @vitest-environment node
import { describe, expect, it } from "vitest";
import { hashString, seededRng, shuffle } from "./random.ts";

describe("seededRng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const c = seededRng(43);
    const xs = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c())).not.toEqual(xs);
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const rng = seededRng(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    }
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});

describe("shuffle", () => {
  it("returns a new array holding the same items, leaving the input alone", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(items, seededRng(1));
    expect(out).not.toBe(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((x, y) => x - y)).toEqual(items);
  });

  it("is deterministic for a seed", () => {
    const items = "abcdefghij".split("");
    expect(shuffle(items, seededRng(9))).toEqual(shuffle(items, seededRng(9)));
    expect(shuffle(items, seededRng(9))).not.toEqual(shuffle(items, seededRng(10)));
  });

  it("handles empty and one-item lists", () => {
    expect(shuffle([], seededRng(1))).toEqual([]);
    expect(shuffle(["x"], seededRng(1))).toEqual(["x"]);
  });

  it("reaches every permutation of three items about equally", () => {
    const rng = seededRng(123);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffle(["a", "b", "c"], rng).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(850);
  });

  it("survives an rng that returns 1", () => {
    expect(shuffle([1, 2, 3], () => 1).sort()).toEqual([1, 2, 3]);
  });
});

describe("hashString", () => {
  it("gives the FNV-1a reference values and differs between near strings", () => {
    // Reference values of 32-bit FNV-1a.
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
    expect(hashString("s1:q1")).not.toBe(hashString("s1:q2"));
  });
});
