import { Dexie } from "dexie";
import { describe, expect, it } from "vitest";
import { attemptRecord, bankRecord, questionRecord } from "../../../tests/unit/fixtures.ts";
import type { ScoreReport } from "../../domain/exam/scoring.ts";
import { review } from "../../domain/study/schedule.ts";
import type { FormRecord, QuestionRecord } from "../ports.ts";
import { schemaAt, ZenkanDatabase } from "./database.ts";
import { dexieRepositories } from "./repositories.ts";

// Each test gets a database of its own in fake-indexeddb.
let n = 0;
const freshName = () => `zenkan-test-${++n}`;

const question = questionRecord;

describe("schema upgrade", () => {
  it("opens a version 1 database and keeps its banks, questions and settings", async () => {
    const name = freshName();
    // The shape of a version 1 database, written as version 1 wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaAt(1));
    await v1.open();
    await v1
      .table("banks")
      .put({ id: "b1", exam: "SAA-C03", title: { en: "Old" }, hash: "h1", questionCount: 1 });
    await v1.table("questions").put(question("q1"));
    await v1.table("settings").put({ key: "desiredRetention", value: 0.9 });
    v1.close();

    const db = new ZenkanDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const bank = await db.banks.get("b1");
    expect(bank?.origin).toBe("bundled");
    expect(bank?.cases).toEqual([]);
    expect(bank?.hash).toBe("h1");
    expect(await db.questions.get("q1")).toEqual(question("q1"));
    expect(await db.settings.get("desiredRetention")).toEqual({
      key: "desiredRetention",
      value: 0.9,
    });
    // The new indexes work on upgraded data.
    expect(await db.questions.where("[exam+domain]").equals(["SAA-C03", "secure"]).count()).toBe(1);
    expect(await db.banks.where("origin").equals("bundled").count()).toBe(1);
    db.close();
  });

  it("builds the item index and seen ids from a version 3 database's questions and attempts", async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(3).stores(schemaAt(3));
    await v3.open();
    const inCase = question("q2");
    inCase.item = { ...inCase.item, caseId: "claims" };
    await v3.table("questions").bulkPut([question("q1"), inCase, question("c1", "b2", "CLF-C02")]);
    await v3
      .table("attempts")
      .bulkPut([
        attemptRecord(),
        attemptRecord({ id: "a2", itemIds: ["q2", "q9"] }),
        attemptRecord({ id: "a3", exam: "CLF-C02", itemIds: ["c1"] }),
      ]);
    v3.close();

    const repos = dexieRepositories(new ZenkanDatabase(name));
    expect(await repos.banks.formEntries("SAA-C03")).toEqual([
      { id: "q1", domain: "secure" },
      { id: "q2", domain: "secure", caseId: "claims" },
    ]);
    expect(await repos.banks.formEntries("CLF-C02")).toEqual([{ id: "c1", domain: "secure" }]);
    expect(await repos.attempts.seenItemIds("SAA-C03")).toEqual(new Set(["q1", "q2", "q9"]));
    expect(await repos.attempts.seenItemIds("CLF-C02")).toEqual(new Set(["c1"]));
  });
});

