// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Question } from "../bank/schema.ts";
import { seededRng } from "../random.ts";
import type { AssembledForm, FormSpec } from "./form.ts";
import { assembleForm, planForm } from "./form.ts";
import { domainQuota } from "./quota.ts";

const SAA: FormSpec = {
  scored: 50,
  unscored: 15,
  domains: [
    { id: "secure", weight: 30 },
    { id: "resilient", weight: 26 },
    { id: "performant", weight: 24 },
    { id: "cost", weight: 20 },
  ],
};

const text = (en: string) => ({ en });
const TYPES = ["single", "multiple", "ordering", "matching"] as const;

/** One item of the given type; `n` picks the type when none is given. */
function item(id: string, domain: string, n: number, extra: Partial<Question> = {}): Question {
  const base = { id, domain, stem: text(id), explanation: text("why"), references: [] };
  const type = TYPES[n % TYPES.length];
  const labelled = (ids: string[]) => ids.map((x) => ({ id: x, text: text(x) }));
  let q: Question;
  if (type === "single")
    q = { ...base, type, options: labelled(["a", "b", "c", "d"]), answer: ["b"] };
  else if (type === "multiple")
    q = { ...base, type, options: labelled(["a", "b", "c", "d", "e"]), answer: ["a", "c"] };
  else if (type === "ordering")
    q = { ...base, type, items: labelled(["s1", "s2", "s3"]), answer: ["s1", "s2", "s3"] };
  else
    q = {
      ...base,
      type: "matching",
      prompts: labelled(["p1", "p2", "p3"]),
      responses: labelled(["r1", "r2", "r3"]),
      answer: { p1: "r1", p2: "r2", p3: "r3" },
    };
  return { ...q, ...extra } as Question;
}

/** `counts[domain]` lone items per domain, ids like "secure-7". */
function bankOf(counts: Record<string, number>): Question[] {
  return Object.entries(counts).flatMap(([d, n]) =>
    Array.from({ length: n }, (_, i) => item(`${d}-${i}`, d, i)),
  );
}

const ids = (f: AssembledForm) => f.items.map((i) => i.id);
const byId = (bank: readonly Question[]) => new Map(bank.map((q) => [q.id, q]));
function scoredPerDomain(f: AssembledForm, bank: readonly Question[]) {
  const qs = byId(bank);
  const unscored = new Set(f.unscoredIds);
  const out = new Map<string, number>();
  for (const id of ids(f)) {
    if (unscored.has(id)) continue;
    const d = qs.get(id)?.domain ?? "?";
    out.set(d, (out.get(d) ?? 0) + 1);
  }
  return out;
}
function expectWellFormed(f: AssembledForm, scored: number, unscored: number) {
  expect(f.items).toHaveLength(scored + unscored);
  expect(new Set(ids(f)).size).toBe(f.items.length);
  expect(f.unscoredIds).toHaveLength(unscored);
  expect(new Set(f.unscoredIds).size).toBe(unscored);
  for (const id of f.unscoredIds) expect(ids(f)).toContain(id);
}

const big = bankOf({ secure: 30, resilient: 30, performant: 30, cost: 30 });

describe("planForm", () => {
  it("keeps the full form when the bank is big enough", () => {
    expect(planForm(SAA, 65)).toEqual({ scored: 50, unscored: 15, shortened: false });
    expect(planForm(SAA, 500)).toEqual({ scored: 50, unscored: 15, shortened: false });
  });

  it("shortens with the same proportions", () => {
    expect(planForm(SAA, 13)).toEqual({ scored: 10, unscored: 3, shortened: true });
    expect(planForm({ ...SAA, scored: 65, unscored: 10 }, 30)).toEqual({
      scored: 26, // unscored = round(30 × 10/75) = round(4) = 4
      unscored: 4,
      shortened: true,
    });
  });

  it("has no unscored item below two items", () => {
    expect(planForm(SAA, 1)).toEqual({ scored: 1, unscored: 0, shortened: true });
    expect(planForm(SAA, 0)).toEqual({ scored: 0, unscored: 0, shortened: true });
  });
});

