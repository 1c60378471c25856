import { create } from "zustand";
import { DEFAULT_RETENTION, type ScheduleOptions } from "../domain/study/schedule.ts";
import { getRepositories } from "./storage.ts";

/**
 * How reviews are scheduled: the desired retention (FSRS's target chance of recalling a
 * card when it comes due) and the learner's exam date per certification, which brings
 * reviews forward so every card seen is reviewed before that day. Stored in the settings
 * table, read once per visit.
 */

const RETENTION = "desiredRetention";
const EXAM_DATES = "examDates";
export const RETENTION_CHOICES = [0.8, 0.85, 0.9, 0.93, 0.95, 0.97] as const;

interface StudySettingsState {
  loaded: boolean;
  retention: number;
  /** Exam code → ISO date (yyyy-mm-dd) of the booked exam. */
  examDates: Record<string, string>;
  load(): Promise<void>;
  setRetention(retention: number): Promise<void>;
  setExamDate(exam: string, date: string | null): Promise<void>;
}

const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

export const useStudySettings = create<StudySettingsState>()((set, get) => ({
  loaded: false,
  retention: DEFAULT_RETENTION,
  examDates: {},
  async load() {
    if (get().loaded) return;
    const repos = await getRepositories();
    const [retention, dates] = await Promise.all([
      repos.settings.get<number>(RETENTION),
      repos.settings.get<Record<string, unknown>>(EXAM_DATES),
    ]);
    set({
      loaded: true,
      retention:
        typeof retention === "number" && retention >= 0.7 && retention <= 0.99
          ? retention
          : DEFAULT_RETENTION,
      examDates: Object.fromEntries(
        Object.entries(dates ?? {}).filter((e): e is [string, string] => isDate(e[1])),
      ),
    });
  },
  async setRetention(retention) {
    const repos = await getRepositories();
    await repos.settings.set(RETENTION, retention);
    set({ retention });
  },
  async setExamDate(exam, date) {
    const examDates = { ...get().examDates };
    if (date && isDate(date)) examDates[exam] = date;
    else delete examDates[exam];
    const repos = await getRepositories();
    await repos.settings.set(EXAM_DATES, examDates);
    set({ examDates });
  },
}));

/** Start of the learner's local day for an ISO date, in epoch ms. */
export function localDayStart(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** Exam code → start of the exam day, for the due queue. */
export async function examDays(): Promise<Map<string, number>> {
  await useStudySettings.getState().load();
  const { examDates } = useStudySettings.getState();
  return new Map(Object.entries(examDates).map(([exam, iso]) => [exam, localDayStart(iso)]));
}

/** The scheduler's options for a card of this exam. */
export async function scheduleOptions(exam: string): Promise<ScheduleOptions> {
  await useStudySettings.getState().load();
  const { retention, examDates } = useStudySettings.getState();
  const iso = examDates[exam];
  return iso ? { retention, examDay: localDayStart(iso) } : { retention };
}