describe("bank repository", () => {
  it("replaces a bank's questions in one go and drops items that left it", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    const rec = bankRecord({ questionCount: 2 });
    await repos.banks.replace(rec, [question("q1"), question("q2")]);
    await repos.banks.replace({ ...rec, hash: "h2", questionCount: 2 }, [
      question("q2"),
      question("q3"),
    ]);
    const ids = (await repos.banks.questionsOfExam("SAA-C03")).map((q) => q.id).sort();
    expect(ids).toEqual(["q2", "q3"]);
    expect(await repos.banks.itemExams()).toEqual(
      new Map([
        ["q2", "SAA-C03"],
        ["q3", "SAA-C03"],
      ]),
    );
    expect((await repos.banks.get("b1"))?.hash).toBe("h2");
    expect(await repos.banks.countByExam()).toEqual(new Map([["SAA-C03", 2]]));
    expect((await repos.banks.formEntries("SAA-C03")).map((e) => e.id)).toEqual(["q2", "q3"]);
  });

  it("keeps each bank's item index in the bank's own order, bank by bank, until it is removed", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    const inCase = { ...question("z1", "b2"), domain: "resilient" };
    inCase.item = { ...inCase.item, caseId: "claims" };
    await repos.banks.replace(bankRecord({ id: "b2" }), [inCase, question("a1", "b2")]);
    await repos.banks.replace(bankRecord(), [question("m1"), question("b1")]);
    expect(await repos.banks.formEntries("SAA-C03")).toEqual([
      { id: "m1", domain: "secure" },
      { id: "b1", domain: "secure" },
      { id: "z1", domain: "resilient", caseId: "claims" },
      { id: "a1", domain: "secure" },
    ]);
    await repos.banks.remove("b1");
    expect((await repos.banks.formEntries("SAA-C03")).map((e) => e.id)).toEqual(["z1", "a1"]);
    expect(await repos.banks.formEntries("CLF-C02")).toEqual([]);
  });

  it("leaves the old content when storing a bank fails half-way", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    const rec = bankRecord();
    await repos.banks.replace(rec, [question("q1")]);
    // An item without a key cannot be stored: the whole replacement must roll back.
    const broken = { ...question("q9"), id: undefined } as unknown as QuestionRecord;
    await expect(
      repos.banks.replace({ ...rec, hash: "h2" }, [question("q2"), broken]),
    ).rejects.toThrow();
    expect((await repos.banks.get("b1"))?.hash).toBe("h1");
    expect((await repos.banks.questionsOfExam("SAA-C03")).map((q) => q.id)).toEqual(["q1"]);
    expect((await repos.banks.formEntries("SAA-C03")).map((e) => e.id)).toEqual(["q1"]);
  });

  it("removes a bank with its questions", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    const rec = bankRecord();
    await repos.banks.replace(rec, [question("q1")]);
    await repos.banks.remove("b1");
    expect(await repos.banks.list()).toEqual([]);
    expect(await repos.banks.questionsOfExam("SAA-C03")).toEqual([]);
  });
});

