// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CatalogSchema } from "../catalog/schema.ts";
import { lineColumn, parseJson } from "./json.ts";
import { BUNDLED_POLICY, checkBankText, jsonPath, LENIENT_POLICY } from "./validate.ts";

const catalog = CatalogSchema.parse(
  JSON.parse(readFileSync("question-banks/catalog.json", "utf8")),
);
const readmeExample = () => {
  const md = readFileSync("question-banks/README.md", "utf8");
  const block = /```json\n([\s\S]*?)\n```/.exec(md)?.[1];
  if (!block) throw new Error("no JSON example in question-banks/README.md");
  return block;
};

describe("bank validation", () => {
  it("accepts the complete example of question-banks/README.md, one item of every type", () => {
    const r = checkBankText("README.md", readmeExample(), catalog, BUNDLED_POLICY);
    expect(r.issues).toEqual([]);
    expect(new Set(r.bank?.questions.map((q) => q.type))).toEqual(
      new Set(["single", "multiple", "ordering", "matching"]),
    );
    expect(r.bank?.questions.filter((q) => q.caseId === "clinic")).toHaveLength(2);
  });

  it("requires every step of an ordering item exactly once in the key", () => {
    const bank = JSON.parse(readmeExample());
    bank.questions[2].answer = ["collect", "train", "train", "deploy"];
    const r = checkBankText("b.json", JSON.stringify(bank), catalog, BUNDLED_POLICY);
    expect(r.issues.map((i) => `${i.at}: ${i.message}`)).toEqual([
      "$.questions[2].answer: the key must list every step exactly once (steps are collect, train, evaluate, deploy)",
    ]);
  });

  it("requires a matching key for every prompt, naming existing responses", () => {
    const bank = JSON.parse(readmeExample());
    bank.questions[3].answer = { p1: "bedrock", p2: "rekognition" };
    const r = checkBankText("b.json", JSON.stringify(bank), catalog, BUNDLED_POLICY);
    expect(r.issues.map((i) => `${i.at}: ${i.message}`)).toEqual([
      '$.questions[3].answer: prompt "p3" has no key',
      '$.questions[3].answer.p2: key "rekognition" names no response',
    ]);
  });

  it("requires a case study to be shared by two or more items", () => {
    const bank = JSON.parse(readmeExample());
    delete bank.questions[5].caseId;
    const r = checkBankText("b.json", JSON.stringify(bank), catalog, BUNDLED_POLICY);
    expect(r.issues.map((i) => `${i.at}: ${i.message}`)).toEqual([
      '$.cases[0]: case "clinic" needs two or more questions',
    ]);
  });

  it("lets a bank in one language pass the lenient policy used for imports", () => {
    const bank = JSON.parse(readmeExample());
    for (const q of bank.questions) {
      delete q.stem.ja;
      delete q.explanation.ja;
    }
    expect(checkBankText("b.json", JSON.stringify(bank), catalog, LENIENT_POLICY).issues).toEqual(
      [],
    );
    expect(
      checkBankText("b.json", JSON.stringify(bank), catalog, BUNDLED_POLICY).issues[0]?.message,
    ).toBe("missing ja text");
  });

  it("writes JSON paths the way editors show them", () => {
    expect(jsonPath(["questions", 3, "answer", 0])).toBe("$.questions[3].answer[0]");
    expect(jsonPath(["questions", 0, "answer", "p-1"])).toBe('$.questions[0].answer["p-1"]');
  });
});

describe("JSON errors", () => {
  it("says on which line and column a file breaks", () => {
    const r = parseJson('{\n  "a": 1,\n  "b": ,\n}');
    expect(r).toEqual({ ok: false, line: 3, column: 8, message: 'invalid JSON: unexpected ","' });
  });

  it("points at the end of a truncated file", () => {
    const text = '{\n  "questions": [\n    {"id": "x"';
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([r.line, r.column, r.message]).toEqual([
        3,
        15,
        "invalid JSON: unexpected end of file",
      ]);
  });

  it.each([
    ['{"a": [1, 2,]}', 1, 13, "trailing comma before ']'"],
    ['{"a": 1,}', 1, 9, "trailing comma before '}'"],
    ["{a: 1}", 1, 2, 'expected a property name in double quotes, found "a"'],
    ['{"a" 1}', 1, 6, "expected ':' after a property name, found \"1\""],
    [
      '{"a": "x\ny"}',
      1,
      7,
      "unterminated string (a line break inside a string must be written \\n)",
    ],
    ['{"a": tru}', 1, 7, 'unexpected "t"'],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the end of the document'],
  ])("explains %j", (text, line, column, message) => {
    expect(parseJson(text)).toEqual({
      ok: false,
      line,
      column,
      message: `invalid JSON: ${message}`,
    });
  });

  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
