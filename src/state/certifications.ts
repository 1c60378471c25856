import { create } from "zustand";
import type { CertificationRecord } from "../db/ports.ts";
import { timeUsedMs } from "./attempt-time.ts";
import { getRepositories } from "./storage.ts";
import { storageProblem } from "./storage-error.ts";

/** The certifications the learner holds, as recorded on this device. */
interface CertificationsState {
  list: CertificationRecord[] | null;
  error: string | null;
  load(): Promise<void>;
  add(exam: string, passedOn: string, score: number | null, paidJpy: number | null): Promise<void>;
  remove(id: string): Promise<void>;
}

export const useCertifications = create<CertificationsState>()((set, get) => ({
  list: null,
  error: null,
  async load() {
    try {
      const repos = await getRepositories();
      set({ list: await repos.certifications.list(), error: null });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
  async add(exam, passedOn, score, paidJpy) {
    try {
      const repos = await getRepositories();
      await repos.certifications.put({ id: `${exam}-${passedOn}`, exam, passedOn, score, paidJpy });
      await get().load();
    } catch (e) {
      set({ error: storageProblem(e).detail });
    }
  },
  async remove(id) {
    try {
      const repos = await getRepositories();
      await repos.certifications.remove(id);
      await get().load();
    } catch (e) {
      set({ error: storageProblem(e).detail });
    }
  },
}));

/** Today as a local calendar day (yyyy-mm-dd). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Time used in every submitted attempt (mock exam or practice), per exam family. */
export async function attemptTimes(): Promise<{ family: string; ms: number }[]> {
  const repos = await getRepositories();
  return (await repos.attempts.listAll())
    .filter((a) => a.status === "submitted")
    .map((a) => ({ family: a.exam.slice(0, 3), ms: timeUsedMs(a) }));
}