describe("attempt repository", () => {
  const attempt = attemptRecord();
  const form: FormRecord = {
    attemptId: "a1",
    items: [question("q1").item, question("q2").item],
    order: { q1: ["b", "a"], q2: ["a", "b"] },
    cases: [],
  };
  const report: ScoreReport = {
    right: 1,
    total: 1,
    scaled: 1000,
    passMark: 720,
    passed: true,
    rawCut: 0.72,
    domains: [],
  };

  it("stores an attempt with its form, and saves a response together with the position", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    await repos.attempts.create(attempt, form);
    expect(await repos.attempts.form("a1")).toEqual(form);
    await repos.attempts.saveResponse(
      { attemptId: "a1", itemId: "q1", answer: ["b"], flagged: true, answeredAt: 2000 },
      1,
    );
    await repos.attempts.saveResponse(
      { attemptId: "a1", itemId: "q1", answer: ["a"], flagged: true, answeredAt: 3000 },
      1,
    );
    expect((await repos.attempts.get("a1"))?.position).toBe(1);
    expect(await repos.attempts.responses("a1")).toEqual([
      { attemptId: "a1", itemId: "q1", answer: ["a"], flagged: true, answeredAt: 3000 },
    ]);
  });

  it("refuses a response for an attempt that does not exist or is submitted, storing nothing", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    await expect(
      repos.attempts.saveResponse(
        { attemptId: "nope", itemId: "q1", answer: ["a"], flagged: false, answeredAt: 1 },
        0,
      ),
    ).rejects.toThrow(/no attempt/);
    await repos.attempts.create(attempt, form);
    await repos.attempts.submit("a1", 5000, report, false);
    await expect(
      repos.attempts.saveResponse(
        { attemptId: "a1", itemId: "q1", answer: ["a"], flagged: false, answeredAt: 6000 },
        1,
      ),
    ).rejects.toThrow(/already submitted/);
    await expect(repos.attempts.update("a1", { position: 1 })).rejects.toThrow(/already submitted/);
    expect(await repos.attempts.responses("a1")).toEqual([]);
    expect((await repos.attempts.get("a1"))?.position).toBe(0);
  });

  it("stores the review cards and log of a submit with it, once", async () => {
    const db = new ZenkanDatabase(freshName());
    const repos = dexieRepositories(db);
    await repos.attempts.create(attempt, form);
    const { card, log } = review(null, "wrong", 5000);
    const reviews = {
      cards: [{ itemId: "q1", exam: "SAA-C03", due: card.due, card }],
      logs: [
        {
          itemId: "q1",
          exam: "SAA-C03",
          reviewedAt: 5000,
          outcome: "wrong" as const,
          source: "exam" as const,
          sourceId: "a1",
          log,
        },
      ],
    };
    await repos.attempts.submit("a1", 5000, report, false, reviews);
    await repos.attempts.submit("a1", 6000, report, false, reviews);
    expect(await repos.study.cards(["q1", "q2"])).toEqual(new Map([["q1", reviews.cards[0]]]));
    expect((await repos.study.reviewLog("q1")).map((l) => l.sourceId)).toEqual(["a1"]);
    expect(await db.cards.where("due").belowOrEqual(card.due).count()).toBe(1);
  });

  it("submits once: a second submit keeps the first report and time", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    await repos.attempts.create(attempt, form);
    const first = await repos.attempts.submit("a1", 5000, report, true);
    const again = await repos.attempts.submit(
      "a1",
      9000,
      { ...report, scaled: 100, passed: false },
      false,
    );
    expect(again).toEqual(first);
    expect(await repos.attempts.get("a1")).toMatchObject({
      status: "submitted",
      submittedAt: 5000,
      autoSubmitted: true,
      report,
    });
  });

  it("lists attempts of an exam oldest first and knows which items were seen", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    await repos.attempts.create(
      { ...attempt, id: "a2", startedAt: 5000, itemIds: ["q3"] },
      { ...form, attemptId: "a2" },
    );
    await repos.attempts.create(attempt, form);
    await repos.attempts.create(
      { ...attempt, id: "x", exam: "CLF-C02", itemIds: ["c1"] },
      { ...form, attemptId: "x" },
    );
    expect((await repos.attempts.listByExam("SAA-C03")).map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(await repos.attempts.seenItemIds("SAA-C03")).toEqual(new Set(["q1", "q2", "q3"]));
  });

  it("folds every attempt's items into the exam's seen ids on submit, an older open one too", async () => {
    const db = new ZenkanDatabase(freshName());
    const repos = dexieRepositories(db);
    await repos.attempts.create({ ...attempt, id: "old", itemIds: ["q1"] }, form);
    await repos.attempts.create(
      { ...attempt, id: "new", startedAt: 2000, itemIds: ["q2"] },
      { ...form, attemptId: "new" },
    );
    expect(await db.seen.get("SAA-C03")).toBeUndefined(); // starting writes nothing there
    await repos.attempts.submit("new", 5000, report, false);
    expect(await db.seen.get("SAA-C03")).toEqual({
      exam: "SAA-C03",
      itemIds: ["q1", "q2"],
      upTo: 2000,
    });
    await repos.attempts.create(
      { ...attempt, id: "later", startedAt: 6000, itemIds: ["q3"] },
      { ...form, attemptId: "later" },
    );
    expect(await repos.attempts.seenItemIds("SAA-C03")).toEqual(new Set(["q1", "q2", "q3"]));
    expect(await repos.attempts.seenItemIds("CLF-C02")).toEqual(new Set());
  });
});

describe("settings repository", () => {
  it("round-trips values and answers undefined for a missing key", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(freshName()));
    expect(await repos.settings.get("desiredRetention")).toBeUndefined();
    await repos.settings.set("desiredRetention", 0.85);
    expect(await repos.settings.get<number>("desiredRetention")).toBe(0.85);
  });
});
