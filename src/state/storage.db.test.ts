import { beforeEach, describe, expect, it, vi } from "vitest";
import { bankRecord, questionRecord } from "../../tests/unit/fixtures.ts";
import { ZenkanDatabase } from "../db/dexie/database.ts";
import { dexieRepositories } from "../db/dexie/repositories.ts";
import type { SyncMessage, SyncRequest } from "./bank-sync.ts";
import { configureStorage, type SyncState, useBanks } from "./storage.ts";

const manifest = [
  { id: "b1", exam: "SAA-C03", file: "banks/b1.0a.json", hash: "h1", questionCount: 2, bytes: 9 },
  { id: "b2", exam: "CLF-C02", file: "banks/b2.0b.json", hash: "h2", questionCount: 1, bytes: 9 },
];
vi.mock("virtual:bundled-banks", () => ({ bundledBanks: manifest }));

/** A stand-in for app/bank-sync-worker.ts: answers a request with the given messages. */
function fakeWorker(reply: SyncMessage[]) {
  const listeners: ((e: MessageEvent<SyncMessage>) => void)[] = [];
  const seen: { request?: SyncRequest; terminated: boolean } = { terminated: false };
  const worker = {
    addEventListener(type: string, fn: (e: MessageEvent<SyncMessage>) => void) {
      if (type === "message") listeners.push(fn);
    },
    postMessage(request: SyncRequest) {
      seen.request = request;
      setTimeout(() => {
        for (const data of reply)
          for (const l of listeners) l({ data } as MessageEvent<SyncMessage>);
      });
    },
    terminate() {
      seen.terminated = true;
    },
  };
  return { worker: worker as unknown as Worker, seen };
}

let n = 0;
async function run(reply: SyncMessage[]) {
  const repos = dexieRepositories(new ZenkanDatabase(`storage-${++n}`));
  // What the worker would have stored.
  await repos.banks.replace(bankRecord(), [questionRecord("q1"), questionRecord("q2")]);
  const { worker, seen } = fakeWorker(reply);
  const opened = { main: false };
  configureStorage(
    async () => {
      opened.main = true;
      return repos;
    },
    { syncWorker: () => worker },
  );
  const states: SyncState[] = [];
  const stop = useBanks.subscribe((s) => states.push(s.sync));
  await useBanks.getState().loadBundled();
  stop();
  return { seen, states, opened };
}

beforeEach(() => useBanks.setState({ sync: { phase: "idle" }, counts: undefined }));

describe("loading the bundled banks through a worker", () => {
  it("sends the manifest, shows the worker's progress, then the counts it sends", async () => {
    const { seen, states, opened } = await run([
      { type: "progress", done: 0, total: 2 },
      { type: "progress", done: 1, total: 2 },
      { type: "progress", done: 2, total: 2 },
      { type: "done", counts: [["SAA-C03", 2]] },
    ]);
    expect(seen.request?.manifest).toEqual(manifest);
    expect(seen.request?.base).toBe("/");
    expect(states).toContainEqual({ phase: "loading", done: 1, total: 2 });
    expect(useBanks.getState().sync).toEqual({ phase: "ready" });
    expect(useBanks.getState().counts).toEqual(new Map([["SAA-C03", 2]]));
    expect(seen.terminated).toBe(true);
    // Start-up never loaded the storage code on the main thread for this.
    expect(opened.main).toBe(false);
  });

  it("says storage is unavailable when the worker could not open the database", async () => {
    const { seen } = await run([
      { type: "error", name: "OpenFailedError", message: "IndexedDB refused to open" },
    ]);
    expect(useBanks.getState().sync).toEqual({
      phase: "error",
      message: "IndexedDB refused to open",
      storageUnavailable: true,
    });
    expect(seen.terminated).toBe(true);
  });

  it("names the file when a download failed", async () => {
    await run([{ type: "error", name: "Error", message: "banks/x.json: HTTP 404" }]);
    expect(useBanks.getState().sync).toEqual({
      phase: "error",
      message: "banks/x.json: HTTP 404",
      storageUnavailable: false,
    });
  });
});
