import type { BackupData } from "../db/ports.ts";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  parseBackup,
} from "../domain/backup/format.ts";
import { getRepositories } from "./storage.ts";

/** Backup and restore of everything the learner made (issue: nothing lost, ever). */

export async function exportBackup(now: Date): Promise<{ fileName: string; text: string }> {
  const repos = await getRepositories();
  const data = await repos.backup.exportAll();
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: "zenkan",
    data,
  };
  const stamp = now.toISOString().slice(0, 10);
  return { fileName: `zenkan-backup-${stamp}.json`, text: JSON.stringify(file) };
}

export { parseBackup };

/** Writes a checked backup; all or nothing. */
export async function restoreBackup(file: BackupFile, mode: "merge" | "replace"): Promise<void> {
  const repos = await getRepositories();
  // The schema checked each record's identifying keys; the records are as this app wrote them.
  await repos.backup.importAll(file.data as unknown as BackupData, mode);
}
