// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Question } from "../bank/schema.ts";
import { choicesRequired, isAnswered } from "./answered.ts";

const t = (en: string) => ({ en });
const base = { domain: "d", stem: t("s"), explanation: t("e"), references: [] };
const multiple: Question = {
  ...base,
  id: "m",
  type: "multiple",
  options: ["a", "b", "c", "d", "e"].map((id) => ({ id, text: t(id) })),
  answer: ["a", "c"],
};
const ordering: Question = {
  ...base,
  id: "o",
  type: "ordering",
  items: ["x", "y", "z"].map((id) => ({ id, text: t(id) })),
  answer: ["x", "y", "z"],
};
const matching: Question = {
  ...base,
  id: "g",
  type: "matching",
  prompts: ["p1", "p2"].map((id) => ({ id, text: t(id) })).concat({ id: "p3", text: t("p3") }),
  responses: ["r1", "r2"].map((id) => ({ id, text: t(id) })),
  answer: { p1: "r1", p2: "r2", p3: "r1" },
};

describe("answered", () => {
  it("needs as many options as the key has for a multiple item", () => {
    expect(choicesRequired(multiple)).toBe(2);
    expect(isAnswered(multiple, ["b"])).toBe(false);
    expect(isAnswered(multiple, ["b", "d"])).toBe(true);
    expect(isAnswered(multiple, null)).toBe(false);
    expect(isAnswered(multiple, undefined)).toBe(false);
  });

  it("needs a full order and a response for every prompt", () => {
    expect(isAnswered(ordering, ["z", "x", "y"])).toBe(true);
    expect(isAnswered(matching, { p1: "r1", p2: "r1" })).toBe(false);
    expect(isAnswered(matching, { p1: "r1", p2: "r1", p3: "r2" })).toBe(true);
  });
});
