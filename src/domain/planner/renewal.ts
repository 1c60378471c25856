import type { Catalog } from "../catalog/schema.ts";

/**
 * The renewal graph: passing the exam at an edge's tail renews the certification at its
 * head (catalog `renews`), every exam renews itself, and renewal is transitive
 * (SAP → SAA → CLF: passing SAP renews all three). Certifications are named by exam family
 * (SAA), so a newer version of an exam renews a certification earned on an older one.
 */

export type Family = string;

/** Families each exam's pass renews, the transitive closure of the catalog's edges. */
export function renewsClosure(catalog: Catalog): Map<Family, Set<Family>> {
  const direct = new Map<Family, Family[]>();
  for (const e of catalog.exams)
    direct.set(
      e.family,
      e.renews.map((r) => r.exam.slice(0, 3)),
    );
  const closure = new Map<Family, Set<Family>>();
  for (const e of catalog.exams) {
    const seen = new Set<Family>([e.family]);
    const stack = [...(direct.get(e.family) ?? [])];
    while (stack.length) {
      const f = stack.pop() as Family;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(direct.get(f) ?? []));
    }
    closure.set(e.family, seen);
  }
  return closure;
}

export interface RetakePlan {
  /** Exams (families, active ones only) to pass again, fewest first, then cheapest. */
  retake: Family[];
  /** For each exam to retake, the certifications it keeps, in catalog order. */
  keeps: Map<Family, Family[]>;
  /** Held certifications no active exam renews (a retired exam's): they lapse at expiry. */
  cannotRenew: Family[];
}

/**
 * The smallest set of active exams whose passes renew every certification held: an exact
 * set cover, searched over subsets of the exams that renew something held (at most a dozen,
 * so a few thousand subsets). Ties go to the lower total fee, then to catalog order.
 */
export function retakePlan(catalog: Catalog, held: readonly Family[]): RetakePlan {
  const closure = renewsClosure(catalog);
  const active = catalog.exams.filter((e) => e.status === "active");
  const want = new Set(held);
  const renewable = new Set<Family>();
  for (const e of active)
    for (const f of closure.get(e.family) ?? []) if (want.has(f)) renewable.add(f);
  const cannotRenew = [...want].filter((f) => !renewable.has(f));
  const candidates = active.filter((e) =>
    [...(closure.get(e.family) ?? [])].some((f) => renewable.has(f)),
  );
  let best: { set: typeof candidates; fee: number } | null = null;
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    const set = candidates.filter((_, i) => mask & (1 << i));
    if (best && set.length > best.set.length) continue;
    const covered = new Set(set.flatMap((e) => [...(closure.get(e.family) ?? [])]));
    if (![...renewable].every((f) => covered.has(f))) continue;
    const fee = set.reduce((s, e) => s + e.fees.jpy, 0);
    if (!best || set.length < best.set.length || fee < best.fee) best = { set, fee };
  }
  const retake = (best?.set ?? []).map((e) => e.family);
  // In catalog order, so lists read the same way everywhere.
  const order = catalog.exams.map((e) => e.family);
  const keeps = new Map(
    retake.map((f) => [f, order.filter((g) => want.has(g) && closure.get(f)?.has(g))] as const),
  );
  return { retake, keeps, cannotRenew };
}
