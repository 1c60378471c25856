import { create } from "zustand";
import type { Repositories } from "../db/ports.ts";
import type { SyncMessage, SyncProgress, SyncRequest } from "./bank-sync.ts";

/**
 * The way from the app to its storage. The composition root (app/main.tsx) says how to
 * open it; the implementation is loaded on first use, after the first paint, so it never
 * weighs on start-up. Tests give their own.
 */

let open: (() => Promise<Repositories>) | undefined;
let repositories: Promise<Repositories> | undefined;
let syncWorker: (() => Worker) | undefined;

/**
 * `opener` opens the repositories; `options.syncWorker`, when given, starts a worker that
 * stores the bundled banks (app/bank-sync-worker.ts) instead of this thread.
 */
export function configureStorage(
  opener: () => Promise<Repositories>,
  options: { syncWorker?: () => Worker } = {},
) {
  open = opener;
  repositories = undefined;
  syncWorker = options.syncWorker;
}

export function getRepositories(): Promise<Repositories> {
  if (!open) return Promise.reject(new Error("storage is not configured"));
  repositories ??= open();
  return repositories;
}

/**
 * Stores the bundled banks that are new or changed, and counts the questions stored per
 * exam: in the configured worker (which opens the app's database itself, so start-up never
 * loads the storage code on this thread), or on this thread when there is none (unit tests).
 */
function syncBundled(
  request: SyncRequest,
  onProgress: (p: SyncProgress) => void,
): Promise<Map<string, number>> {
  const startWorker = syncWorker;
  if (startWorker === undefined)
    return Promise.all([import("./bank-sync.ts"), getRepositories()]).then(async ([m, repos]) => {
      await m.syncBundledBanks(
        request.manifest,
        repos.banks,
        m.fetchBankText(request.base),
        () => Date.now(),
        onProgress,
      );
      return repos.banks.countByExam();
    });
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.addEventListener("message", (e: MessageEvent<SyncMessage>) => {
      const m = e.data;
      if (m.type === "progress") return onProgress(m);
      worker.terminate();
      if (m.type === "done") return resolve(new Map(m.counts));
      const error = new Error(m.message);
      error.name = m.name; // how the caller tells storage that cannot open from other errors
      reject(error);
    });
    worker.addEventListener("error", (e) => {
      worker.terminate();
      reject(new Error(e.message || "the bank loader stopped"));
    });
    worker.postMessage(request);
  });
}

export type SyncState =
  | { phase: "idle" }
  | { phase: "loading"; done: number; total: number }
  | { phase: "ready" }
  | { phase: "error"; message: string; storageUnavailable: boolean };

interface BanksState {
  sync: SyncState;
  /** Questions stored per exam code; undefined until first counted. */
  counts: Map<string, number> | undefined;
  refreshCounts(): Promise<void>;
  loadBundled(): Promise<void>;
}

export const useBanks = create<BanksState>()((set, get) => ({
  sync: { phase: "idle" },
  counts: undefined,
  async refreshCounts() {
    const repos = await getRepositories();
    set({ counts: await repos.banks.countByExam() });
  },
  async loadBundled() {
    if (get().sync.phase === "loading") return;
    set({ sync: { phase: "loading", done: 0, total: 0 } });
    try {
      const { bundledBanks } = await import("virtual:bundled-banks");
      const onProgress = ({ done, total }: SyncProgress) =>
        set({ sync: { phase: "loading", done, total } });
      const request = { manifest: bundledBanks, base: import.meta.env.BASE_URL };
      set({ sync: { phase: "ready" }, counts: await syncBundled(request, onProgress) });
    } catch (e) {
      const name = e instanceof Error ? e.name : "";
      set({
        sync: {
          phase: "error",
          message: e instanceof Error ? e.message : String(e),
          // Dexie names these when IndexedDB is missing or refuses to open.
          storageUnavailable:
            name === "MissingAPIError" ||
            name === "OpenFailedError" ||
            name === "InvalidStateError",
        },
      });
    }
  },
}));
