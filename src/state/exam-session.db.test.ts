import { beforeEach, describe, expect, it } from "vitest";
import { attemptRecord } from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { Repositories } from "../db/ports.ts";
import { useExamSession } from "./exam-session.ts";
import { configureStorage } from "./storage.ts";
import { storageProblem } from "./storage-error.ts";

const item = (id: string) => ({
  id,
  domain: "secure",
  type: "multiple" as const,
  stem: { en: id },
  explanation: { en: "e" },
  references: [],
  options: ["a", "b", "c", "d", "e"].map((o) => ({ id: o, text: { en: o } })),
  answer: ["a", "b"],
});

let n = 0;
let repos: Repositories;
let quotaFull = false;

beforeEach(async () => {
  repos = dexieRepositories(new ZenkanDatabase(`session-${++n}`));
  const saveResponse = repos.attempts.saveResponse.bind(repos.attempts);
  // A device whose storage fills up when the test says so.
  repos.attempts.saveResponse = async (r, p) => {
    if (quotaFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return saveResponse(r, p);
  };
  quotaFull = false;
  configureStorage(async () => repos);
  const attempt = attemptRecord({ startedAt: Date.now(), deadline: Date.now() + 3_600_000 });
  await repos.attempts.create(attempt, {
    attemptId: "a1",
    items: [item("q1"), item("q2")],
    order: { q1: ["a", "b", "c", "d", "e"], q2: ["e", "d", "c", "b", "a"] },
    cases: [],
  });
  await useExamSession.getState().open("a1");
});

describe("the exam session", () => {
  it("shows an answer only once it is stored, and quick changes build on each other", async () => {
    const s = useExamSession.getState();
    expect(s.phase).toBe("active");
    await Promise.all([
      s.answer("q1", (prev) => [...(Array.isArray(prev) ? prev : []), "a"]),
      s.answer("q1", (prev) => [...(Array.isArray(prev) ? prev : []), "c"]),
      s.toggleFlag("q1"),
    ]);
    expect(useExamSession.getState().responses.get("q1")).toMatchObject({
      answer: ["a", "c"],
      flagged: true,
    });
    expect(await repos.attempts.responses("a1")).toMatchObject([
      { itemId: "q1", answer: ["a", "c"], flagged: true },
    ]);
  });

  it("turns a full disk into a clear problem and keeps what was stored before", async () => {
    const s = useExamSession.getState();
    await s.answer("q1", ["a", "b"]);
    quotaFull = true;
    await s.answer("q1", ["c", "d"]);
    const after = useExamSession.getState();
    expect(after.error).toEqual({ kind: "quota", detail: "The quota has been exceeded." });
    expect(after.responses.get("q1")?.answer).toEqual(["a", "b"]);
    expect((await repos.attempts.responses("a1"))[0]?.answer).toEqual(["a", "b"]);
    quotaFull = false;
    await s.answer("q1", ["c", "d"]);
    expect(useExamSession.getState().error).toBeNull();
    expect((await repos.attempts.responses("a1"))[0]?.answer).toEqual(["c", "d"]);
  });

  it("scores the answers still being written when the learner submits at once", async () => {
    const s = useExamSession.getState();
    void s.answer("q1", ["a", "b"]);
    await s.submit(Date.now());
    const done = useExamSession.getState();
    expect(done.phase).toBe("submitted");
    // q2 is unscored: the one scored item is right.
    expect(done.attempt?.report).toMatchObject({ right: 1, total: 1, passed: true });
    expect((await repos.study.cards(["q1", "q2"])).size).toBe(1);
  });
});

describe("storage problems", () => {
  it("recognises a quota error wrapped by an aborted transaction", () => {
    const inner = new DOMException("full", "QuotaExceededError");
    expect(
      storageProblem(Object.assign(new Error("Transaction aborted"), { name: "AbortError", inner }))
        .kind,
    ).toBe("quota");
    expect(storageProblem(new Error("boom"))).toEqual({ kind: "other", detail: "boom" });
  });
});
