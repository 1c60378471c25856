import { describe, expect, it } from "vitest";
import { bankRecord, questionRecord } from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import { newCard } from "../domain/study/schedule.ts";
import { examReadiness } from "./readiness.ts";
import { configureStorage } from "./storage.ts";

const NOW = Date.UTC(2026, 10, 1, 9);

describe("the readiness view's coverage", () => {
  it("counts the exam's items the learner has seen against those stored", async () => {
    const db = new ZenkanDatabase("readiness-coverage");
    const repos = dexieRepositories(db);
    configureStorage(async () => repos);
    const items = ["q1", "q2", "q3"].map((id) => questionRecord(id));
    await repos.banks.replace(bankRecord({ questionCount: 3 }), items);
    const card = (itemId: string, exam: string) => ({ itemId, exam, due: NOW, card: newCard(NOW) });
    // Two SAA-C03 items seen; a card of another exam does not count.
    await db.cards.bulkPut([card("q1", "SAA-C03"), card("q2", "SAA-C03"), card("c1", "CLF-C02")]);
    const r = await examReadiness("SAA-C03", NOW);
    expect(r.coverage).toEqual({ seen: 2, total: 3 });
    db.close();
  });
});
