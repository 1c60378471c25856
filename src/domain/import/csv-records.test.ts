// @vitest-environment node
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsvRecords } from "./csv-records.ts";

describe("parseCsvRecords", () => {
  it("reads RFC 4180 quoting: delimiters, line breaks and doubled quotes inside quotes", () => {
    const r = parseCsvRecords('a,b\r\n"x, y","line 1\r\nline 2"\r\n"say ""hi""",\r\n\r\nlast,row');
    expect(r.records).toEqual([
      { fields: ["a", "b"], line: 1, endLine: 1 },
      { fields: ["x, y", "line 1\nline 2"], line: 2, endLine: 3 },
      { fields: ['say "hi"', ""], line: 4, endLine: 4 },
      { fields: ["last", "row"], line: 6, endLine: 6 },
    ]);
    expect(r.unterminated).toBeUndefined();
  });

  it("says where a quoted field that never closes opened", () => {
    expect(parseCsvRecords('a,b\n1,2\n"open,3\n4,5\n').unterminated).toBe(3);
  });

  it("tells ; and tab delimiters from the header line", () => {
    expect(detectDelimiter("question;answer;options\na,b")).toBe(";");
    expect(detectDelimiter("question\tanswer\n")).toBe("\t");
    expect(detectDelimiter('"a;b;c",answer')).toBe(",");
  });
});
