import {
  NEAR_DUPLICATE_THRESHOLD,
  normalise,
  rareShingleIndex,
  shingles,
} from "../bank/near-duplicates.ts";
import type { Question } from "../bank/schema.ts";
import type { LocalizedText } from "../text.ts";
import { problem } from "./item.ts";
import type {
  BankMeta,
  ExistingItem,
  ImportedItem,
  ImportFormat,
  ImportOptions,
  ImportProblem,
  ImportResult,
} from "./types.ts";

/**
 * The last step of every importer: drop items that repeat one earlier in the file or
 * nearly repeat one already stored, give colliding content ids a suffix, sort the
 * problems by line and report the parse as done.
 */

/** Stems longer than this are compared on their start only (a hostile file may hold a 1 MB stem). */
const STEM_COMPARE_LIMIT = 4000;
/** Stored stems measured in full per imported stem: those sharing the most rare shingles. */
const CANDIDATES = 8;

const any = (t: LocalizedText): string => t.en ?? t.ja ?? "";

function contentKey(q: Question): string {
  const parts =
    q.type === "single" || q.type === "multiple"
      ? q.options.map((o) => any(o.text))
      : q.type === "ordering"
        ? q.items.map((s) => any(s.text))
        : [...q.prompts, ...q.responses].map((p) => any(p.text));
  return [any(q.stem), ...parts.sort()].map(normalise).join("\u0002");
}

type Match = { item: ExistingItem; similarity: number };

/**
 * Finds the stored item a stem nearly repeats, by the bank check's measure (Jaccard
 * similarity of 5-character shingles, NEAR_DUPLICATE_THRESHOLD). Stored stems are
 * indexed once by their rarer shingles, so each imported stem meets only a few candidates;
 * a stem with only common shingles is found when it repeats a stored one exactly.
 */
export function existingMatcher(
  existing: readonly ExistingItem[],
): (stem: string) => Match | undefined {
  if (existing.length === 0) return () => undefined;
  const exact = new Map<string, ExistingItem>();
  const sets = existing.map((e) => {
    const stem = e.stem.slice(0, STEM_COMPARE_LIMIT);
    exact.set(normalise(stem), e);
    return shingles(stem);
  });
  // As the bank check counts a shingle rare, but never above 50 stems, so a store of
  // many thousand items still gives each imported stem short lists to walk.
  const index = rareShingleIndex(
    sets,
    Math.min(50, Math.max(2, Math.ceil(existing.length * 0.02))),
  );
  return (stem) => {
    const text = stem.slice(0, STEM_COMPARE_LIMIT);
    const same = exact.get(normalise(text));
    if (same) return { item: same, similarity: 1 };
    const a = shingles(text);
    // Stored stems ranked by how many rare shingles they share with this one; only the
    // best few are measured in full, so a large import against a large store stays fast.
    const sharedRare = new Map<number, number>();
    for (const sh of a)
      for (const j of index.get(sh) ?? []) sharedRare.set(j, (sharedRare.get(j) ?? 0) + 1);
    const candidates = [...sharedRare]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, CANDIDATES);
    let best: Match | undefined;
    for (const [j] of candidates) {
      const b = sets[j];
      const item = existing[j];
      if (!b || !item) continue;
      if (Math.min(a.size, b.size) < NEAR_DUPLICATE_THRESHOLD * Math.max(a.size, b.size)) continue;
      let shared = 0;
      for (const x of a) if (b.has(x)) shared++;
      const similarity = shared / (a.size + b.size - shared);
      if (similarity >= NEAR_DUPLICATE_THRESHOLD && similarity > (best?.similarity ?? 0))
        best = { item, similarity };
    }
    return best;
  };
}

export function finalize(
  format: ImportFormat,
  parsed: { items: ImportedItem[]; problems: ImportProblem[]; found: number; bank?: BankMeta },
  options: ImportOptions,
): ImportResult {
  const problems = [...parsed.problems];
  const items: ImportedItem[] = [];
  const firstLine = new Map<string, number>();
  const ids = new Set<string>();
  const match = existingMatcher(options.existing ?? []);
  for (const entry of parsed.items) {
    const stem = any(entry.item.stem);
    const key = contentKey(entry.item);
    const first = firstLine.get(key);
    if (first !== undefined) {
      problems.push(
        problem(
          entry.line,
          "duplicate-in-file",
          `duplicate of the question at line ${first}`,
          stem,
        ),
      );
      continue;
    }
    firstLine.set(key, entry.line);
    const found = match(stem);
    if (found) {
      problems.push(
        problem(
          entry.line,
          "duplicate-existing",
          `duplicate of existing item "${found.item.id}" (similarity ${found.similarity.toFixed(2)})`,
          stem,
        ),
      );
      continue;
    }
    // Two different questions whose content hashes collide keep distinct ids.
    let id = entry.item.id;
    for (let n = 2; ids.has(id); n++) id = `${entry.item.id}-${n}`;
    ids.add(id);
    items.push(id === entry.item.id ? entry : { ...entry, item: { ...entry.item, id } });
  }
  problems.sort((a, b) => a.line - b.line);
  options.onProgress?.(1);
  const result: ImportResult = { format, items, problems, found: parsed.found };
  if (parsed.bank) result.bank = parsed.bank;
  return result;
}
