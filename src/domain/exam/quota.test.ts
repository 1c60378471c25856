// @vitest-environment node
import { describe, expect, it } from "vitest";
import { domainQuota } from "./quota.ts";

const weights = (...ws: number[]) => ws.map((weight, i) => ({ id: `d${i + 1}`, weight }));
const counts = (m: Map<string, number>) => [...m.values()];

describe("domainQuota", () => {
  it("shares SAA-C03's 50 scored items 15/13/12/10", () => {
    expect(counts(domainQuota(50, weights(30, 26, 24, 20)))).toEqual([15, 13, 12, 10]);
  });

  it("shares CLF-C02's 50 scored items 12/15/17/6", () => {
    expect(counts(domainQuota(50, weights(24, 30, 34, 12)))).toEqual([12, 15, 17, 6]);
  });

  it("shares DOP-C02's 65 scored items by largest remainder", () => {
    // Exact shares of 65: 14.30, 11.05, 9.75, 9.75, 9.10, 11.05 → floors 14, 11, 9, 9, 9, 11
    // (63); the two missing items go to the two largest remainders (.75, .75).
    const q = domainQuota(65, weights(22, 17, 15, 15, 14, 17));
    expect(counts(q)).toEqual([14, 11, 10, 10, 9, 11]);
    expect(counts(q).reduce((a, b) => a + b, 0)).toBe(65);
  });

  it("gives every domain 0 of 0 items", () => {
    expect(counts(domainQuota(0, weights(30, 26, 24, 20)))).toEqual([0, 0, 0, 0]);
  });

  it("breaks equal remainders by larger weight, then catalog order", () => {
    // 1 item over 50/50: both remainders .5, equal weight → the first domain.
    expect(counts(domainQuota(1, weights(50, 50)))).toEqual([1, 0]);
    // 2 items over 25/50/25: exact .5/1/.5 → floors 0/1/0; one left, tie → first domain.
    expect(counts(domainQuota(2, weights(25, 50, 25)))).toEqual([1, 1, 0]);
    // 1 item over 30/20/30/20 → remainders .3/.2/.3/.2 → first 30.
    expect(counts(domainQuota(1, weights(20, 30, 20, 30)))).toEqual([0, 1, 0, 0]);
  });

  it("always adds up to the total", () => {
    for (const ws of [
      [22, 17, 15, 15, 14, 17],
      [31, 26, 20, 12, 11],
      [20, 18, 18, 16, 14, 14],
      [33.3, 33.3, 33.4],
    ]) {
      for (let total = 0; total <= 80; total++) {
        const sum = counts(domainQuota(total, weights(...ws))).reduce((a, b) => a + b, 0);
        expect(sum).toBe(total);
      }
    }
  });

  it("rejects a total that is not a whole number of items", () => {
    expect(() => domainQuota(-1, weights(50, 50))).toThrow(RangeError);
    expect(() => domainQuota(2.5, weights(50, 50))).toThrow(RangeError);
    expect(() => domainQuota(3, [])).toThrow(RangeError);
  });
});
