import { create } from "zustand";

/**
 * What Home shows on each exam's card beyond its format: where the learner stands. Filled
 * after the first paint by ./dashboard-load.ts (loaded on demand: it brings the readiness
 * model and the scheduler, which start-up does not need).
 */

export type ExamStatus = "not-started" | "studying" | "ready" | "passed" | "expired" | "retired";

export interface ExamDashboard {
  status: ExamStatus;
  /** Present once there is enough data for an estimate. */
  estimate: { scaled: number; low: number; high: number; passProbability: number } | null;
  due: number;
  /** The exam date the learner set (yyyy-mm-dd) and the days left until it. */
  examDate: string | null;
  daysLeft: number | null;
}

interface DashboardState {
  byExam: Map<string, ExamDashboard> | null;
  error: string | null;
  refresh(): Promise<void>;
}

export const useDashboard = create<DashboardState>()((set) => ({
  byExam: null,
  error: null,
  async refresh() {
    try {
      const { loadDashboard } = await import("./dashboard-load.ts");
      set({ byExam: await loadDashboard(Date.now()), error: null });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
}));
