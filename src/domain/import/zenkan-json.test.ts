// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import broken from "../../../tests/fixtures/import/bank-broken.json?raw";
import truncated from "../../../tests/fixtures/import/bank-truncated.json?raw";
import valid from "../../../tests/fixtures/import/bank-valid.json?raw";
import { expectSound, mutated, tokenText } from "./fuzz-support.ts";
import { UNMAPPED_DOMAIN } from "./types.ts";
import { parseZenkanJson } from "./zenkan-json.ts";

const TOKENS = [
  "{",
  "}",
  "[",
  "]",
  ":",
  ",",
  '"',
  "\\",
  '"questions"',
  '"questions": [',
  '"id": "x-1",',
  '"type": "single",',
  '"type": "multiple",',
  '"answer": ["a"]',
  '"options": [{"id": "a", "text": {"en": "S3"}}, {"id": "b", "text": {"en": "EBS"}}]',
  '"stem": {"en": "Which?"}',
  '"explanation": {"en": "Because."}',
  '"references": []',
  '"domain": "secure"',
  "1e999",
  "-0",
  "true",
  "null",
  "\\u00e9",
];

describe("parseZenkanJson on the fixtures", () => {
  it("keeps a valid bank's ids, items of every type, cases and header", () => {
    const r = parseZenkanJson(valid, { knownDomains: ["resilient", "secure"] });
    expect(r.format).toBe("zenkan-json");
    expect(r.problems).toEqual([]);
    expect(
      r.items.map((i) => [
        i.line,
        i.endLine,
        i.item.id,
        i.item.type,
        i.item.domain,
        i.sourceDomain,
      ]),
    ).toEqual([
      [13, 55, "fx-imp-001", "single", "resilient", "resilient"],
      [56, 103, "fx-imp-002", "multiple", UNMAPPED_DOMAIN, "high-performing"],
      [104, 140, "fx-imp-003", "ordering", "secure", "secure"],
    ]);
    expect(r.bank).toEqual({
      id: "fixture-import",
      exam: "SAA-C03",
      title: { en: "Import fixture", ja: "取り込みの例" },
      license: "CC-BY-4.0",
      source: "Zenkan test fixture",
    });
  });

  it("imports the good items of a broken bank and says at which line each other one breaks", () => {
    const r = parseZenkanJson(broken);
    expect(r.found).toBe(5);
    expect(r.items.map((i) => [i.line, i.item.id])).toEqual([[51, "fx-imp-002"]]);
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [1, "invalid-bank-field", '$.license: missing required field "license"'],
      [
        44,
        "key-without-option",
        '$.questions[0].answer[0]: key "e" names no option (options are a, b, c, d)',
      ],
      [80, "invalid-item", '$.questions[2].stem: missing required field "stem"'],
      [
        133,
        "key-count-mismatch",
        "$.questions[3].answer: a multiple item has at least two right answers, not 1",
      ],
      [141, "invalid-item", 'item id "fx-imp-002" is also used at line 51'],
    ]);
    expect(r.bank).toEqual({
      id: "fixture-broken",
      exam: "SAA-C03",
      title: { en: "Broken fixture" },
      source: "Zenkan test fixture",
    });
  });

  it("points at the line where a truncated file ends", () => {
    expect(parseZenkanJson(truncated).problems).toEqual([
      { line: 30, code: "malformed-json", message: "invalid JSON: unterminated string" },
    ]);
  });
});

describe("parseZenkanJson", () => {
  it.each([
    ["[1, 2]", 1, "not-a-bank", 'not a Zenkan bank: no "questions" list'],
    ['{"questions": {}}', 1, "not-a-bank", 'not a Zenkan bank: no "questions" list'],
    ['{\n  "a": 1,\n}', 3, "malformed-json", "invalid JSON: trailing comma before '}'"],
    [
      `${"[".repeat(70)}${"]".repeat(70)}`,
      1,
      "malformed-json",
      "invalid JSON: nested deeper than 64 levels",
    ],
  ])("reports %j at line %i", (text, line, code, message) => {
    expect(parseZenkanJson(text).problems).toEqual([{ line, code, message }]);
  });

  it("never throws, and every problem and item it returns is sound (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(tokenText(TOKENS), mutated(valid, TOKENS), mutated(broken, TOKENS)),
        (text) => {
          expectSound(parseZenkanJson(text), text);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("returns on adversarial megabyte inputs", () => {
    const inputs = [
      "[".repeat(200_000),
      "{".repeat(200_000),
      `{"questions": [${'"'.repeat(1_000_000)}`,
      `{"questions": [${"{},".repeat(30_000)}{}]}`,
      `{"questions": [], "x": "${"\\\\".repeat(500_000)}"}`,
    ];
    for (const text of inputs) expectSound(parseZenkanJson(text), text);
  });
});
