import { openRepositories } from "../db/dexie/repositories.ts";
import {
  fetchBankText,
  type SyncMessage,
  type SyncRequest,
  syncBundledBanks,
} from "../state/bank-sync.ts";

/**
 * The bank sync worker: on a first visit (or after an update) it fetches, parses and stores
 * every bundled bank, megabytes of JSON and of IndexedDB writes, off the main thread, so
 * Home stays responsive meanwhile. Like app/main.tsx, a composition root: it opens the
 * app's own database. One request per worker; main.tsx tells state/storage.ts to use it.
 */

const post = (m: SyncMessage) => postMessage(m);

addEventListener("message", async (e: MessageEvent<SyncRequest>) => {
  const { manifest, base } = e.data;
  try {
    const repos = openRepositories();
    await syncBundledBanks(
      manifest,
      repos.banks,
      fetchBankText(base),
      () => Date.now(),
      ({ done, total }) => post({ type: "progress", done, total }),
    );
    post({ type: "done", counts: [...(await repos.banks.countByExam())] });
  } catch (err) {
    post({
      type: "error",
      name: err instanceof Error ? err.name : "",
      message: err instanceof Error ? err.message : String(err),
    });
  }
});
