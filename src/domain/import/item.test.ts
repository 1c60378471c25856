// @vitest-environment node
import { describe, expect, it } from "vitest";
import { contentId, type DraftItem, finishItem, mapDomain } from "./item.ts";
import { NO_EXPLANATION, UNMAPPED_DOMAIN } from "./types.ts";

const draft = (over: Partial<DraftItem> = {}): DraftItem => ({
  line: 10,
  endLine: 14,
  stem: "Which service stores objects?",
  options: [
    { text: "Amazon S3", line: 11 },
    { text: "Amazon EBS", line: 12 },
    { text: "Amazon EFS", line: 13 },
  ],
  keyLabels: ["A"],
  keyLine: 14,
  ...over,
});

const problemOf = (d: DraftItem) => {
  const r = finishItem(d, {});
  if (r.ok) throw new Error("expected a problem");
  return r.problem;
};

describe("finishItem", () => {
  it("turns a draft into a bank item with letter ids, a content id and a placeholder explanation", () => {
    const r = finishItem(draft(), {});
    expect(r.ok && r.item).toEqual({
      line: 10,
      endLine: 14,
      item: {
        id: contentId("Which service stores objects?", ["Amazon S3", "Amazon EBS", "Amazon EFS"]),
        domain: UNMAPPED_DOMAIN,
        type: "single",
        stem: { en: "Which service stores objects?" },
        options: [
          { id: "a", text: { en: "Amazon S3" } },
          { id: "b", text: { en: "Amazon EBS" } },
          { id: "c", text: { en: "Amazon EFS" } },
        ],
        answer: ["a"],
        explanation: NO_EXPLANATION,
        references: [],
      },
    });
  });

  it("gives the same id to the same question however its key or explanation changes", () => {
    const a = finishItem(draft(), {});
    const b = finishItem(draft({ keyLabels: ["B"], explanation: "Fixed." }), {});
    expect(a.ok && b.ok && a.item.item.id === b.item.item.id).toBe(true);
    expect(a.ok && a.item.item.id).toMatch(/^imp-[0-9a-f]{8}$/);
  });

  it("makes two keys a multiple-answer item and links in the explanation its references", () => {
    const r = finishItem(
      draft({ keyLabels: ["a", "C"], explanation: "See https://docs.aws.amazon.com/s3/." }),
      {},
    );
    expect(r.ok && r.item.item).toMatchObject({
      type: "multiple",
      answer: ["a", "c"],
      explanation: { en: "See https://docs.aws.amazon.com/s3/." },
      references: ["https://docs.aws.amazon.com/s3/"],
    });
  });

  it("keeps the file's domain only when it is a domain of the exam mapped to", () => {
    const known = finishItem(draft({ domain: "secure" }), { knownDomains: ["secure"] });
    const unknown = finishItem(draft({ domain: "Storage" }), { knownDomains: ["secure"] });
    expect(known.ok && [known.item.item.domain, known.item.sourceDomain]).toEqual([
      "secure",
      "secure",
    ]);
    expect(unknown.ok && [unknown.item.item.domain, unknown.item.sourceDomain]).toEqual([
      UNMAPPED_DOMAIN,
      "Storage",
    ]);
    expect(mapDomain(undefined, ["secure"])).toBe(UNMAPPED_DOMAIN);
  });

  it("puts Japanese text under ja, and the lang option overrides detection", () => {
    const ja = finishItem(draft({ stem: "オブジェクトを保存するサービスはどれですか。" }), {});
    expect(ja.ok && ja.item.item.stem).toEqual({
      ja: "オブジェクトを保存するサービスはどれですか。",
    });
    expect(ja.ok && ja.item.item.type === "single" && ja.item.item.options[0]?.text).toEqual({
      ja: "Amazon S3",
    });
    const forced = finishItem(draft(), { lang: "ja" });
    expect(forced.ok && forced.item.item.stem).toEqual({ ja: "Which service stores objects?" });
  });

  it.each([
    [{ stem: "  " }, 10, "empty-stem", "the question has no text"],
    [{ options: [] }, 10, "no-options", "the question has no options"],
    [
      { options: [{ text: "Amazon S3", line: 11 }] },
      10,
      "too-few-options",
      "the question has only one option",
    ],
    [
      { options: Array.from({ length: 11 }, (_, i) => ({ text: `Option ${i}`, line: 11 + i })) },
      21,
      "too-many-options",
      "the question has 11 options (at most 10)",
    ],
    [
      {
        options: [
          { text: "Amazon S3", line: 11 },
          { text: " ", line: 12 },
        ],
      },
      12,
      "empty-option",
      "an option has no text",
    ],
    [{ keyLabels: [] }, 10, "no-answer-key", "the question has no answer key"],
    [
      { keyLabels: ["E"] },
      14,
      "key-without-option",
      'key "E" names no option (options are A, B, C)',
    ],
    [
      { stem: "Which services store objects? (Choose two.)" },
      14,
      "key-count-mismatch",
      "the question asks for 2 answers but the key has 1",
    ],
    [
      { keyLabels: ["A", "B", "C"] },
      14,
      "every-option-keyed",
      "every option is a key: one must be wrong",
    ],
  ] as const)("reports %j at line %i as %s", (over, line, code, message) => {
    expect(problemOf(draft(over as Partial<DraftItem>))).toMatchObject({ line, code, message });
  });

  it("resolves keys by the labels the file gave its options", () => {
    const r = finishItem(
      draft({
        options: [
          { text: "Amazon S3", label: "B" },
          { text: "Amazon EBS", label: "D" },
        ],
        keyLabels: ["D"],
      }),
      {},
    );
    expect(r.ok && r.item.item.type === "single" && r.item.item.answer).toEqual(["b"]);
  });
});
