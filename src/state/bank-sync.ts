import type { BankOrigin, BankRecord, BankRepository, QuestionRecord } from "../db/ports.ts";
import type { Bank } from "../domain/bank/schema.ts";

/**
 * Loads the banks that ship with the app into storage: a bank is fetched and stored only
 * when it is new or its content hash changed, each bank in one transaction, so a failure
 * half-way leaves every bank either as it was or fully updated. Learner history is keyed
 * by item id and lives in other tables: it is never touched here.
 */

/** A bank shipped with the app: its content-hashed file under the base URL, and its SHA-256. */
export interface BundledBank {
  id: string;
  exam: string;
  file: string;
  hash: string;
  questionCount: number;
  bytes: number;
}

export interface SyncProgress {
  done: number;
  total: number;
}

export interface SyncResult {
  loaded: string[];
  removed: string[];
  unchanged: string[];
}

export function bankRecords(
  bank: Bank,
  origin: BankOrigin,
  hash: string,
  now: number,
): { record: BankRecord; questions: QuestionRecord[] } {
  return {
    record: {
      id: bank.id,
      exam: bank.exam,
      title: bank.title,
      license: bank.license,
      source: bank.source,
      origin,
      hash,
      questionCount: bank.questions.length,
      cases: bank.cases ?? [],
      storedAt: now,
    },
    questions: bank.questions.map((item) => ({
      id: item.id,
      bankId: bank.id,
      exam: bank.exam,
      domain: item.domain,
      type: item.type,
      item,
    })),
  };
}

export async function syncBundledBanks(
  manifest: readonly BundledBank[],
  repo: BankRepository,
  fetchText: (file: string) => Promise<string>,
  now: () => number,
  onProgress: (p: SyncProgress) => void = () => {},
): Promise<SyncResult> {
  const stored = new Map((await repo.list()).map((b) => [b.id, b]));
  const stale = manifest.filter((m) => stored.get(m.id)?.hash !== m.hash);
  const result: SyncResult = {
    loaded: [],
    removed: [],
    unchanged: manifest.filter((m) => !stale.includes(m)).map((m) => m.id),
  };
  const gone = [...stored.values()].filter(
    (b) => b.origin === "bundled" && !manifest.some((m) => m.id === b.id),
  );
  const total = stale.length + gone.length;
  let done = 0;
  onProgress({ done, total });
  for (const entry of stale) {
    const text = await fetchText(entry.file);
    let bank: Bank;
    try {
      bank = JSON.parse(text) as Bank;
    } catch {
      throw new Error(`${entry.file}: the bundled bank is not valid JSON`);
    }
    if (bank.id !== entry.id || !Array.isArray(bank.questions)) {
      throw new Error(`${entry.file}: this is not the bank "${entry.id}"`);
    }
    const { record, questions } = bankRecords(bank, "bundled", entry.hash, now());
    await repo.replace(record, questions);
    result.loaded.push(entry.id);
    onProgress({ done: ++done, total });
  }
  for (const bank of gone) {
    await repo.remove(bank.id);
    result.removed.push(bank.id);
    onProgress({ done: ++done, total });
  }
  return result;
}

/** Reads a bundled bank's file from under the app's base URL. */
export function fetchBankText(base: string) {
  return async (file: string): Promise<string> => {
    const res = await fetch(`${base}${file}`);
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return res.text();
  };
}

/** Asks the bank sync worker (bank-sync-worker.ts) to load these banks from under `base`. */
export interface SyncRequest {
  manifest: BundledBank[];
  base: string;
}

/** What the bank sync worker reports: progress, then done or the error that stopped it. */
export type SyncMessage =
  | ({ type: "progress" } & SyncProgress)
  /** Done, with the questions now stored per exam, so the app need not count them again. */
  | { type: "done"; counts: [exam: string, questions: number][] }
  | { type: "error"; name: string; message: string };
