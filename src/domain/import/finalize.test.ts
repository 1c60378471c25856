// @vitest-environment node
import { describe, expect, it } from "vitest";
import { existingMatcher, finalize } from "./finalize.ts";
import { type DraftItem, finishItem } from "./item.ts";
import type { ImportedItem } from "./types.ts";

const imported = (
  line: number,
  stem: string,
  options = ["Amazon S3", "Amazon EBS"],
): ImportedItem => {
  const d: DraftItem = {
    line,
    endLine: line,
    stem,
    options: options.map((text) => ({ text })),
    keyIndexes: [0],
  };
  const r = finishItem(d, {});
  if (!r.ok) throw new Error(r.problem.message);
  return r.item;
};

describe("finalize", () => {
  it("skips a question repeated in the file, pointing at the first", () => {
    const r = finalize(
      "aiken",
      {
        items: [
          imported(1, "Which service stores objects?"),
          imported(9, "which service  stores objects ?"),
        ],
        problems: [],
        found: 2,
      },
      {},
    );
    expect(r.items.map((i) => i.line)).toEqual([1]);
    expect(r.problems).toEqual([
      {
        line: 9,
        code: "duplicate-in-file",
        message: "duplicate of the question at line 1",
        excerpt: "which service stores objects ?",
      },
    ]);
  });

  it("keeps a question whose stem repeats but whose options differ", () => {
    const r = finalize(
      "aiken",
      {
        items: [
          imported(1, "Which service fits?", ["Amazon S3", "Amazon EBS"]),
          imported(5, "Which service fits?", ["AWS Lambda", "Amazon EC2"]),
        ],
        problems: [],
        found: 2,
      },
      {},
    );
    expect(r.items).toHaveLength(2);
  });

  it("skips a question that nearly repeats an item already stored", () => {
    const existing = [
      {
        id: "saa-c03-0042",
        stem: "A company stores millions of images and needs eleven nines of durability. Which service should it use?",
      },
      { id: "saa-c03-0043", stem: "Which database engine supports multi-Region writes?" },
    ];
    const r = finalize(
      "aiken",
      {
        items: [
          imported(
            3,
            "A company stores millions of images and needs eleven nines of durability. Which service should the company use?",
          ),
          imported(8, "Which service sends email to customers?"),
        ],
        problems: [],
        found: 2,
      },
      { existing },
    );
    expect(r.items.map((i) => i.line)).toEqual([8]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 3, code: "duplicate-existing" });
    expect(r.problems[0]?.message).toMatch(
      /^duplicate of existing item "saa-c03-0042" \(similarity 0\.\d\d\)$/,
    );
  });

  it("finds an exact repeat even when every shingle of it is common", () => {
    const existing = Array.from({ length: 200 }, (_, i) => ({
      id: `x-${i}`,
      stem: "Which service?",
    }));
    expect(existingMatcher(existing)("which service")?.item.id).toBe("x-199");
  });

  it("gives colliding content ids a suffix and sorts problems by line", () => {
    const a = imported(1, "First question?");
    const b = imported(4, "Second question?");
    const clash = { ...b, item: { ...b.item, id: a.item.id } };
    const r = finalize(
      "gift",
      {
        items: [a, clash],
        problems: [
          { line: 9, code: "malformed-line", message: "late" },
          { line: 2, code: "malformed-line", message: "early" },
        ],
        found: 3,
      },
      {},
    );
    expect(r.items.map((i) => i.item.id)).toEqual([a.item.id, `${a.item.id}-2`]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 9]);
  });

  it("reports the parse as done", () => {
    const seen: number[] = [];
    finalize("csv", { items: [], problems: [], found: 0 }, { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([1]);
  });
});
