// @vitest-environment node
import { describe, expect, it } from "vitest";
import lettered from "../../../tests/fixtures/import/lettered.md?raw";
import aiken from "../../../tests/fixtures/import/questions.aiken.txt?raw";
import csv from "../../../tests/fixtures/import/questions.csv?raw";
import gift from "../../../tests/fixtures/import/questions.gift?raw";
import tasks from "../../../tests/fixtures/import/tasks.md?raw";
import { detectFormat } from "./detect.ts";

describe("detectFormat", () => {
  it("trusts the unambiguous extensions", () => {
    expect(detectFormat("bank.JSON", "anything")).toBe("zenkan-json");
    expect(detectFormat("moodle.gift", "")).toBe("gift");
    expect(detectFormat("sheet.csv", "")).toBe("csv");
    expect(detectFormat("sheet.tsv", "")).toBe("csv");
  });

  it("tells the two Markdown layouts apart", () => {
    expect(detectFormat("questions.md", tasks)).toBe("markdown-tasks");
    expect(detectFormat("exam.markdown", lettered)).toBe("markdown-lettered");
  });

  it.each([
    ["a Zenkan bank", '\n  {"questions": []}', "zenkan-json"],
    ["task lists", tasks, "markdown-tasks"],
    ["lettered Markdown", lettered, "markdown-lettered"],
    ["GIFT", gift, "gift"],
    ["Aiken", aiken, "aiken"],
    ["CSV with a header", csv, "csv"],
  ] as const)("recognises %s in a .txt file or pasted text", (_, text, format) => {
    expect(detectFormat("paste.txt", text)).toBe(format);
    expect(detectFormat("", text)).toBe(format);
  });

  it("does not take a Markdown underline for GIFT", () => {
    expect(
      detectFormat("notes.txt", "Title\n=====\n\n1. Which?\n- A. x\n- B. y\nCorrect answer: A\n"),
    ).toBe("markdown-lettered");
  });

  it("gives up on text that is no question file", () => {
    expect(
      detectFormat("notes.txt", "Remember to renew the certification in 2027."),
    ).toBeUndefined();
  });
});
