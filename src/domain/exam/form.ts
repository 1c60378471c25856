/**
 * Form assembly: which items a practice exam shows, in which order, and which of them are
 * unscored — like the real exam, where a form holds scored items apportioned by the exam
 * guide's domain weights plus unscored items that do not count.
 */
import type { Question } from "../bank/schema.ts";
import type { Rng } from "../random.ts";
import { shuffle } from "../random.ts";
import { presentationOrder } from "./order.ts";
import { domainQuota } from "./quota.ts";

export interface FormSpec {
  scored: number;
  unscored: number;
  domains: readonly { id: string; weight: number }[];
}

export interface FormItem {
  id: string;
  /**
   * Presentation order: option ids (single/multiple), step ids (ordering, shuffled so it
   * is not already the right order when possible), response ids (matching).
   */
  order: string[];
}

export interface AssembledForm {
  /** Presentation order, scored and unscored mixed. */
  items: FormItem[];
  /** Which item ids do not count, in presentation order. */
  unscoredIds: string[];
  scored: number;
  unscored: number;
  /** True when the bank was smaller than the form and a shorter form with the same proportions was built. */
  shortened: boolean;
  /** Domains that had fewer items than their quota; the gap was filled from other domains. */
  shortfalls: { domain: string; wanted: number; available: number }[];
}

/**
 * The size of a form drawn from `available` items. A bank with at least
 * `scored + unscored` items gives the full form. A smaller bank gives a form of all
 * `available` items with the same scored:unscored proportion:
 * `unscored = round(available × unscored / (scored + unscored))` (none when fewer than 2
 * items), `scored = available − unscored`. Example: 13 items for a 50 + 15 form → 10 + 3.
 */
export function planForm(
  spec: FormSpec,
  available: number,
): { scored: number; unscored: number; shortened: boolean } {
  const full = spec.scored + spec.unscored;
  if (available >= full) return { scored: spec.scored, unscored: spec.unscored, shortened: false };
  const n = Math.max(0, Math.floor(available));
  const unscored = n < 2 ? 0 : Math.round((n * spec.unscored) / full);
  return { scored: n - unscored, unscored, shortened: true };
}

/**
 * What drawing a form needs to know of an item: its id, domain and case. Storage keeps
 * these apart from the item bodies (an index per bank), so a form is drawn without
 * reading the bank and only its chosen items are read.
 */
export interface FormEntry {
  id: string;
  domain: string;
  caseId?: string | undefined;
}

/** A drawn form before its items' options are ordered: ids in presentation order. */
export interface FormSelection extends Omit<AssembledForm, "items"> {
  ids: string[];
}

/** What is drawn as one: a lone item, or every item of a case study in bank order. */
interface Unit {
  items: readonly FormEntry[];
}

/** Items taken from one unit, and which of them count. */
interface Pick {
  items: readonly FormEntry[];
  scored: ReadonlySet<string>;
}

interface Draft {
  taken: Set<Unit>;
  picks: Pick[];
  scoredLeft: number;
  unscoredLeft: number;
}

/**
 * Assembles a form from `bank` (only items of the spec's domains are used; an id that
 * appears twice is used once).
 *
 * 1. Size: `planForm(spec, usable items)`.
 * 2. Scored items, domain by domain in catalog order, `domainQuota(scored, domains)` each.
 * 3. A domain short of items is reported in `shortfalls` (`available` = how many of its
 *    items the form could take) and the gap is filled from any other domain's remaining
 *    items, in the same preference order — simply at random, not weighted by domain weight,
 *    so the fill follows what the bank holds.
 * 4. Unscored items from whatever is left, any domain.
 * 5. Everything is shuffled together; each item gets its `presentationOrder`.
 *
 * Preference, at every step: items the learner has not seen (`seen`) first, then at random
 * (`rng`). A case study (items sharing a `caseId`; case ids are taken as unique across the
 * whole `bank` array) is drawn as one block, kept contiguous and in bank order; it is only
 * taken whole when it fits what is still needed, its items counting or not one by one (a
 * block may mix). Only when nothing else can make the counts exact is a case block cut
 * short, keeping its first items. Its rank is the share of its items already seen.
 * Deterministic for a given `rng` sequence.
 */
export function assembleForm(
  spec: FormSpec,
  bank: readonly Question[],
  options: { rng: Rng; seen?: ReadonlySet<string> },
): AssembledForm {
  const { ids, ...form } = selectForm(spec, bank, options);
  const byId = new Map(bank.map((q) => [q.id, q]));
  return { ...form, items: orderItems(ids, byId, options.rng) };
}

/**
 * Step 5's second half, kept apart so storage can read only the chosen items: each item's
 * `presentationOrder`, in form order, drawing from `rng` where `selectForm` left it.
 */
export function orderItems(
  ids: readonly string[],
  items: ReadonlyMap<string, Question>,
  rng: Rng,
): FormItem[] {
  return ids.map((id) => {
    const q = items.get(id);
    if (q === undefined) throw new Error(`form item ${id} is not in the bank`);
    return { id, order: presentationOrder(q, rng) };
  });
}

/**
 * Steps 1 to 5 of `assembleForm` over entries alone: which items, in which order, which of
 * them count. `orderItems` with the same `rng` afterwards gives exactly `assembleForm`.
 */
