import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { Bank } from "../domain/bank/schema.ts";
import { assembleForm } from "../domain/exam/form.ts";
import { seededRng } from "../domain/random.ts";
import { bankRecords } from "./bank-sync.ts";
import { findExam } from "./catalog.ts";
import { formSpec, previewForm, startAttempt } from "./exam-start.ts";
import { configureStorage } from "./storage.ts";

// MLA-C01's bundled banks: two case studies among them, and more items than one form.
const dir = "question-banks/MLA-C01";
const banks = readdirSync(dir)
  .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")) as Bank)
  .sort((a, b) => (a.id < b.id ? -1 : 1));
const exam = findExam("MLA-C01");
if (!exam) throw new Error("MLA-C01 is not in the catalog");

let n = 0;
async function stored() {
  const repos = dexieRepositories(new ZenkanDatabase(`start-${++n}`));
  configureStorage(async () => repos);
  for (const bank of banks) {
    const { record, questions } = bankRecords(bank, "bundled", "h", 1);
    await repos.banks.replace(record, questions);
  }
  return repos;
}

const start = (seed: number) =>
  startAttempt(exam, { mode: "exam", extraMinutes: 0, now: 1000 + seed, seed });

describe("starting a mock exam from the item index", () => {
  it("draws the form the whole bank gives, reading only its items", async () => {
    const repos = await stored();
    const whole = banks.flatMap((b) => b.questions);
    for (const seed of [1, 2, 3]) {
      const seen = await repos.attempts.seenItemIds("MLA-C01");
      const expected = assembleForm(formSpec(exam), whole, { rng: seededRng(seed), seen });
      const attempt = await start(seed);
      const form = await repos.attempts.form(attempt.id);
      expect(attempt.itemIds).toEqual(expected.items.map((i) => i.id));
      expect(attempt.unscoredIds).toEqual(expected.unscoredIds);
      expect(form?.order).toEqual(Object.fromEntries(expected.items.map((i) => [i.id, i.order])));
      // The stored form holds the items themselves and the scenario of every case drawn.
      expect(form?.items).toEqual(attempt.itemIds.map((id) => whole.find((q) => q.id === id)));
      const caseIds = new Set(form?.items.flatMap((q) => (q.caseId ? [q.caseId] : [])));
      expect(form?.cases.map((c) => c.id).sort()).toEqual([...caseIds].sort());
    }
  });

  it("prefers items no earlier attempt showed", async () => {
    const repos = await stored();
    const first = await start(7);
    const second = await start(8);
    const total = (await repos.banks.countByExam()).get("MLA-C01") ?? 0;
    const repeated = second.itemIds.filter((id) => first.itemIds.includes(id)).length;
    // Only as many repeats as the bank is short of two whole forms.
    expect(repeated).toBe(Math.max(0, 2 * first.itemIds.length - total));
    expect(await repos.attempts.seenItemIds("MLA-C01")).toEqual(
      new Set([...first.itemIds, ...second.itemIds]),
    );
  });

  it("says so and stores nothing when the exam has no questions here", async () => {
    const repos = await stored();
    const other = findExam("SAA-C03");
    if (!other) throw new Error("SAA-C03 is not in the catalog");
    await expect(
      startAttempt(other, { mode: "exam", extraMinutes: 0, now: 1, seed: 1 }),
    ).rejects.toThrow("There are no SAA-C03 questions on this device yet.");
    expect(await repos.attempts.listAll()).toEqual([]);
  });

  it("previews the same size and shortfalls a start draws", async () => {
    await stored();
    const preview = await previewForm(exam);
    const attempt = await start(1);
    expect(preview.available).toBe(banks.reduce((s, b) => s + b.questions.length, 0));
    expect(preview.form.scored + preview.form.unscored).toBe(attempt.itemIds.length);
    expect(preview.form.shortfalls).toEqual(attempt.shortfalls);
  });
});
