import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Repositories } from "../db/ports.ts";
import { configureStorage } from "./storage.ts";
import type { StorageProblem } from "./storage-error.ts";
import { committedWrites, SHOW_SAVING_AFTER_MS } from "./write-queue.ts";

type State = { phase: string; saving: boolean; error: StorageProblem | null; n: number };

function store() {
  let state: State = { phase: "active", saving: false, error: null, n: 0 };
  const seen: boolean[] = [];
  const set = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    if ("saving" in patch) seen.push(state.saving);
  };
  const { write } = committedWrites(() => state, set);
  return { write, seen, get: () => state };
}

/** A write that takes `ms` of (fake) time to commit. */
const takes = (ms: number) => () =>
  new Promise<Partial<State>>((resolve) => setTimeout(() => resolve({ n: ms }), ms));

beforeEach(() => {
  vi.useFakeTimers();
  configureStorage(async () => ({}) as Repositories);
});
afterEach(() => vi.useRealTimers());

describe("the saving indicator", () => {
  it("never shows for a write that commits at once", async () => {
    const s = store();
    const done = s.write(takes(10));
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(s.get().n).toBe(10);
    expect(s.seen).toEqual([]);
  });

  it("shows while a slow write is on its way, and goes once it has committed", async () => {
    const s = store();
    const done = s.write(takes(1000));
    await vi.advanceTimersByTimeAsync(SHOW_SAVING_AFTER_MS - 1);
    expect(s.get().saving).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.get().saving).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(s.get()).toMatchObject({ saving: false, n: 1000 });
  });

  it("stays while a second write is still on its way", async () => {
    const s = store();
    const first = s.write(takes(200));
    const second = s.write(takes(400));
    await vi.advanceTimersByTimeAsync(250);
    await first;
    expect(s.get().saving).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    await second;
    expect(s.get().saving).toBe(false);
  });
});
