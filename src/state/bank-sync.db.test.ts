import { describe, expect, it, vi } from "vitest";
import { attemptRecord } from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { Bank } from "../domain/bank/schema.ts";
import { review } from "../domain/study/schedule.ts";
import { type BundledBank, syncBundledBanks } from "./bank-sync.ts";

let n = 0;
const fresh = () => {
  const db = new ZenkanDatabase(`bank-sync-${++n}`);
  return { db, repos: dexieRepositories(db) };
};

const item = (id: string, stem: string) => ({
  id,
  domain: "secure",
  type: "single" as const,
  stem: { en: stem, ja: stem },
  explanation: { en: "e", ja: "e" },
  references: ["https://docs.aws.amazon.com/"],
  options: [
    { id: "a", text: { en: "A", ja: "A" } },
    { id: "b", text: { en: "B", ja: "B" } },
  ],
  answer: ["a"],
});
const bank = (id: string, items: ReturnType<typeof item>[]): Bank => ({
  schemaVersion: 1,
  id,
  exam: "SAA-C03",
  title: { en: id },
  license: "CC-BY-4.0",
  source: "test",
  questions: items,
});
const served = (banks: Record<string, { bank: Bank; hash: string }>) => {
  const manifest: BundledBank[] = Object.values(banks).map(({ bank: b, hash }) => ({
    id: b.id,
    exam: b.exam,
    file: `banks/${b.id}.${hash}.json`,
    hash,
    questionCount: b.questions.length,
    bytes: 1,
  }));
  const fetchText = vi.fn(async (file: string) => {
    const hit = Object.values(banks).find(
      ({ bank: b, hash }) => file === `banks/${b.id}.${hash}.json`,
    );
    if (!hit) throw new Error(`404 ${file}`);
    return JSON.stringify(hit.bank);
  });
  return { manifest, fetchText };
};

describe("loading the bundled banks", () => {
  it("loads every bank on first start and reports progress", async () => {
    const { repos } = fresh();
    const { manifest, fetchText } = served({
      one: { bank: bank("one", [item("q1", "first"), item("q2", "second")]), hash: "h1" },
      two: { bank: bank("two", [item("q3", "third")]), hash: "h2" },
    });
    const progress: string[] = [];
    const r = await syncBundledBanks(
      manifest,
      repos.banks,
      fetchText,
      () => 42,
      (p) => progress.push(`${p.done}/${p.total}`),
    );
    expect(r.loaded).toEqual(["one", "two"]);
    expect(progress).toEqual(["0/2", "1/2", "2/2"]);
    expect(await repos.banks.countByExam()).toEqual(new Map([["SAA-C03", 3]]));
  });

  it("fetches nothing when no hash changed", async () => {
    const { repos } = fresh();
    const banks = { one: { bank: bank("one", [item("q1", "first")]), hash: "h1" } };
    await syncBundledBanks(served(banks).manifest, repos.banks, served(banks).fetchText, () => 1);
    const again = served(banks);
    const r = await syncBundledBanks(again.manifest, repos.banks, again.fetchText, () => 2);
    expect(again.fetchText).not.toHaveBeenCalled();
    expect(r).toEqual({ loaded: [], removed: [], unchanged: ["one"] });
  });

  it("reloads a bank whose content changed and leaves the learner's history as it was", async () => {
    const { db, repos } = fresh();
    const v1 = served({
      one: { bank: bank("one", [item("q1", "old stem"), item("q2", "kept")]), hash: "h1" },
    });
    await syncBundledBanks(v1.manifest, repos.banks, v1.fetchText, () => 1);

    // The learner answers and builds review history.
    await repos.attempts.create(
      attemptRecord({ startedAt: 1, deadline: 2, unscoredIds: [], position: 1 }),
      { attemptId: "a1", items: [], order: {}, cases: [] },
    );
    await repos.attempts.saveResponse(
      { attemptId: "a1", itemId: "q1", answer: ["b"], flagged: true, answeredAt: 5 },
      1,
    );
    const { card, log } = review(null, "wrong", 5);
    await db.cards.put({ itemId: "q1", exam: "SAA-C03", due: card.due, card });
    await db.reviewLog.add({
      itemId: "q1",
      exam: "SAA-C03",
      reviewedAt: 5,
      outcome: "wrong",
      source: "exam",
      sourceId: "a1",
      log,
    });
    const before = {
      attempts: await db.attempts.toArray(),
      forms: await db.forms.toArray(),
      responses: await db.responses.toArray(),
      cards: await db.cards.toArray(),
      reviewLog: await db.reviewLog.toArray(),
    };

    const v2 = served({
      one: { bank: bank("one", [item("q1", "new stem"), item("q4", "added")]), hash: "h2" },
    });
    const r = await syncBundledBanks(v2.manifest, repos.banks, v2.fetchText, () => 3);
    expect(r.loaded).toEqual(["one"]);
    const questions = await repos.banks.questionsOfExam("SAA-C03");
    expect(questions.map((q) => [q.id, q.item.stem.en]).sort()).toEqual([
      ["q1", "new stem"],
      ["q4", "added"],
    ]);
    expect((await repos.banks.get("one"))?.hash).toBe("h2");

    expect({
      attempts: await db.attempts.toArray(),
      forms: await db.forms.toArray(),
      responses: await db.responses.toArray(),
      cards: await db.cards.toArray(),
      reviewLog: await db.reviewLog.toArray(),
    }).toEqual(before);
  });

  it("removes a bundled bank that is no longer shipped, but never an imported one", async () => {
    const { repos } = fresh();
    const v1 = served({ old: { bank: bank("old", [item("q1", "x")]), hash: "h1" } });
    await syncBundledBanks(v1.manifest, repos.banks, v1.fetchText, () => 1);
    const imported = await repos.banks.get("old");
    if (!imported) throw new Error("bank not stored");
    await repos.banks.replace({ ...imported, id: "mine", origin: "imported" }, []);
    const v2 = served({});
    const r = await syncBundledBanks(v2.manifest, repos.banks, v2.fetchText, () => 2);
    expect(r.removed).toEqual(["old"]);
    expect((await repos.banks.list()).map((b) => b.id)).toEqual(["mine"]);
  });

  it("keeps the stored bank when a download is broken, and says which file", async () => {
    const { repos } = fresh();
    const v1 = served({ one: { bank: bank("one", [item("q1", "x")]), hash: "h1" } });
    await syncBundledBanks(v1.manifest, repos.banks, v1.fetchText, () => 1);
    const manifest = v1.manifest.map((m) => ({ ...m, hash: "h2", file: "banks/one.h2.json" }));
    await expect(
      syncBundledBanks(
        manifest,
        repos.banks,
        async () => "<html>captive portal</html>",
        () => 2,
      ),
    ).rejects.toThrow("banks/one.h2.json: the bundled bank is not valid JSON");
    expect((await repos.banks.get("one"))?.hash).toBe("h1");
    expect((await repos.banks.questionsOfExam("SAA-C03")).map((q) => q.id)).toEqual(["q1"]);
  });
});
