// @vitest-environment node
import { describe, expect, it } from "vitest";
import valid from "../../../tests/fixtures/import/bank-valid.json?raw";
import { type Bank, BankSchema } from "../bank/schema.ts";
import { toZenkanJson } from "./zenkan-export.ts";
import { parseZenkanJson } from "./zenkan-json.ts";

describe("toZenkanJson", () => {
  it("writes a bank as the bundled banks are written, and reads back the same", () => {
    const bank: Bank = BankSchema.parse(JSON.parse(valid));
    const text = toZenkanJson(bank);
    expect(text).toBe(valid);
    expect(parseZenkanJson(text).items.map((i) => i.item)).toEqual(
      bank.questions.map((q) => ({ ...q, domain: "unmapped" })),
    );
  });
});
