// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../../../tests/fixtures/import/lettered.md?raw";
import { expectSound, mutated, tokenText } from "./fuzz-support.ts";
import { parseMarkdownLettered } from "./markdown-lettered.ts";

const TOKENS = [
  "1. ",
  "2) ",
  "12. ",
  "- A. ",
  "A. ",
  "B) ",
  "(C) ",
  "J. ",
  "K. ",
  "Correct answer: ",
  "Correct Answer: BC",
  "ANSWER: ",
  "正解：",
  "**",
  "### Question 3",
  "Question 4: ",
  "<details markdown=1>",
  "<summary>Correct answer: A</summary>",
  ", ",
  " and ",
  "```\n",
];
const LINES = [
  "1. Which service stores objects?",
  "2. Which services are serverless? (Choose two.)",
  "3. どのサービスですか。（2 つ選択してください）",
  "## Question 4",
  "Question 5: Which database is serverless?",
  "    - A. Amazon S3",
  "    - B. Amazon EBS",
  "C) AWS Lambda",
  "D. AWS Fargate",
  "E.",
  "Correct answer: A",
  "Correct Answer: AC",
  "Correct answer: E",
  "Correct answer:",
  "B, D",
  "<details markdown=1><summary markdown='span'>Answer</summary>",
  "</details>",
  "Because https://docs.aws.amazon.com/s3/ says so.",
  "",
  "",
  "```",
];

describe("parseMarkdownLettered on the fixture", () => {
  const r = parseMarkdownLettered(fixture);

  it("finds every question, numbered or under a heading", () => {
    expect(r.format).toBe("markdown-lettered");
    expect(r.found).toBe(7);
    expect(r.items.map((i) => [i.line, i.endLine, i.item.type, i.item.answer])).toEqual([
      [5, 17, "single", ["b"]],
      [19, 30, "multiple", ["a", "d"]],
      [52, 62, "single", ["a"]],
      [64, 70, "multiple", ["a", "b"]],
    ]);
  });

  it("reads the explanation after the key, without the details and summary tags", () => {
    expect(r.items[0]?.item.explanation).toEqual({
      en: "S3 bills per gigabyte stored. https://aws.amazon.com/s3/pricing/",
    });
    expect(r.items[0]?.item.references).toEqual(["https://aws.amazon.com/s3/pricing/"]);
    expect(r.items[2]?.item.references).toEqual([
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-user-guide.html",
    ]);
  });

  it("reads the stem after a 'Question 6' heading and a Japanese '2 つ選択' question", () => {
    expect(r.items[2]?.item.stem).toEqual({
      en: "Which AWS service records API calls for auditing?",
    });
    expect(r.items[3]?.item.stem.ja).toContain("（2 つ選択してください）");
  });

  it("lists each problem at the line a user would fix", () => {
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [37, "key-count-mismatch", "the question asks for 2 answers but the key has 1"],
      [45, "key-without-option", 'key "E" names no option (options are A, B, C, D)'],
      [47, "no-answer-key", "the question has no answer key"],
    ]);
  });
});

describe("parseMarkdownLettered", () => {
  it("keeps a numbered list inside a stem in the stem", () => {
    const r = parseMarkdownLettered(
      [
        "7. A company has two requirements:",
        "1. durable storage",
        "2. low cost",
        "Which service meets them?",
        "- A. Amazon S3",
        "- B. Amazon EBS",
        "Correct answer: A",
        "8. Next question?",
        "- A. yes",
        "- B. no",
        "Correct answer: B",
      ].join("\n"),
    );
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => i.line)).toEqual([1, 8]);
    expect(r.items[0]?.item.stem.en).toBe(
      "A company has two requirements:\n1. durable storage\n2. low cost\nWhich service meets them?",
    );
  });

  it("reads questions all numbered '1.' (Markdown renumbers them)", () => {
    const q = "1. Which?\n- A. x\n- B. y\nCorrect answer: A\n";
    expect(parseMarkdownLettered(q + q.replace("Which?", "Which one?")).items).toHaveLength(2);
  });

  it("reads a key on the line after 'Correct answer:' and a key written as the option's text", () => {
    const r = parseMarkdownLettered(
      "1. Which?\n- A. Amazon S3\n- B. Amazon EBS\nCorrect answer:\nB\n\n2. Which one?\n- A. Amazon S3\n- B. Amazon EBS\nAnswer: Amazon S3\n",
    );
    expect(r.items.map((i) => i.item.answer)).toEqual([["b"], ["a"]]);
  });

  it("quotes a key that names no option", () => {
    const r = parseMarkdownLettered(
      "1. Which?\n- A. Amazon S3\n- B. Amazon EBS\nAnswer: Amazon EFS\n",
    );
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: 4,
        code: "key-without-option",
        message: 'key "Amazon EFS" names no option (options are A, B)',
      }),
    ]);
  });

  it("reports a question without options", () => {
    expect(
      parseMarkdownLettered("## Intro\n\n1. Which service is global?\nCorrect answer: A\n")
        .problems,
    ).toEqual([expect.objectContaining({ line: 3, code: "no-options" })]);
  });

  it("never throws, and every problem and item it returns is sound (fast-check)", () => {
    fc.assert(
      fc.property(fc.oneof(tokenText(TOKENS, LINES), mutated(fixture, TOKENS)), (text) => {
        expectSound(parseMarkdownLettered(text), text);
      }),
      { numRuns: 1500 },
    );
  });

  it("returns on adversarial megabyte inputs", () => {
    const inputs = [
      `1. Q?\n${"- A. a\n".repeat(150_000)}`,
      Array.from({ length: 100_000 }, (_, i) => `${i + 1}. `).join("\n"),
      `1. Q?\n- A. a\n- B. b\nCorrect answer: ${"A, ".repeat(300_000)}`,
      `Correct answer:${" ".repeat(1_000_000)}x`,
      `Question${" ".repeat(1_000_000)}1`,
      `1. Q?\n- A. a\n- B. b\n${"<summary>".repeat(100_000)}`,
      `${"(".repeat(500_000)}A) x`,
    ];
    for (const text of inputs) expectSound(parseMarkdownLettered(text), text);
  });
});
