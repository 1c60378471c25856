/**
 * What went wrong with a write, in the terms the learner can act on. A full disk (quota)
 * needs space freed or a backup; anything else is worth a retry. Dexie names its errors
 * after the DOMException, and wraps the cause of an aborted transaction in `inner`.
 */
export type StorageProblemKind = "quota" | "other";

export interface StorageProblem {
  kind: StorageProblemKind;
  detail: string;
}

export function storageProblem(e: unknown): StorageProblem {
  const names: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 4; depth++) {
    if (typeof cur === "object" && cur !== null && "name" in cur)
      names.push(String((cur as { name: unknown }).name));
    cur =
      typeof cur === "object" && cur !== null && "inner" in cur
        ? (cur as { inner: unknown }).inner
        : null;
  }
  const message =
    typeof e === "object" && e !== null && "message" in e
      ? String((e as { message: unknown }).message)
      : "";
  const detail = message || String(e);
  return { kind: names.includes("QuotaExceededError") ? "quota" : "other", detail };
}
