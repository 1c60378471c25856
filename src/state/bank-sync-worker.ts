import { openRepositories } from "../db/dexie/repositories.ts";
import {
  fetchBankText,
  type SyncMessage,
  type SyncRequest,
  syncBundledBanks,
} from "./bank-sync.ts";

/**
 * The bank sync worker: on a first visit (or after an update) it fetches, parses and stores
 * every bundled bank, megabytes of JSON and of IndexedDB writes, off the main thread, so
 * Home stays responsive meanwhile. It opens the app's own database, as app/main.tsx does.
 * One request per worker.
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
    post({ type: "done" });
  } catch (err) {
    post({
      type: "error",
      name: err instanceof Error ? err.name : "",
      message: err instanceof Error ? err.message : String(err),
    });
  }
});