describe("assembleForm", () => {
  it("holds exactly scored + unscored items, none twice", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const f = assembleForm(SAA, big, { rng: seededRng(seed) });
      expectWellFormed(f, 50, 15);
      expect(f).toMatchObject({ scored: 50, unscored: 15, shortened: false, shortfalls: [] });
    }
  });

  it("gives each domain its quota of scored items", () => {
    const quota = domainQuota(50, SAA.domains);
    for (let seed = 1; seed <= 10; seed++) {
      const f = assembleForm(SAA, big, { rng: seededRng(seed) });
      expect(scoredPerDomain(f, big)).toEqual(quota);
    }
  });

  it("uses only items of the spec's domains, and a repeated id once", () => {
    const bank = [...bankOf({ secure: 40, other: 40 }), ...bankOf({ secure: 40 })];
    const spec: FormSpec = { scored: 8, unscored: 2, domains: [{ id: "secure", weight: 100 }] };
    const f = assembleForm(spec, bank, { rng: seededRng(3) });
    expectWellFormed(f, 8, 2);
    for (const id of ids(f)) expect(id).toMatch(/^secure-/);
  });

  it("prefers items the learner has not seen", () => {
    const k = domainQuota(65, SAA.domains);
    const bank = bankOf(Object.fromEntries([...k].map(([d, n]) => [d, 2 * n])));
    // Even-numbered items seen: exactly 65 unseen, spread like the quota of 65.
    const seen = new Set(bank.filter((q) => Number(q.id.split("-")[1]) % 2 === 0).map((q) => q.id));
    for (let seed = 1; seed <= 10; seed++) {
      const f = assembleForm(SAA, bank, { rng: seededRng(seed), seen });
      expectWellFormed(f, 50, 15);
      for (const id of ids(f)) expect(seen.has(id)).toBe(false);
    }
  });

  it("fills a domain's shortfall from the other domains and reports it", () => {
    const bank = bankOf({ secure: 40, resilient: 40, performant: 40, cost: 3 });
    const f = assembleForm(SAA, bank, { rng: seededRng(5) });
    expectWellFormed(f, 50, 15);
    expect(f.shortfalls).toEqual([{ domain: "cost", wanted: 10, available: 3 }]);
    const perDomain = scoredPerDomain(f, bank);
    expect(perDomain.get("cost")).toBe(3);
    expect(perDomain.get("secure")).toBeGreaterThanOrEqual(15);
    expect(perDomain.get("resilient")).toBeGreaterThanOrEqual(13);
    expect(perDomain.get("performant")).toBeGreaterThanOrEqual(12);
  });

  it("builds a shorter form with the same proportions from a small bank", () => {
    const bank = bankOf({ secure: 4, resilient: 3, performant: 3, cost: 3 });
    const f = assembleForm(SAA, bank, { rng: seededRng(1) });
    expectWellFormed(f, 10, 3);
    expect(f).toMatchObject({ scored: 10, unscored: 3, shortened: true });
    expect(new Set(ids(f))).toEqual(new Set(bank.map((q) => q.id)));
  });

  it("gives an empty form for an empty bank", () => {
    const f = assembleForm(SAA, [], { rng: seededRng(1) });
    expect(f).toMatchObject({
      items: [],
      unscoredIds: [],
      scored: 0,
      unscored: 0,
      shortened: true,
    });
  });

  describe("case studies", () => {
    // Case items interleaved with lone items in the bank; one case spans two domains.
    const cased = (() => {
      const bank = bankOf({ secure: 20, resilient: 20, performant: 20, cost: 20 });
      const cases: [string, string[]][] = [
        ["c1", ["secure", "secure", "secure"]],
        ["c2", ["resilient", "resilient"]],
        ["c3", ["performant", "cost", "performant", "cost"]],
        ["c4", ["cost", "cost", "cost"]],
      ];
      cases.forEach(([caseId, domains], c) => {
        domains.forEach((d, i) => {
          bank.splice(7 * i + c * 3, 0, item(`${caseId}-q${i}`, d, i + c, { caseId }));
        });
      });
      return bank;
    })();
    const bankIndex = new Map(cased.map((q, i) => [q.id, i]));

    function expectBlocks(f: AssembledForm, bank: readonly Question[]) {
      const qs = byId(bank);
      const positions = new Map<string, number[]>();
      ids(f).forEach((id, pos) => {
        const c = qs.get(id)?.caseId;
        if (c !== undefined) positions.set(c, [...(positions.get(c) ?? []), pos]);
      });
      for (const pos of positions.values()) {
        const first = pos[0] ?? 0;
        expect(pos).toEqual(pos.map((_, i) => first + i)); // contiguous
        const order = pos.map((p) => bankIndex.get(ids(f)[p] ?? "") ?? -1);
        expect(order).toEqual([...order].sort((a, b) => a - b)); // in bank order
      }
      return positions;
    }

    it("keeps a case's items together, in bank order, with exact counts", () => {
      let casesSeen = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const f = assembleForm(SAA, cased, { rng: seededRng(seed) });
        expectWellFormed(f, 50, 15);
        const blocks = expectBlocks(f, cased);
        for (const [c, pos] of blocks) {
          casesSeen += 1;
          expect(pos).toHaveLength(cased.filter((q) => q.caseId === c).length);
        }
      }
      expect(casesSeen).toBeGreaterThan(0);
    });

    it("still fills the quota of each domain", () => {
      const quota = domainQuota(50, SAA.domains);
      for (let seed = 1; seed <= 20; seed++) {
        const f = assembleForm(SAA, cased, { rng: seededRng(seed) });
        expect(scoredPerDomain(f, cased)).toEqual(quota);
      }
    });

    it("makes exact counts even when only case blocks are left", () => {
      const bank = ["a", "b", "c", "d"].flatMap((c) =>
        [0, 1, 2].map((i) => item(`${c}-${i}`, "secure", i, { caseId: c })),
      );
      const spec: FormSpec = { scored: 5, unscored: 2, domains: [{ id: "secure", weight: 100 }] };
      for (let seed = 1; seed <= 20; seed++) {
        const f = assembleForm(spec, bank, { rng: seededRng(seed) });
        expectWellFormed(f, 5, 2);
        const qs = byId(bank);
        const runs = ids(f).map((id) => qs.get(id)?.caseId);
        // Each case appears as one run.
        const starts = runs.filter((c, i) => c !== runs[i - 1]);
        expect(new Set(starts).size).toBe(starts.length);
      }
    });
  });

  it("always gives exact counts on random banks with cases across domains", () => {
    const rng = seededRng(2024);
    const domains = SAA.domains.map((d) => d.id);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    for (let trial = 0; trial < 200; trial++) {
      const bank: Question[] = [];
      const size = Math.floor(rng() * 90);
      for (let i = 0; i < size; i++) {
        const caseId = rng() < 0.4 ? `c${Math.floor(rng() * 8)}` : undefined;
        bank.push(item(`t${i}`, pick([...domains, "other"]), i, caseId ? { caseId } : {}));
      }
      const seen = new Set(bank.filter(() => rng() < 0.3).map((q) => q.id));
      const usable = bank.filter((q) => domains.includes(q.domain)).length;
      const plan = planForm(SAA, usable);
      const f = assembleForm(SAA, bank, { rng: seededRng(trial), seen });
      expectWellFormed(f, plan.scored, plan.unscored);
      const qs = byId(bank);
      const runs = ids(f).map((id) => qs.get(id)?.caseId ?? id);
      const starts = runs.filter((c, i) => c !== runs[i - 1]);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it("is the same form for the same seed and another for another seed", () => {
    const a = assembleForm(SAA, big, { rng: seededRng(11) });
    expect(assembleForm(SAA, big, { rng: seededRng(11) })).toEqual(a);
    const b = assembleForm(SAA, big, { rng: seededRng(12) });
    expect(ids(b)).not.toEqual(ids(a));
  });

  it("shows options, steps and responses in a shuffled order", () => {
    const qs = byId(big);
    let moved = 0;
    for (let seed = 1; seed <= 10; seed++) {
      for (const { id, order } of assembleForm(SAA, big, { rng: seededRng(seed) }).items) {
        const q = qs.get(id);
        if (q === undefined) throw new Error(id);
        const parts =
          q.type === "ordering" ? q.items : q.type === "matching" ? q.responses : q.options;
        const key = parts.map((p) => p.id);
        expect([...order].sort()).toEqual([...key].sort());
        if (order.join() !== key.join()) moved += 1;
        if (q.type === "ordering") expect(order).not.toEqual(q.answer);
      }
    }
    expect(moved).toBeGreaterThan(500);
  });
});
