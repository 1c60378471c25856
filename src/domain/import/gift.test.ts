// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../../../tests/fixtures/import/questions.gift?raw";
import { expectSound, mutated, tokenText } from "./fuzz-support.ts";
import { parseGift } from "./gift.ts";

const TOKENS = [
  "::",
  "::Title::",
  "{",
  "}",
  "=",
  "~",
  "%",
  "%50%",
  "%-100%",
  "%abc%",
  "#",
  "####",
  "\\",
  "\\{",
  "\\}",
  "\\=",
  "\\~",
  "\\#",
  "\\:",
  "\\n",
  "->",
  "//",
  "// comment\n",
  "$CATEGORY: $course$/top/Storage\n",
  "T",
  "FALSE",
  "[html]",
  "<p>",
  "&amp;",
];
const LINES = [
  "::Q1:: Which service stores objects? {",
  "::Q2:: Which services are serverless? (Choose two.) {",
  "Which service is global? {=AWS IAM ~Amazon EC2 ~Amazon EBS}",
  "Amazon {=S3 ~EBS} stores objects.",
  "  =Amazon S3 #right",
  "  ~Amazon EBS #wrong",
  "  ~%50%AWS Lambda",
  "  ~%-100%Amazon EC2",
  "  ####Because https://docs.aws.amazon.com/s3/",
  "}",
  "{T}",
  "{#1:2}",
  "$CATEGORY: Storage",
  "// comment",
  "",
  "",
];

describe("parseGift on the fixture", () => {
  const r = parseGift(fixture);

  it("reads single and weighted multiple choice, and a missing-word question", () => {
    expect(r.format).toBe("gift");
    expect(r.found).toBe(12);
    expect(r.items.map((i) => [i.line, i.endLine, i.item.type, i.item.answer])).toEqual([
      [4, 9, "single", ["a"]],
      [11, 16, "multiple", ["a", "b"]],
      [19, 19, "single", ["a"]],
      [45, 45, "single", ["a"]],
    ]);
    expect(r.items[3]?.item.stem).toEqual({ en: "Amazon _____ caches content at edge locations." });
  });

  it("makes answer feedback the options' reasons and general feedback the explanation", () => {
    const q = r.items[0]?.item;
    expect(q?.type === "single" && q.options.map((o) => [o.text.en, o.why?.en])).toEqual([
      ["Amazon S3", "Objects are stored redundantly across AZs."],
      ["Amazon EBS", "A volume lives in one AZ."],
      ["Amazon EC2 instance store", "Data is lost when the instance stops."],
    ]);
    expect(q?.explanation.en).toBe(
      "S3 Standard stores data in at least three AZs. https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html",
    );
    expect(q?.references).toEqual([
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html",
    ]);
  });

  it("unescapes \\{ \\} \\: \\= in text and keeps the category as the file's domain", () => {
    expect(r.items[2]?.item.stem.en).toBe(
      'Which policy element { "Effect" } value allows an action: Allow = yes?',
    );
    expect(r.items[0]?.sourceDomain).toBe("Storage");
  });

  it("reports unsupported types and broken questions at their lines", () => {
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [21, "unsupported-type", "unsupported GIFT question type (true/false)"],
      [23, "unsupported-type", "unsupported GIFT question type (short answer)"],
      [25, "unsupported-type", "unsupported GIFT question type (numeric)"],
      [27, "unsupported-type", "unsupported GIFT question type (matching)"],
      [33, "unsupported-type", "unsupported GIFT question type (essay)"],
      [35, "no-answer-key", "the question has no answer key"],
      [37, "malformed-line", "an answer block opened with { is not closed with }"],
      [39, "key-count-mismatch", "the question asks for 2 answers but the key has 1"],
    ]);
  });
});

describe("parseGift", () => {
  it.each([
    ["::Title Which? {=a ~b}", 1, "malformed-line", "a title opened with :: is not closed with ::"],
    [
      "Just some text.",
      1,
      "unsupported-type",
      "unsupported GIFT question type (description, no answer block)",
    ],
    ["Which?\n{=a ~b} then {=c ~d}", 2, "malformed-line", "a second answer block in one question"],
    ["Which?\n{=a\n{ ~b}", 3, "malformed-line", "a { inside an answer block"],
    ["Which? {\n  ~%x%a\n  ~b\n}", 2, "malformed-line", "a weight is not a number between % signs"],
    [
      "Which? { a =b ~c}",
      1,
      "malformed-line",
      "text before the first answer (an answer starts with = or ~)",
    ],
    [
      "Which? {TRUE#right#wrong}",
      1,
      "unsupported-type",
      "unsupported GIFT question type (true/false)",
    ],
    ["Which? {####only feedback}", 1, "unsupported-type", "unsupported GIFT question type (essay)"],
  ])("reports %j at line %i", (text, line, code, message) => {
    expect(parseGift(text).problems).toEqual([expect.objectContaining({ line, code, message })]);
  });

  it("skips comment lines inside a question and strips [html] markup", () => {
    const r = parseGift(
      "[html]<p>Which service &amp; why?</p> {\n// not an answer\n=<b>S3</b>\n~EBS\n}",
    );
    expect(r.problems).toEqual([]);
    const q = r.items[0]?.item;
    expect(q?.stem.en).toBe("Which service & why?");
    expect(q?.type === "single" && q.options.map((o) => o.text.en)).toEqual(["S3", "EBS"]);
  });

  it("never throws, and every problem and item it returns is sound (fast-check)", () => {
    fc.assert(
      fc.property(fc.oneof(tokenText(TOKENS, LINES), mutated(fixture, TOKENS)), (text) => {
        expectSound(parseGift(text), text);
      }),
      { numRuns: 1500 },
    );
  });

  it("returns on adversarial megabyte inputs", () => {
    const inputs = [
      "{".repeat(200_000),
      "{\n".repeat(200_000),
      `Q {${"~".repeat(1_000_000)}}`,
      `Q {${"~%".repeat(500_000)}}`,
      `::${"a".repeat(1_000_000)}`,
      "\\".repeat(1_000_001),
      `Q {=a ~b ${"#".repeat(1_000_000)}}`,
      "Q {=a ~b}\n\n".repeat(50_000),
      `[html]${"<p".repeat(300_000)} {=a ~b}`,
    ];
    for (const text of inputs) expectSound(parseGift(text), text);
  });
});
