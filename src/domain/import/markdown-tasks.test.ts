// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../../../tests/fixtures/import/tasks.md?raw";
import { expectSound, mutated, tokenText } from "./fuzz-support.ts";
import { parseMarkdownTasks } from "./markdown-tasks.ts";

const TOKENS = [
  "# ",
  "## ",
  "### ",
  "#### ",
  "##### ",
  "\n### Which service?\n",
  "- [x] ",
  "- [ ] ",
  "* [X] ",
  "+ [ ]",
  "1. [x] ",
  "- [x]",
  "  ",
  "```\n",
  "~~~",
  "[Back](#top)",
  "**",
];

const LINES = [
  "### Which service stores objects?",
  "## Which services are serverless? (Choose two)",
  "#### どのサービスですか。（2 つ選択してください）",
  "# Section title",
  "- [x] Amazon S3",
  "- [ ] Amazon EBS",
  "- [ ] AWS Lambda",
  "* [X] AWS Fargate",
  "- [x]",
  "  continued option text",
  "",
  "",
  "Explanation: https://docs.aws.amazon.com/s3/",
  "```",
  "**[⬆ Back to Top](#table-of-contents)**",
];

describe("parseMarkdownTasks on the fixture", () => {
  const r = parseMarkdownTasks(fixture);

  it("finds every question and reads ticked boxes as the key", () => {
    expect(r.format).toBe("markdown-tasks");
    expect(r.found).toBe(8);
    expect(r.items.map((i) => [i.line, i.item.type, i.item.answer])).toEqual([
      [5, "single", ["b"]],
      [15, "multiple", ["a", "c"]],
      [35, "single", ["b"]],
      [47, "single", ["a"]],
    ]);
  });

  it("takes the text after the options as the explanation, without page navigation", () => {
    const first = r.items[0];
    expect(first?.endLine).toBe(11);
    expect(first?.item.explanation).toEqual({
      en: "Amazon S3 is designed for 99.999999999% durability. See https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html.",
    });
    expect(first?.item.references).toEqual([
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html",
    ]);
  });

  it("reads a Japanese question as Japanese", () => {
    expect(r.items[3]?.item.stem).toEqual({
      ja: "東京リージョンでオブジェクトを保存するサービスはどれですか。",
    });
  });

  it("lists each problem at the line of its question", () => {
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [22, "no-answer-key", "the question has no answer key"],
      [27, "key-count-mismatch", "the question asks for 2 answers but the key has 1"],
      [33, "no-options", "the question has no options"],
      [41, "duplicate-in-file", "duplicate of the question at line 5"],
    ]);
  });
});

describe("parseMarkdownTasks", () => {
  it("skips headings that only title a section, and code in the stem is kept as text", () => {
    const r = parseMarkdownTasks(
      [
        "# Storage",
        "## Objects",
        "### Which command lists buckets?",
        "```",
        "- [x] not an option inside code",
        "```",
        "- [x] aws s3 ls",
        "- [ ] aws ec2 ls",
      ].join("\n"),
    );
    expect(r.problems).toEqual([]);
    expect(r.items[0]?.item.stem).toEqual({
      en: "Which command lists buckets?\n```\n- [x] not an option inside code\n```",
    });
  });

  it("joins an indented continuation to its option", () => {
    const r = parseMarkdownTasks("## Q?\n- [x] Amazon S3\n  with versioning\n- [ ] Amazon EBS\n");
    const q = r.items[0]?.item;
    expect(q?.type === "single" && q.options[0]?.text).toEqual({
      en: "Amazon S3\nwith versioning",
    });
  });

  it.each([
    [
      "- [x] Amazon S3\n# Q?\n- [x] a\n- [ ] b",
      1,
      "malformed-line",
      "an option before the first question heading",
    ],
    [
      "## Q?\n- [x] a\n- [ ] b\n\nExplained.\n\n- [ ] c",
      7,
      "malformed-line",
      "an option after the explanation (one list of options per question)",
    ],
    ["## Q?\n- [x] a\n- [x]\n", 3, "empty-option", "an option has no text"],
    ["## Q?\n- [x] a\n", 1, "too-few-options", "the question has only one option"],
    [
      "## Q?\n- [x] a\n- [x] b",
      1,
      "every-option-keyed",
      "every option is a key: one must be wrong",
    ],
  ])("reports %j at line %i", (text, line, code, message) => {
    expect(parseMarkdownTasks(text).problems).toEqual([
      expect.objectContaining({ line, code, message }),
    ]);
  });

  it("never throws, and every problem and item it returns is sound (fast-check)", () => {
    fc.assert(
      fc.property(fc.oneof(tokenText(TOKENS, LINES), mutated(fixture, TOKENS)), (text) => {
        expectSound(parseMarkdownTasks(text), text);
      }),
      { numRuns: 1500 },
    );
  });

  it("returns on adversarial megabyte inputs", () => {
    const inputs = [
      `## Q?\n${"- [x] a\n".repeat(100_000)}`,
      "- [ ] a\n".repeat(100_000),
      "#".repeat(1_000_000),
      `### ${" ".repeat(1_000_000)}x`,
      "```\n".repeat(200_000),
      `## Q?\n- [x] a\n- [ ] b\n${"[x](#y)".repeat(150_000)}`,
    ];
    for (const text of inputs) expectSound(parseMarkdownTasks(text), text);
  });
});
