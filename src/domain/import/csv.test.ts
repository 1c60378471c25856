// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import columns from "../../../tests/fixtures/import/columns.csv?raw";
import fixture from "../../../tests/fixtures/import/questions.csv?raw";
import { parseCsv } from "./csv.ts";
import { expectSound, mutated, tokenText } from "./fuzz-support.ts";

const TOKENS = [
  '"',
  '""',
  ",",
  ";",
  "\t",
  "|",
  "\n",
  "\r\n",
  "A",
  "B, C",
  "AB",
  "2",
  "A. ",
  "question,options,answer\n",
];
const LINES = [
  "question,options,answer,explanation,domain",
  "Question;Option A;Option B;Option C;Correct Answer",
  '"Which service stores objects?","Amazon S3|Amazon EBS",A,"Because.",storage',
  'Which are serverless? (Choose two),AWS Lambda|Amazon EC2|AWS Fargate,"A, C",,compute',
  'Which?,"A. x',
  'B. y",B,,',
  "Which?;x;y;z;E",
  '"unclosed',
  ",,,,",
  "",
];

describe("parseCsv on the fixtures", () => {
  it("reads an options column split by | or by lines, and quoted commas and quotes", () => {
    const r = parseCsv(fixture);
    expect(r.format).toBe("csv");
    expect(r.found).toBe(9);
    expect(
      r.items.map((i) => [i.line, i.endLine, i.item.type, i.item.answer, i.sourceDomain]),
    ).toEqual([
      [2, 2, "single", ["a"], "storage"],
      [3, 6, "multiple", ["a", "c"], "compute"],
      [7, 7, "single", ["a"], "networking"],
      [13, 13, "single", ["a"], undefined],
    ]);
    const second = r.items[1]?.item;
    expect(second?.type === "multiple" && second.options.map((o) => o.text.en)).toEqual([
      "AWS Lambda",
      "Amazon EC2",
      "AWS Fargate",
      "Amazon Lightsail",
    ]);
    expect(r.items[2]?.item.stem.en).toBe('A "quoted" word: which service is a managed DNS?');
    expect(r.items[0]?.item.references).toEqual([
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
    ]);
    expect(r.items[3]?.item.stem).toEqual({
      ja: "東京リージョンで使えるキーバリューデータベースはどれですか。",
    });
  });

  it("lists each problem at its row's line", () => {
    expect(parseCsv(fixture).problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [8, "no-answer-key", "the question has no answer key"],
      [9, "key-without-option", 'key "E" names no option (options are A, B)'],
      [10, "key-count-mismatch", "the question asks for 2 answers but the key has 1"],
      [11, "too-few-options", "the question has only one option"],
      [12, "duplicate-in-file", "duplicate of the question at line 2"],
    ]);
  });

  it("reads option columns, a ; delimiter and a BC key, and reports a quote never closed", () => {
    const r = parseCsv(columns);
    expect(r.items.map((i) => [i.line, i.item.type, i.item.answer])).toEqual([
      [2, "single", ["a"]],
      [3, "multiple", ["a", "b"]],
    ]);
    expect(r.items[0]?.item.explanation.en).toBe("ECS schedules containers.");
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [4, "malformed-line", 'a quoted field is never closed (a missing ")'],
    ]);
  });
});

describe("parseCsv", () => {
  it("says which columns the header lacks", () => {
    expect(parseCsv("stem,notes\nWhich?,x\n").problems).toEqual([
      expect.objectContaining({
        line: 1,
        code: "missing-column",
        message: "the header row has no answer, no options (or A, B, …) column",
      }),
    ]);
  });

  it("reads a key given as a position or as the option's text", () => {
    const r = parseCsv("question,a,b,c,answer\nWhich?,x,y,z,3\nWhich one?,x,y,z,y\n");
    expect(r.items.map((i) => i.item.answer)).toEqual([["c"], ["b"]]);
  });

  it("never throws, and every problem and item it returns is sound (fast-check)", () => {
    fc.assert(
      fc.property(fc.oneof(tokenText(TOKENS, LINES), mutated(fixture, TOKENS)), (text) => {
        expectSound(parseCsv(text), text);
      }),
      { numRuns: 1500 },
    );
  });

  it("returns on adversarial megabyte inputs", () => {
    const header = "question,options,answer\n";
    const inputs = [
      '"'.repeat(1_000_001),
      `${header}"${"x".repeat(1_000_000)}`,
      header + "a,".repeat(500_000),
      header + "Which?,a|b,A\n".repeat(30_000),
      `${header}Which?,${"|".repeat(1_000_000)},A`,
      `${header}Which?,a|b,${"A ".repeat(500_000)}`,
    ];
    for (const text of inputs) expectSound(parseCsv(text), text);
  });
});
