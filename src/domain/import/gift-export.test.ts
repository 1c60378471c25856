// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import bankText from "../../../tests/fixtures/import/bank-valid.json?raw";
import { type Question, QuestionSchema } from "../bank/schema.ts";
import type { LocalizedText } from "../text.ts";
import { parseGift } from "./gift.ts";
import { toGift } from "./gift-export.ts";
import { chooseCount } from "./source-text.ts";
import { NO_EXPLANATION } from "./types.ts";
import { parseZenkanJson } from "./zenkan-json.ts";

const single: Question = {
  id: "ex-1",
  domain: "storage",
  type: "single",
  stem: { en: "Which {service} stores objects: S3 = yes?", ja: "オブジェクトを保存するのは？" },
  options: [
    { id: "a", text: { en: "Amazon S3" }, why: { en: "Object storage #1" } },
    { id: "b", text: { en: "Amazon EBS ~ block" } },
  ],
  answer: ["a"],
  explanation: { en: "S3 stores objects.\nSee the docs." },
  references: [],
};
const multiple: Question = {
  id: "ex-2",
  domain: "compute",
  type: "multiple",
  stem: { en: "Which services are serverless?" },
  options: ["AWS Lambda", "AWS Fargate", "Amazon EC2", "Amazon DynamoDB"].map((t, i) => ({
    id: "abcd".charAt(i),
    text: { en: t },
  })),
  answer: ["a", "b", "d"],
  explanation: { ...NO_EXPLANATION },
  references: [],
};
const ordering: Question = {
  id: "ex-3",
  domain: "compute",
  type: "ordering",
  stem: { en: "Order the steps." },
  items: [
    { id: "x", text: { en: "One" } },
    { id: "y", text: { en: "Two" } },
    { id: "z", text: { en: "Three" } },
  ],
  answer: ["x", "y", "z"],
  explanation: { en: "In order." },
  references: [],
};

describe("toGift", () => {
  it("writes single and multiple choice with escapes, weights, feedback and categories", () => {
    const { text, skipped } = toGift([single, multiple, ordering], "en");
    expect(text).toBe(
      [
        "$CATEGORY: storage",
        "",
        "::ex-1:: Which \\{service\\} stores objects\\: S3 \\= yes? {",
        "  =Amazon S3#Object storage \\#1",
        "  ~Amazon EBS \\~ block",
        "  ####S3 stores objects.\\nSee the docs.",
        "}",
        "",
        "$CATEGORY: compute",
        "",
        "::ex-2:: Which services are serverless? {",
        "  ~%33.33333%AWS Lambda",
        "  ~%33.33333%AWS Fargate",
        "  ~%-100%Amazon EC2",
        "  ~%33.33333%Amazon DynamoDB",
        "}",
        "",
      ].join("\n"),
    );
    expect(skipped).toEqual([{ id: "ex-3", type: "ordering" }]);
  });

  it("writes the other language when the item lacks the one asked for", () => {
    expect(toGift([single], "ja").text).toContain("::ex-1:: オブジェクトを保存するのは？ {");
    expect(toGift([multiple], "ja").text).toContain("Which services are serverless?");
  });

  it("gives back the same items when its output is imported", () => {
    const r = parseGift(toGift([single, multiple], "en").text);
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => [i.item.stem.en, i.item.type, i.item.answer])).toEqual([
      [single.stem.en, "single", ["a"]],
      [multiple.stem.en, "multiple", ["a", "b", "d"]],
    ]);
    expect(r.items[0]?.item.explanation).toEqual(single.explanation);
    expect(r.items[1]?.item.explanation).toEqual(NO_EXPLANATION);
    expect(r.items.map((i) => i.sourceDomain)).toEqual(["storage", "compute"]);
  });

  it("round-trips a Zenkan bank's choice items", () => {
    const bank = parseZenkanJson(bankText).items.map((i) => i.item);
    const back = parseGift(toGift(bank, "en").text).items.map((i) => i.item);
    expect(back.map((q) => q.stem)).toEqual(
      bank.filter((q) => q.type !== "ordering").map((q) => q.stem),
    );
  });

  const text = fc
    .array(
      fc.oneof(
        fc.string({ minLength: 1, maxLength: 8, unit: "grapheme" }),
        fc.constantFrom(
          "~",
          "=",
          "#",
          "{",
          "}",
          ":",
          "::",
          "\\",
          "\\n",
          "%",
          "%50%",
          "->",
          "\n",
          "//",
          "####",
          "東京",
          "🙂",
          " ",
        ),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => parts.join("").replace(/\r/g, "").trim())
    .filter((s) => s !== "" && !/^\[(?:html|moodle|plain|markdown)\]/.test(s));
  const question = fc
    .tuple(
      text,
      fc.array(fc.tuple(text, fc.option(text)), { minLength: 2, maxLength: 6 }),
      fc.nat(),
      fc.nat(),
      fc.option(text),
    )
    .map(([stem, opts, k, pick, explanation]): Question | undefined => {
      const options = opts.map(([t, why], j) => ({
        id: "abcdef".charAt(j),
        text: { en: t } as LocalizedText,
        ...(why ? { why: { en: why } } : {}),
      }));
      const keys = opts.length > 2 ? 1 + (k % (opts.length - 1)) : 1;
      const answer = options.map((o) => o.id).filter((_, j) => (j + pick) % options.length < keys);
      const q: Question = {
        id: "q",
        domain: "d",
        type: answer.length > 1 ? "multiple" : "single",
        stem: { en: stem },
        options,
        answer,
        explanation: explanation ? { en: explanation } : { ...NO_EXPLANATION },
        references: [],
      };
      const asked = chooseCount(stem);
      return QuestionSchema.safeParse(q).success && (asked === undefined || asked === keys)
        ? q
        : undefined;
    });

  it("round-trips stems, options, keys and feedback for any text (fast-check)", () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 4 }), (generated) => {
        const qs = generated
          .filter((q): q is Question => q !== undefined)
          .map((q, i) => ({ ...q, id: `q-${i}`, stem: { en: `${i}. ${q.stem.en}` } }));
        const r = parseGift(toGift(qs, "en").text);
        const any = (t: LocalizedText | undefined) => t?.en ?? t?.ja;
        const shape = (q: Question) =>
          q.type === "single" || q.type === "multiple"
            ? {
                stem: any(q.stem),
                options: q.options.map((o) => [any(o.text), any(o.why)]),
                answer: q.answer,
                explanation: any(q.explanation),
              }
            : {};
        expect(r.problems).toEqual([]);
        expect(r.items.map((i) => shape(i.item))).toEqual(qs.map(shape));
        tried += qs.length;
      }),
      { numRuns: 1000 },
    );
    // The generator's filter must leave most questions in, or the property proves little.
    expect(tried).toBeGreaterThan(1500);
  });
});