export function selectForm(
  spec: FormSpec,
  bank: readonly FormEntry[],
  options: { rng: Rng; seen?: ReadonlySet<string> },
): FormSelection {
  const { rng } = options;
  const seen = options.seen ?? new Set<string>();
  const pool = usableItems(spec, bank);
  const plan = planForm(spec, pool.length);
  const ranked = rankUnits(toUnits(pool), seen, rng);
  const draft: Draft = {
    taken: new Set(),
    picks: [],
    scoredLeft: plan.scored,
    unscoredLeft: plan.unscored,
  };

  const shortfalls = drawByDomain(draft, ranked, spec.domains, plan.scored);
  fillScored(draft, ranked);
  fillUnscored(draft, ranked);
  cutToFit(draft, ranked);

  const ids: string[] = [];
  const unscoredIds: string[] = [];
  for (const pick of shuffle(draft.picks, rng)) {
    for (const q of pick.items) {
      ids.push(q.id);
      if (!pick.scored.has(q.id)) unscoredIds.push(q.id);
    }
  }
  return { ids, unscoredIds, ...plan, shortfalls };
}

function usableItems(spec: FormSpec, bank: readonly FormEntry[]): FormEntry[] {
  const domains = new Set(spec.domains.map((d) => d.id));
  const ids = new Set<string>();
  const pool: FormEntry[] = [];
  for (const q of bank) {
    if (!domains.has(q.domain) || ids.has(q.id)) continue;
    ids.add(q.id);
    pool.push(q);
  }
  return pool;
}

function toUnits(pool: readonly FormEntry[]): Unit[] {
  const units: Unit[] = [];
  const cases = new Map<string, FormEntry[]>();
  for (const q of pool) {
    if (q.caseId === undefined) {
      units.push({ items: [q] });
      continue;
    }
    let block = cases.get(q.caseId);
    if (block === undefined) {
      block = [];
      cases.set(q.caseId, block);
      units.push({ items: block });
    }
    block.push(q);
  }
  return units;
}

/** Unseen first (by share of items seen), random within the same share. */
function rankUnits(units: readonly Unit[], seen: ReadonlySet<string>, rng: Rng): Unit[] {
  // A stable sort by share in linear time: most units are lone items, share 0 or 1, and a
  // comparison sort (or a flatMap) of ten thousand of them costs milliseconds on a phone.
  const unseen: Unit[] = [];
  const seenAll: Unit[] = [];
  const partly: { unit: Unit; share: number }[] = [];
  for (const unit of shuffle(units, rng)) {
    let n = 0;
    for (const q of unit.items) if (seen.has(q.id)) n++;
    if (n === 0) unseen.push(unit);
    else if (n === unit.items.length) seenAll.push(unit);
    else partly.push({ unit, share: n / unit.items.length });
  }
  partly.sort((a, b) => a.share - b.share); // stable: keeps the random order within a share
  for (const p of partly) unseen.push(p.unit);
  for (const unit of seenAll) unseen.push(unit);
  return unseen;
}

function take(draft: Draft, unit: Unit, items: readonly FormEntry[], scored: Set<string>) {
  draft.taken.add(unit);
  draft.picks.push({ items, scored });
  draft.scoredLeft -= scored.size;
  draft.unscoredLeft -= items.length - scored.size;
}

/** Step 2: fills each domain's quota; returns the domains left short. */
function drawByDomain(
  draft: Draft,
  ranked: readonly Unit[],
  domains: FormSpec["domains"],
  scored: number,
): AssembledForm["shortfalls"] {
  const quota = domainQuota(scored, domains);
  const need = new Map(quota);
  for (const d of domains) {
    for (const unit of ranked) {
      if ((need.get(d.id) ?? 0) <= 0) break;
      if (draft.taken.has(unit) || !unit.items.some((q) => q.domain === d.id)) continue;
      // A case's items count where their own domain still needs items; the rest are unscored.
      const after = new Map(need);
      const counted = new Set<string>();
      for (const q of unit.items) {
        const n = after.get(q.domain) ?? 0;
        if (n > 0) {
          counted.add(q.id);
          after.set(q.domain, n - 1);
        }
      }
      if (unit.items.length - counted.size > draft.unscoredLeft) continue;
      for (const [id, n] of after) need.set(id, n);
      take(draft, unit, unit.items, counted);
    }
  }
  return domains
    .filter((d) => (need.get(d.id) ?? 0) > 0)
    .map((d) => {
      const wanted = quota.get(d.id) ?? 0;
      return { domain: d.id, wanted, available: wanted - (need.get(d.id) ?? 0) };
    });
}

/**
 * Step 3, gap fill: whole units from any domain while scored items are still wanted; the
 * first items of a unit count, any beyond the scored items wanted are unscored.
 */
function fillScored(draft: Draft, ranked: readonly Unit[]) {
  for (const unit of ranked) {
    if (draft.scoredLeft <= 0) return;
    if (draft.taken.has(unit) || unit.items.length > draft.scoredLeft + draft.unscoredLeft)
      continue;
    take(draft, unit, unit.items, firstIds(unit.items, draft.scoredLeft));
  }
}

/** Step 4: whole units from any domain, all unscored, while unscored items are wanted. */
function fillUnscored(draft: Draft, ranked: readonly Unit[]) {
  for (const unit of ranked) {
    if (draft.unscoredLeft <= 0) return;
    if (draft.taken.has(unit) || unit.items.length > draft.unscoredLeft) continue;
    take(draft, unit, unit.items, new Set());
  }
}

/** Last resort: only case blocks too big for what is left remain; take their first items. */
function cutToFit(draft: Draft, ranked: readonly Unit[]) {
  for (const unit of ranked) {
    const room = draft.scoredLeft + draft.unscoredLeft;
    if (room <= 0) return;
    if (draft.taken.has(unit)) continue;
    const items = unit.items.slice(0, room);
    take(draft, unit, items, firstIds(items, draft.scoredLeft));
  }
}

function firstIds(items: readonly FormEntry[], n: number): Set<string> {
  return new Set(items.slice(0, Math.max(0, n)).map((q) => q.id));
}
