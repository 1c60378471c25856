/**
 * How safe the learner's data is on this device: whether the browser may evict it, and
 * how much is used. Wraps the StorageManager API, absent in some browsers.
 */
export interface StorageStatus {
  persistent: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function storageStatus(
  storage: StorageManager | undefined = navigator.storage,
): Promise<StorageStatus> {
  if (!storage) return { persistent: null, usageBytes: null, quotaBytes: null };
  const [persistent, estimate] = await Promise.all([
    storage.persisted?.().catch(() => null) ?? null,
    storage.estimate?.().catch(() => null) ?? null,
  ]);
  return { persistent, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** Asks the browser to keep this site's data; true when it agrees. */
export async function requestPersistence(
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean> {
  return (await storage?.persist?.().catch(() => false)) ?? false;
}
