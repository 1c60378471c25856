import { Dexie } from "dexie";
import { describe, expect, it } from "vitest";
import { attemptRecord, questionRecord, singleItem } from "../../../tests/unit/fixtures.ts";
import type { ScoreReport } from "../../domain/exam/scoring.ts";
import { readiness, readinessFromStats } from "../../domain/readiness/model.ts";
import { review } from "../../domain/study/schedule.ts";
import type { ReviewLogRecord } from "../ports.ts";
import { schemaAt, ZenkanDatabase } from "./database.ts";
import { dexieRepositories } from "./repositories.ts";

let n = 0;
const DAY = 86_400_000;
const exam = {
  passMark: 720,
  scoredItems: 50,
  domains: [
    { id: "secure", weight: 50 },
    { id: "resilient", weight: 50 },
  ],
};
const report: ScoreReport = {
  right: 0,
  total: 0,
  scaled: 100,
  passMark: 720,
  passed: false,
  rawCut: 0.72,
  domains: [],
};

function log(
  itemId: string,
  at: number,
  outcome: "right" | "wrong",
  domain?: string,
): ReviewLogRecord {
  return {
    itemId,
    exam: "SAA-C03",
    reviewedAt: at,
    outcome,
    source: "exam",
    sourceId: "a1",
    ...(domain ? { domain } : {}),
    log: review(null, outcome, at).log,
  };
}

describe("stored readiness sums", () => {
  it("grow with every submitted answer and equal the fold of the whole log", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(`sums-${++n}`));
    const logs = Array.from({ length: 40 }, (_, i) =>
      log(`q${i}`, i * DAY, i % 3 ? "right" : "wrong", i % 2 ? "secure" : "resilient"),
    );
    for (const [i, part] of [logs.slice(0, 25), logs.slice(25)].entries()) {
      const id = `a${i}`;
      await repos.attempts.create(attemptRecord({ id }), {
        attemptId: id,
        items: [singleItem("q0")],
        order: {},
        cases: [],
      });
      await repos.attempts.submit(id, 50 * DAY, report, false, { cards: [], logs: part });
    }
    const stored = await repos.readiness.stats("SAA-C03");
    if (!stored) throw new Error("no sums stored");
    const now = 41 * DAY;
    const direct = readiness(
      exam,
      logs.map((l) => ({
        domain: l.domain ?? "",
        correct: l.outcome === "right",
        at: l.reviewedAt,
      })),
      { now },
    );
    expect(readinessFromStats(exam, stored, { now })).toEqual(direct);
    expect(direct.status).toBe("estimate");
  });

  it("are built on upgrade from a version 2 log, taking missing domains from the items", async () => {
    const name = `sums-${++n}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(schemaAt(2));
    await v2.open();
    await v2.table("questions").bulkPut([questionRecord("q1"), questionRecord("q2")]);
    // Written before logs kept the domain; "gone" names an item no longer stored.
    await v2
      .table("reviewLog")
      .bulkAdd([log("q1", 1, "right"), log("q2", 2, "wrong"), log("gone", 3, "wrong")]);
    v2.close();

    const repos = dexieRepositories(new ZenkanDatabase(name));
    const stats = await repos.readiness.stats("SAA-C03");
    expect(stats?.domains.secure?.n).toBe(2);
    expect(Object.keys(stats?.domains ?? {})).toEqual(["secure"]);
  });

  it("are rebuilt from the restored log when a backup replaces the data", async () => {
    const repos = dexieRepositories(new ZenkanDatabase(`sums-${++n}`));
    await repos.attempts.create(attemptRecord(), {
      attemptId: "a1",
      items: [],
      order: {},
      cases: [],
    });
    await repos.attempts.submit("a1", 10, report, false, {
      cards: [],
      logs: [log("q1", 5, "wrong", "secure")],
    });
    const backup = await repos.backup.exportAll();
    await repos.backup.importAll(
      { ...backup, reviewLog: [log("q9", 7, "right", "resilient")] },
      "replace",
    );
    const stats = await repos.readiness.stats("SAA-C03");
    expect(Object.keys(stats?.domains ?? {})).toEqual(["resilient"]);
    expect(stats?.domains.resilient?.wy).toBeGreaterThan(0);
  });
});
