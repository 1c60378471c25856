// @vitest-environment node
import { describe, expect, it } from "vitest";
import { jsonValueLines } from "./json-lines.ts";

describe("jsonValueLines", () => {
  it("finds where values start and containers end, by the bank check's JSON paths", () => {
    const text =
      '{\r\n  "questions": [\n    {"id": "a",\r    "odd key": [1,\n 2]},\n    "x"\n  ]\n}';
    const { starts, ends } = jsonValueLines(text, () => true);
    expect(starts.get("$")).toBe(1);
    expect(starts.get("$.questions")).toBe(2);
    expect(starts.get("$.questions[0]")).toBe(3);
    expect(starts.get('$.questions[0]["odd key"][1]')).toBe(5);
    expect(ends.get("$.questions[0]")).toBe(5);
    expect(starts.get("$.questions[1]")).toBe(6);
    expect(ends.get("$")).toBe(8);
  });

  it("records only the paths asked for", () => {
    const { starts } = jsonValueLines('{"a": {"b": 1}, "c": "\\"}"}', (p) => p === "$.c");
    expect([...starts]).toEqual([["$.c", 1]]);
  });
});
