// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../../../tests/fixtures/import/questions.aiken.txt?raw";
import { parseAiken } from "./aiken.ts";
import { expectSound, mutated, tokenText } from "./fuzz-support.ts";

const TOKENS = [
  "A. ",
  "B) ",
  "C. ",
  "J) ",
  "ANSWER: ",
  "ANSWER: A",
  "ANSWER: B, C",
  "answer:",
  "ANSWER:",
  "K. ",
];
const LINES = [
  "Which service stores objects?",
  "Which services are serverless? (Choose two.)",
  "A. Amazon S3",
  "B. Amazon EBS",
  "C) AWS Lambda",
  "D) AWS Fargate",
  "ANSWER: A",
  "ANSWER: A, C",
  "ANSWER: E",
  "ANSWER:",
  "a stray line",
  "",
  "",
];

describe("parseAiken on the fixture", () => {
  const r = parseAiken(fixture);

  it("reads questions with A. and A) options and their ANSWER line", () => {
    expect(r.format).toBe("aiken");
    expect(r.found).toBe(7);
    expect(r.items.map((i) => [i.line, i.endLine, i.item.type, i.item.answer])).toEqual([
      [1, 6, "single", ["a"]],
      [8, 12, "single", ["a"]],
      [14, 19, "multiple", ["a", "c"]],
    ]);
    expect(r.items[0]?.item.explanation.en).toBe("No explanation in the imported file.");
  });

  it("lists each problem at its line", () => {
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [24, "key-without-option", 'key "D" names no option (options are A, B)'],
      [29, "malformed-line", "a line after the options that is neither an option nor ANSWER:"],
      [32, "no-answer-key", "the question has no answer key"],
      [36, "too-few-options", "the question has only one option"],
    ]);
  });
});

describe("parseAiken", () => {
  it.each([
    ["ANSWER: A", 1, "malformed-line", "an ANSWER line with no question before it"],
    [
      "Which?\nA. x\nB. y\nANSWER: Amazon S3",
      4,
      "key-without-option",
      'key "Amazon S3" names no option (options are A, B)',
    ],
    ["Which?\nA. x\nB. y\nANSWER:", 1, "no-answer-key", "the question has no answer key"],
    ["A. x\nB. y\nANSWER: A", 1, "empty-stem", "the question has no text"],
  ])("reports %j at line %i", (text, line, code, message) => {
    expect(parseAiken(text).problems).toEqual([expect.objectContaining({ line, code, message })]);
  });

  it("never throws, and every problem and item it returns is sound (fast-check)", () => {
    fc.assert(
      fc.property(fc.oneof(tokenText(TOKENS, LINES), mutated(fixture, TOKENS)), (text) => {
        expectSound(parseAiken(text), text);
      }),
      { numRuns: 1500 },
    );
  });

  it("returns on adversarial megabyte inputs", () => {
    const inputs = [
      `Q?\n${"A. x\n".repeat(200_000)}ANSWER: A`,
      "ANSWER: A\n".repeat(100_000),
      `Q?\nA. x\nB. y\nANSWER: ${"A,".repeat(500_000)}`,
      `Q?\nA. x\nB. y\nANSWER:${" ".repeat(1_000_000)}B`,
      "Q?\n".repeat(300_000),
    ];
    for (const text of inputs) expectSound(parseAiken(text), text);
  });
});
