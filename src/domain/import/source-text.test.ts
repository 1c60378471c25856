// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  chooseCount,
  detectLang,
  extractLinks,
  fnv1a,
  lineCount,
  progressReporter,
  splitLines,
} from "./source-text.ts";

describe("splitLines", () => {
  it("counts CRLF, CR and LF as one line end each and drops a BOM", () => {
    expect(splitLines("\uFEFFa\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
    expect(lineCount("")).toBe(1);
    expect(lineCount("a\n")).toBe(2);
  });
});

describe("chooseCount", () => {
  it.each([
    ["Which services are serverless? (Choose two.)", 2],
    ["Which actions meet the goal? (Select TWO)", 2],
    ["Choose 3 answers.", 3],
    ["Which options apply? Choose 3", 3],
    ["Which options apply? [Select two correct answers]", 2],
    ["Which are global? (Pick three.)", 3],
    ["最も適切なものはどれですか。2つ選択してください。", 2],
    ["どのサービスですか。（2 つ選択してください）", 2],
    ["どれですか。（３つ選んでください）", 3],
    ["どれですか。（二つ選択）", 2],
  ])("reads %j as %i answers", (stem, n) => {
    expect(chooseCount(stem)).toBe(n);
  });

  it("says nothing for a stem that asks for one answer", () => {
    expect(chooseCount("Which service should the company choose?")).toBeUndefined();
    expect(chooseCount("Select the most cost-effective option.")).toBeUndefined();
    expect(
      chooseCount(
        "Most queries select 5 of the 80 columns. Which actions reduce the data scanned?",
      ),
    ).toBeUndefined();
  });
});

describe("detectLang", () => {
  it("takes Japanese for a stem with kana or kanji unless a language is given", () => {
    expect(detectLang("どのサービスですか", undefined)).toBe("ja");
    expect(detectLang("東京", undefined)).toBe("ja");
    expect(detectLang("Which service?", undefined)).toBe("en");
    expect(detectLang("どのサービスですか", "en")).toBe("en");
  });
});

describe("extractLinks", () => {
  it("keeps http(s) links once each, without the full stop that ends a sentence", () => {
    expect(
      extractLinks(
        "See https://docs.aws.amazon.com/s3/. Also [docs](http://aws.amazon.com/s3) and https://docs.aws.amazon.com/s3/ again; ftp://x.example is not a reference.",
      ),
    ).toEqual(["https://docs.aws.amazon.com/s3/", "http://aws.amazon.com/s3"]);
  });
});

describe("fnv1a", () => {
  it("is stable 8-digit hex, different for different text", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("Amazon S3")).toMatch(/^[0-9a-f]{8}$/);
    expect(fnv1a("Amazon S3")).not.toBe(fnv1a("Amazon S4"));
  });
});

describe("progressReporter", () => {
  it("reports at most once per percent, rising, for any number of lines", () => {
    const seen: number[] = [];
    const report = progressReporter(1_000_000, (f) => seen.push(f));
    for (let i = 0; i <= 1_000_000; i++) report(i);
    expect(seen.length).toBe(100);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
