import { create } from "zustand";
import type { Repositories } from "../db/ports.ts";

/**
 * The way from the app to its storage. The composition root (app/main.tsx) says how to
 * open it; the implementation is loaded on first use, after the first paint, so it never
 * weighs on start-up. Tests give their own.
 */

let open: (() => Promise<Repositories>) | undefined;
let repositories: Promise<Repositories> | undefined;

export function configureStorage(opener: () => Promise<Repositories>) {
  open = opener;
  repositories = undefined;
}

export function getRepositories(): Promise<Repositories> {
  if (!open) return Promise.reject(new Error("storage is not configured"));
  repositories ??= open();
  return repositories;
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
      const [{ bundledBanks }, { syncBundledBanks }, repos] = await Promise.all([
        import("virtual:bundled-banks"),
        import("./bank-sync.ts"),
        getRepositories(),
      ]);
      const base = import.meta.env.BASE_URL;
      await syncBundledBanks(
        bundledBanks,
        repos.banks,
        async (file) => {
          const res = await fetch(`${base}${file}`);
          if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
          return res.text();
        },
        () => Date.now(),
        ({ done, total }) => set({ sync: { phase: "loading", done, total } }),
      );
      set({ sync: { phase: "ready" }, counts: await repos.banks.countByExam() });
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
