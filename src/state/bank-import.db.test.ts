import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { bankRecord, questionRecord } from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { Repositories } from "../db/ports.ts";
import { UNMAPPED_DOMAIN, UNMAPPED_EXAM } from "../domain/import/types.ts";
import { exportBank, mapBank, parseForPreview, saveImport } from "./bank-import.ts";
import { findExam } from "./catalog.ts";
import { previewForm } from "./exam-start.ts";
import { configureStorage } from "./storage.ts";

const lettered = readFileSync("tests/fixtures/import/lettered.md", "utf8");
let n = 0;
let repos: Repositories;

beforeEach(() => {
  repos = dexieRepositories(new ZenkanDatabase(`import-${++n}`));
  configureStorage(async () => repos);
});

describe("importing a bank", () => {
  it("previews without storing, then saves only the valid items as an imported bank", async () => {
    const progress: number[] = [];
    const result = await parseForPreview({ text: lettered, fileName: "lettered.md" }, (f) =>
      progress.push(f),
    );
    expect(result.found).toBe(7);
    expect(result.problems.map((p) => p.line)).toEqual([37, 45, 47]);
    expect(progress.at(-1)).toBe(1);
    expect(await repos.banks.list()).toEqual([]);

    const bank = await saveImport({
      result,
      title: "My notes",
      source: "lettered.md",
      license: "",
      exam: null,
      now: 1,
    });
    expect(bank).toMatchObject({ origin: "imported", exam: UNMAPPED_EXAM, questionCount: 4 });
    expect(await repos.banks.questionsOfBank(bank.id)).toHaveLength(4);

    // The same file again: every item is a duplicate of what is stored now.
    const again = await parseForPreview({ text: lettered, fileName: "lettered.md" }, () => {});
    expect(again.items).toHaveLength(0);
    expect(again.problems.filter((p) => p.code === "duplicate-existing")).toHaveLength(4);
  });

  it("keeps the exam and domains a Zenkan bank names, so an export imports back mapped", async () => {
    const text = readFileSync("tests/fixtures/import/bank-valid.json", "utf8");
    const result = await parseForPreview({ text, fileName: "bank-valid.json" }, () => {});
    const bank = await saveImport({
      result,
      title: "t",
      source: "s",
      license: "l",
      exam: null,
      now: 3,
    });
    expect(bank.exam).toBe("SAA-C03");
    const domains = (await repos.banks.questionsOfBank(bank.id)).map((q) => q.domain).sort();
    expect(domains).toEqual(["high-performing", "resilient", "secure"]);
  });

  it("lets only items mapped to an exam domain into mock exams, and exports the bank", async () => {
    const clf = findExam("CLF-C02");
    if (!clf) throw new Error("CLF-C02 missing");
    await repos.banks.replace(bankRecord({ id: "bundled", exam: "CLF-C02" }), [
      { ...questionRecord("b1", "bundled", "CLF-C02"), domain: clf.domains[0]?.id ?? "" },
    ]);
    const result = await parseForPreview({ text: lettered, fileName: "lettered.md" }, () => {});
    const bank = await saveImport({
      result,
      title: "Mine",
      source: "x",
      license: "CC BY 4.0",
      exam: "CLF-C02",
      now: 2,
    });
    const stored = await repos.banks.questionsOfBank(bank.id);
    expect(stored.every((q) => q.exam === "CLF-C02" && q.domain === UNMAPPED_DOMAIN)).toBe(true);
    expect((await previewForm(clf)).available).toBe(1);

    const [first] = stored;
    const domain = clf.domains[1]?.id ?? "";
    await mapBank(bank.id, "CLF-C02", { [first?.id ?? ""]: domain });
    expect((await previewForm(clf)).available).toBe(2);
    expect((await repos.banks.questionsByIds([first?.id ?? ""]))[0]?.item.domain).toBe(domain);

    const json = await exportBank(bank.id, "json", "en");
    expect(JSON.parse(json.text)).toMatchObject({
      schemaVersion: 1,
      exam: "CLF-C02",
      license: "CC BY 4.0",
    });
    expect(JSON.parse(json.text).questions).toHaveLength(4);
    const gift = await exportBank(bank.id, "gift", "en");
    expect(gift.text).toContain("{");
    const back = await parseForPreview({ text: gift.text, fileName: "x.gift" }, () => {});
    // Exported questions read back as the same questions (hence duplicates of the stored ones).
    expect(back.found).toBe(4);
  });
});
