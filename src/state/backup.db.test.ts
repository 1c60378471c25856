import { describe, expect, it } from "vitest";
import {
  attemptRecord,
  bankRecord,
  questionRecord,
  singleItem,
} from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { BackupData, Repositories } from "../db/ports.ts";
import { backupCounts, parseBackup } from "../domain/backup/format.ts";
import { review } from "../domain/study/schedule.ts";
import { exportBackup, restoreBackup } from "./backup.ts";
import { configureStorage } from "./storage.ts";

let n = 0;
function fresh(): Repositories {
  const repos = dexieRepositories(new ZenkanDatabase(`backup-${++n}`));
  configureStorage(async () => repos);
  return repos;
}

async function learnerData(repos: Repositories) {
  const attempt = attemptRecord({ deadline: 9_000_000, itemIds: ["q1"], unscoredIds: [] });
  await repos.banks.replace(bankRecord({ id: "bundled-1" }), [questionRecord("q1", "bundled-1")]);
  await repos.banks.replace(bankRecord({ id: "mine", origin: "imported" }), [
    questionRecord("m1", "mine"),
  ]);
  await repos.attempts.create(attempt, {
    attemptId: "a1",
    items: [singleItem("q1")],
    order: { q1: ["b", "a"] },
    cases: [],
  });
  await repos.attempts.saveResponse(
    { attemptId: "a1", itemId: "q1", answer: ["b"], flagged: true, answeredAt: 2000 },
    0,
  );
  const { card, log } = review(null, "wrong", 3000);
  await repos.attempts.submit(
    "a1",
    3000,
    { right: 0, total: 1, scaled: 100, passMark: 720, passed: false, rawCut: 0.72, domains: [] },
    false,
    {
      cards: [{ itemId: "q1", exam: "SAA-C03", due: card.due, card }],
      logs: [
        {
          itemId: "q1",
          exam: "SAA-C03",
          reviewedAt: 3000,
          outcome: "wrong",
          source: "exam",
          sourceId: "a1",
          log,
        },
      ],
    },
  );
  await repos.settings.set("desiredRetention", 0.85);
  await repos.study.createSession({
    id: "s1",
    exam: "SAA-C03",
    kind: "practice",
    filter: "all",
    domains: [],
    itemIds: ["q1"],
    position: 0,
    drafts: { q1: ["a"] },
    unsure: {},
    results: {},
    startedAt: 4000,
    finishedAt: null,
  });
  await repos.notes.put({
    itemId: "q1",
    exam: "SAA-C03",
    bookmarked: true,
    note: "S3 vs EFS",
    updatedAt: 5000,
  });
  await repos.notes.addReport({
    id: "r1",
    itemId: "q1",
    exam: "SAA-C03",
    bankId: "bundled-1",
    kind: "typo",
    text: "typo in option B",
    createdAt: 6000,
  });
}

describe("backup and restore", () => {
  it("export, wipe, import: the data is identical", async () => {
    const repos = fresh();
    await learnerData(repos);
    const before = await repos.backup.exportAll();
    const { text, fileName } = await exportBackup(new Date("2026-11-26T10:00:00Z"));
    expect(fileName).toBe("zenkan-backup-2026-11-26.json");

    const empty: BackupData = {
      attempts: [],
      forms: [],
      responses: [],
      cards: [],
      reviewLog: [],
      certifications: [],
      settings: [],
      studySessions: [],
      notes: [],
      problemReports: [],
      banks: [],
      questions: [],
    };
    await repos.backup.importAll(empty, "replace");
    expect(await repos.backup.exportAll()).toEqual(empty);
    // The bundled bank is not the learner's data: a wipe leaves it.
    expect((await repos.banks.list()).map((b) => b.id)).toEqual(["bundled-1"]);
    // A wiped device draws its next form from the bundled bank alone, all of it unseen.
    expect((await repos.banks.formEntries("SAA-C03")).map((e) => e.id)).toEqual(["q1"]);
    expect(await repos.attempts.seenItemIds("SAA-C03")).toEqual(new Set());

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(backupCounts(parsed.file)).toEqual({
      attempts: 1,
      forms: 1,
      responses: 1,
      cards: 1,
      reviewLog: 1,
      certifications: 0,
      settings: 1,
      studySessions: 1,
      notes: 1,
      problemReports: 1,
      banks: 1,
      questions: 1,
    });
    await restoreBackup(parsed.file, "merge");
    expect(await repos.backup.exportAll()).toEqual(before);
    expect((await repos.banks.formEntries("SAA-C03")).map((e) => e.id)).toEqual(["q1", "m1"]);
    expect(await repos.attempts.seenItemIds("SAA-C03")).toEqual(new Set(["q1"]));
  });

  it("restores into another device's database with replace", async () => {
    const source = fresh();
    await learnerData(source);
    const { text } = await exportBackup(new Date());
    const target = fresh();
    await target.settings.set("other", true);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreBackup(parsed.file, "replace");
    expect(await target.backup.exportAll()).toEqual(await source.backup.exportAll());
  });

  it("rejects a foreign or broken file with where the problem is, and changes nothing", async () => {
    const repos = fresh();
    await learnerData(repos);
    const before = await repos.backup.exportAll();
    expect(parseBackup('{"questions": []}')).toEqual({
      ok: false,
      error: "$.format: this is not a Zenkan backup file",
    });
    expect(parseBackup('{"format": "zenkan-backup", "version": 1,')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^1:\d+: invalid JSON/),
    });
    const { text } = await exportBackup(new Date());
    const file = JSON.parse(text);
    file.data.forms = [];
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: false,
      error: '$.data.attempts[0]: attempt "a1" has no form',
    });
    file.version = 2;
    expect(parseBackup(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^\$\.version: /),
    });
    expect(await repos.backup.exportAll()).toEqual(before);
  });

  it("writes all or nothing: a bad record midway leaves the data as it was", async () => {
    const repos = fresh();
    await learnerData(repos);
    const before = await repos.backup.exportAll();
    const broken = {
      ...before,
      settings: [{ key: "x", value: 1 }],
      questions: [{ nokey: true }],
    } as unknown as BackupData;
    await expect(repos.backup.importAll(broken, "replace")).rejects.toThrow();
    expect(await repos.backup.exportAll()).toEqual(before);
  });
});
