// @vitest-environment node
import { describe, expect, it } from "vitest";
import lettered from "../../../tests/fixtures/import/lettered.md?raw";
import aiken from "../../../tests/fixtures/import/questions.aiken.txt?raw";
import csv from "../../../tests/fixtures/import/questions.csv?raw";
import gift from "../../../tests/fixtures/import/questions.gift?raw";
import tasks from "../../../tests/fixtures/import/tasks.md?raw";
import { parseImport } from "./parse-import.ts";

describe("parseImport", () => {
  it("detects the format from the file and reads it", () => {
    const r = parseImport(gift, { fileName: "quiz.gift" });
    expect(r.format).toBe("gift");
    expect(r.items).toHaveLength(4);
  });

  it("uses the format the learner picked over detection", () => {
    expect(parseImport(aiken, { fileName: "x.md", format: "aiken" }).format).toBe("aiken");
  });

  it("says when the format cannot be told, with a line", () => {
    expect(parseImport("just a note", { fileName: "note.txt" })).toEqual({
      format: "unknown",
      items: [],
      problems: [
        {
          line: 1,
          code: "unknown-format",
          message:
            "the file's format is not recognised (Zenkan JSON, Markdown, GIFT, Aiken or CSV)",
        },
      ],
      found: 0,
    });
  });

  it("passes language, known domains and stored items through", () => {
    const r = parseImport(tasks, {
      fileName: "tasks.md",
      lang: "ja",
      existing: [{ id: "bundled-1", stem: "Which database is a key-value store?" }],
    });
    expect(r.items[0]?.item.stem.ja).toBe(
      "Which AWS service stores objects with eleven nines of durability?",
    );
    expect(r.problems).toContainEqual(
      expect.objectContaining({ line: 35, code: "duplicate-existing" }),
    );
  });

  it.each([
    ["tasks.md", tasks],
    ["lettered.md", lettered],
    ["quiz.gift", gift],
    ["aiken.txt", aiken],
    ["sheet.csv", csv],
  ])("reads %s the same with Windows (CRLF) and old Mac (CR) line ends", (fileName, text) => {
    const lf = text.replace(/\r\n/g, "\n");
    const expected = parseImport(lf, { fileName });
    for (const eol of ["\r\n", "\r"]) {
      const r = parseImport(`\uFEFF${lf.replace(/\n/g, eol)}`, { fileName });
      expect(r.items.map((i) => [i.line, i.item])).toEqual(
        expected.items.map((i) => [i.line, i.item]),
      );
      expect(r.problems).toEqual(expected.problems);
    }
  });

  it("reports progress rising to 1, about a hundred times at most, for a large file", () => {
    const big = Array.from(
      { length: 5_000 },
      (_, i) => `Question ${i}: which one?\nA. Amazon S3\nB. Amazon EBS\nANSWER: A\n`,
    ).join("\n");
    const seen: number[] = [];
    const r = parseImport(big, { fileName: "big.txt", onProgress: (f) => seen.push(f) });
    expect(r.items).toHaveLength(5_000);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(101);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });
});
