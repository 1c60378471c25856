/**
 * Seeded randomness for the domain. Nothing in domain/ calls Math.random(): a caller
 * passes an `Rng`, so a form, a shuffle or a test can be replayed from its seed.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator, public domain): small, fast and good
 * enough for shuffling exam items; not for cryptography. The seed is taken as an unsigned
 * 32-bit integer (`seed >>> 0`), so 1 and 2**32 + 1 give the same sequence.
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates (Durstenfeld) shuffle: for i from the end down to 1, swap item i with
 * item j = floor(rng() * (i + 1)). Returns a new array; `items` is left as it is.
 * Uses exactly `items.length - 1` draws (none for 0 or 1 items).
 */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    // min() guards an Rng that (wrongly) returns 1.
    const j = Math.min(i, Math.floor(rng() * (i + 1)));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * FNV-1a, 32 bits, over UTF-16 code units: a seed from a string (a session and item id),
 * so the same pair always gives the same shuffle. Not a cryptographic hash.
 * http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
