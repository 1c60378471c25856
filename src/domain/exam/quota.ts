/**
 * How many scored items of a form each exam domain gets, from the domain weights of the
 * exam guide (catalog.json).
 */

/** Weights are percentages with at most a decimal or two; this absorbs float error. */
const EPS = 1e-9;

/**
 * Largest-remainder (Hamilton) apportionment of `total` items by weight.
 *
 * Each domain's exact share is `total × weight / Σweight`; it first gets the floor of that,
 * then the items still missing go one each to the largest fractional remainders. Equal
 * remainders go to the larger weight, then to the earlier domain in catalog order. The
 * counts always add up to exactly `total` (a map with every domain, in catalog order).
 * Example: SAA-C03 (30/26/24/20) with 50 → 15/13/12/10.
 *
 * @throws RangeError when `total` is not a non-negative integer, or items must be shared
 *   among no domains or weights that add up to nothing.
 */
export function domainQuota(
  total: number,
  domains: readonly { id: string; weight: number }[],
): Map<string, number> {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`a form has a whole number of items, not ${total}`);
  }
  const quota = new Map<string, number>(domains.map((d) => [d.id, 0]));
  if (total === 0) return quota;
  const sum = domains.reduce((s, d) => s + Math.max(0, d.weight), 0);
  if (sum <= 0) throw new RangeError(`cannot share ${total} items among domains without weight`);

  const rows = domains.map((d, index) => {
    const exact = (total * Math.max(0, d.weight)) / sum;
    const floor = Math.floor(exact + EPS);
    return { id: d.id, weight: d.weight, index, floor, remainder: exact - floor };
  });
  let missing = total - rows.reduce((s, r) => s + r.floor, 0);
  const byRemainder = [...rows].sort((a, b) => {
    if (Math.abs(a.remainder - b.remainder) > EPS) return b.remainder - a.remainder;
    if (a.weight !== b.weight) return b.weight - a.weight;
    return a.index - b.index;
  });
  for (const r of byRemainder) {
    if (missing <= 0) break;
    r.floor += 1;
    missing -= 1;
  }
  for (const r of rows) quota.set(r.id, r.floor);
  return quota;
}
