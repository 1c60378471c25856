/**
 * Near-duplicate stems: two items that ask the same thing in almost the same words.
 * Each stem is normalised (lower case, punctuation and spacing folded) and cut into
 * shingles, overlapping runs of 5 characters (so English and Japanese are treated
 * alike, and a changed word costs only the runs that touch it). Two stems are near-duplicates when the Jaccard similarity of
 * their shingle sets, |A ∩ B| / |A ∪ B|, is at least the threshold. Only pairs that
 * share a shingle are compared (inverted index), so a thousand items check in moments.
 */

export interface StemRef {
  /** Where the stem is, for the message. */
  key: string;
  text: string;
}

export interface NearDuplicate {
  a: StemRef;
  b: StemRef;
  similarity: number;
}

export const NEAR_DUPLICATE_THRESHOLD = 0.7;

export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Overlapping runs of `size` characters of the normalised text (works for English and Japanese alike). */
export function shingles(text: string, size = 5): Set<string> {
  const norm = [...normalise(text)];
  const out = new Set<string>();
  if (norm.length <= size) {
    if (norm.length) out.add(norm.join(""));
    return out;
  }
  for (let i = 0; i + size <= norm.length; i++) out.add(norm.slice(i, i + size).join(""));
  return out;
}

export function findNearDuplicates(
  stems: readonly StemRef[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const sets = stems.map((s) => shingles(s.text));
  // Candidates are pairs sharing a rare shingle: near-duplicates share many of their
  // specific phrases, while runs such as "which" occur in nearly every stem and would
  // make every pair a candidate. Each candidate is then measured on its full sets.
  const index = rareShingleIndex(sets, Math.max(2, Math.ceil(stems.length * 0.02)));
  const found: NearDuplicate[] = [];
  for (let i = 0; i < sets.length; i++) {
    const a = sets[i];
    if (!a) continue;
    const candidates = new Set<number>();
    for (const sh of a) for (const j of index.get(sh) ?? []) if (j > i) candidates.add(j);
    for (const j of candidates) {
      const b = sets[j];
      if (!b) continue;
      let shared = 0;
      for (const sh of a) if (b.has(sh)) shared++;
      const similarity = shared / (a.size + b.size - shared);
      const sa = stems[i];
      const sb = stems[j];
      if (similarity >= threshold && sa && sb) found.push({ a: sa, b: sb, similarity });
    }
  }
  return found;
}

/**
 * Shingle → indexes of the sets holding it, for shingles held by at most `rare` sets:
 * the candidates for near-duplicates are the sets sharing one of these.
 */
export function rareShingleIndex(
  sets: readonly ReadonlySet<string>[],
  rare: number,
): Map<string, number[]> {
  const df = new Map<string, number>();
  for (const set of sets) for (const sh of set) df.set(sh, (df.get(sh) ?? 0) + 1);
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const sh of set) {
      if ((df.get(sh) ?? 0) > rare) continue;
      const list = index.get(sh);
      if (list) list.push(i);
      else index.set(sh, [i]);
    }
  });
  return index;
}
