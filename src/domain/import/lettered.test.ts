// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseKeyLetters, parseKeyLine, parseOptionLine, stripTags } from "./lettered.ts";

describe("parseOptionLine", () => {
  it.each([
    ["A. Amazon S3", "A", "Amazon S3"],
    ["- B. Amazon EBS", "B", "Amazon EBS"],
    ["    - C) AWS Lambda", "C", "AWS Lambda"],
    ["(D) Amazon VPC", "D", "Amazon VPC"],
    ["* E. AWS WAF", "E", "AWS WAF"],
    ["- C.", "C", ""],
  ])("reads %j", (line, label, text) => {
    expect(parseOptionLine(line)).toEqual({ label, text });
  });

  it.each(["A company needs storage.", "K. not an option letter", "a. lower case", "1. numbered"])(
    "leaves %j alone",
    (line) => {
      expect(parseOptionLine(line)).toBeUndefined();
    },
  );
});

describe("parseKeyLine", () => {
  it.each([
    ["Correct answer: B, E", ["B", "E"], ""],
    ["Correct Answer: BC", ["B", "C"], ""],
    ["correct answer: a", ["A"], ""],
    ["ANSWER: D", ["D"], ""],
    ["**Correct answer:** A", ["A"], ""],
    ["> Answer: C and D", ["C", "D"], ""],
    ["<summary>Correct answer: C</summary>", ["C"], ""],
    ["<details><summary>Answer</summary>Correct answer: A</details>", ["A"], ""],
    ["Correct answer: B. Amazon S3 is object storage.", ["B"], "Amazon S3 is object storage."],
    [
      "Correct answer: A, C https://docs.aws.amazon.com/x",
      ["A", "C"],
      "https://docs.aws.amazon.com/x",
    ],
    ["正解：B", ["B"], ""],
    ["Answer: Amazon S3", [], "Amazon S3"],
  ])("reads %j", (line, labels, rest) => {
    expect(parseKeyLine(line)).toEqual({ labels, rest });
  });

  it("leaves other lines alone", () => {
    expect(parseKeyLine("The answer depends on the workload.")).toBeUndefined();
    expect(parseKeyLine("<summary>Answer</summary>")).toBeUndefined();
  });
});

describe("parseKeyLetters", () => {
  it("stops at a word, so lower-case words do not become letters", () => {
    expect(parseKeyLetters("bad idea")).toEqual({ labels: [], rest: "bad idea" });
    expect(parseKeyLetters("(B)")).toEqual({ labels: ["B"], rest: "" });
  });
});

describe("stripTags", () => {
  it("drops tags and summary labels, keeps the text", () => {
    expect(stripTags('<details markdown=1><summary markdown="span">Answer</summary>')).toBe("");
    expect(stripTags("<p>S3 <b>stores</b> objects</p>")).toBe("S3 stores objects");
  });
});
