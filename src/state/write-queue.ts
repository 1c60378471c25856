import type { Repositories } from "../db/ports.ts";
import { getRepositories } from "./storage.ts";
import { type StorageProblem, storageProblem } from "./storage-error.ts";

/**
 * Writes one at a time, in the order the learner made them: a change computed inside a
 * job sees what the previous job committed. A failed write does not block the next.
 */
export function writeQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
}

/** How long a write runs before the screen says "Saving…". */
export const SHOW_SAVING_AFTER_MS = 150;

interface WritableState {
  phase: string;
  saving: boolean;
  error: StorageProblem | null;
}

/**
 * The way a session store changes what the learner did: each job writes to storage and
 * returns the state to show, which is applied inside the queue once the write resolved,
 * so the screen never shows what storage does not have, and the next job sees it.
 * `saving` is true while a write has been on its way for a noticeable time; a failure is
 * kept in `error`.
 */
export function committedWrites<S extends WritableState>(
  get: () => S,
  set: (patch: Partial<S>) => void,
) {
  const serial = writeQueue();
  let pending = 0;
  /**
   * Runs work that the screen shows as saving (also used by jobs that are not `write`s).
   * "Saving…" shows only once a write has taken SHOW_SAVING_AFTER_MS: most commit in about
   * ten, and flagging each of them would only flicker, and re-render the screen twice per
   * answer while the answer's write is still being sent.
   */
  async function track<T>(work: () => Promise<T>): Promise<T | undefined> {
    pending++;
    const slow = setTimeout(() => {
      if (pending > 0) set({ saving: true } as Partial<S>);
    }, SHOW_SAVING_AFTER_MS);
    try {
      return await work();
    } catch (e) {
      set({ error: storageProblem(e) } as Partial<S>);
      return undefined;
    } finally {
      pending--;
      clearTimeout(slow);
      if (pending === 0 && get().saving) set({ saving: false } as Partial<S>);
    }
  }
  async function write(job: (repos: Repositories) => Promise<Partial<S>>): Promise<void> {
    if (get().phase !== "active") return;
    await track(async () => {
      const repos = await getRepositories();
      await serial(async () => set({ ...(await job(repos)), error: null }));
    });
  }
  return { write, serial, track };
}
