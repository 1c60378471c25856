/**
 * Plain IndexedDB beside the app's Dexie code: the yardsticks the app is held against.
 *
 * importItemsPerSec against rawIndexedDbItemsPerSec: the same QuestionRecords written by
 * the app's import save path (BankRepository.replace: one Dexie transaction) and by plain
 * IndexedDB (one readwrite transaction, one put per record), each into an empty store with
 * the same indexes, timed until the transaction has committed. Runs alternate which goes
 * first, so neither always meets a warmer disk cache.
 */

import { ZenkanDatabase } from "../../../src/db/dexie/database.ts";
import { dexieRepositories } from "../../../src/db/dexie/repositories.ts";
import type { BankRecord, QuestionRecord } from "../../../src/db/ports.ts";

const done = (req: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (req instanceof IDBTransaction) {
      req.oncomplete = () => resolve();
      req.onabort = () => reject(req.error);
    } else {
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    }
  });

/** The app's questions store, as Dexie declares it: "id, bankId, exam, [exam+domain]". */
function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore("questions", { keyPath: "id" });
      store.createIndex("bankId", "bankId");
      store.createIndex("exam", "exam");
      store.createIndex("[exam+domain]", ["exam", "domain"]);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function rawPut(db: IDBDatabase, questions: readonly QuestionRecord[]): Promise<number> {
  await done(db.transaction("questions", "readwrite").objectStore("questions").clear());
  const t0 = performance.now();
  const tx = db.transaction("questions", "readwrite");
  const store = tx.objectStore("questions");
  for (const q of questions) store.put(q);
  await done(tx);
  return performance.now() - t0;
}

export interface ImportTimes {
  appMs: number[];
  rawMs: number[];
}

export async function importBench(
  bank: BankRecord,
  questions: QuestionRecord[],
  runs: number,
): Promise<ImportTimes> {
  const dexie = new ZenkanDatabase("zenkan-bench-import");
  const repo = dexieRepositories(dexie).banks;
  const raw = await openRaw("zenkan-bench-raw");
  const appRun = async () => {
    await dexie.questions.clear();
    await dexie.banks.clear();
    const t0 = performance.now();
    await repo.replace(bank, questions);
    return performance.now() - t0;
  };
  const times: ImportTimes = { appMs: [], rawMs: [] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      times.appMs.push(await appRun());
      times.rawMs.push(await rawPut(raw, questions));
    } else {
      times.rawMs.push(await rawPut(raw, questions));
      times.appMs.push(await appRun());
    }
  }
  // Leave the origin's storage as small as it was: the app measurements come next.
  dexie.close();
  raw.close();
  await ZenkanDatabase.delete("zenkan-bench-import");
  await done(indexedDB.deleteDatabase("zenkan-bench-raw"));
  return times;
}

const openPutDb = () =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open("zenkan-bench-put", 1);
    req.onupgradeneeded = () => req.result.createObjectStore("responses", { keyPath: "id" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * The platform's floor for answerPersist: one small record put in its own readwrite
 * transaction with plain IndexedDB, until committed; with the browser's default
 * durability and with "relaxed" (no flush to disk before complete).
 */
export async function putLatency(runs: number) {
  const db = await openPutDb();
  const one = async (i: number, durability: IDBTransactionDurability) => {
    const t0 = performance.now();
    const tx = db.transaction("responses", "readwrite", { durability });
    tx.objectStore("responses").put({ id: `r${i % 75}`, answer: ["a"], answeredAt: Date.now() });
    await done(tx);
    return performance.now() - t0;
  };
  const times = { default: [] as number[], relaxed: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.default.push(await one(i, "default"));
    times.relaxed.push(await one(i, "relaxed"));
  }
  db.close();
  return times;
}

/**
 * The same put started by a real click, timed as answerPersist is: from the click event's
 * timeStamp until committed. Chromium renders a frame after input before it delivers the
 * transaction's completion, so this is the floor for any write a click starts.
 */
export async function armClickPut(button: HTMLElement): Promise<() => number | null> {
  const db = await openPutDb();
  let ms: number | null = null;
  button.onclick = (e) => {
    const tx = db.transaction("responses", "readwrite");
    tx.objectStore("responses").put({ id: "click", answer: ["a"], answeredAt: Date.now() });
    tx.oncomplete = () => {
      ms = performance.now() - e.timeStamp;
      db.close();
    };
  };
  return () => ms;
}
