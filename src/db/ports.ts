import type { Bank, CaseStudy, Question } from "../domain/bank/schema.ts";
import type { Answer, ScoreReport } from "../domain/exam/scoring.ts";
import type { Outcome, StoredCard, StoredReview } from "../domain/study/schedule.ts";

/**
 * What Zenkan stores, and the repository interfaces the rest of the app uses to reach it.
 * Nothing here knows IndexedDB: src/db/dexie/ implements these interfaces, and state/
 * receives an implementation. Types only, so importing this costs no bytes.
 */

export type BankOrigin = "bundled" | "imported";

export interface BankRecord {
  id: string;
  exam: string;
  title: Bank["title"];
  license: string;
  source: string;
  origin: BankOrigin;
  /** SHA-256 of the bank's content when it was stored; a bundled bank reloads when it changes. */
  hash: string;
  questionCount: number;
  cases: CaseStudy[];
  storedAt: number;
}

export interface QuestionRecord {
  /** The item id, unique across banks: every answer and review card is keyed by it. */
  id: string;
  bankId: string;
  exam: string;
  domain: string;
  type: Question["type"];
  item: Question;
}

export type AttemptStatus = "in-progress" | "submitted";
/** "exam": the real format, timed. "practice": the same form, untimed, with pause. */
export type AttemptMode = "exam" | "practice";

export interface AttemptRecord {
  id: string;
  exam: string;
  mode: AttemptMode;
  status: AttemptStatus;
  startedAt: number;
  /** Minutes allowed, including any accommodation. */
  minutes: number;
  extraMinutes: number;
  /** Deadline as epoch ms (exam mode): time left is computed from it, so it survives reloads and sleep. */
  deadline: number | null;
  submittedAt: number | null;
  /** True when the attempt was submitted because time ran out. */
  autoSubmitted: boolean;
  /** Item ids in form order. */
  itemIds: string[];
  unscoredIds: string[];
  /** Index in itemIds of the item on screen, or itemIds.length for the review screen. */
  position: number;
  /** The form is shorter than the real one because the bank is smaller. */
  shortened: boolean;
  shortfalls: { domain: string; wanted: number; available: number }[];
  /** Practice mode: time spent before the current stretch, and when the current stretch began (null: paused). */
  elapsedMs: number;
  resumedAt: number | null;
  report: ScoreReport | null;
}

/**
 * The items of an attempt as they were when it started, with their presentation order,
 * so a reload shows the same form and a report reopens the same way even after a bank
 * changed or was removed.
 */
export interface FormRecord {
  attemptId: string;
  items: Question[];
  /** item id → option, step or response ids in presentation order. */
  order: Record<string, string[]>;
  cases: CaseStudy[];
}

export interface ResponseRecord {
  attemptId: string;
  itemId: string;
  /** The learner's answer: option ids, step order, or prompt→response pairs; null when cleared. */
  answer: Answer;
  flagged: boolean;
  answeredAt: number;
}

/** One spaced-repetition card per item id, created the first time the item is answered. */
export interface CardRecord {
  itemId: string;
  exam: string;
  /** Copy of card.due, indexed for the due queue. */
  due: number;
  card: StoredCard;
}

/** Every review, kept: where it came from and what the scheduler logged. */
export interface ReviewLogRecord {
  id?: number;
  itemId: string;
  exam: string;
  reviewedAt: number;
  outcome: Outcome;
  source: "exam" | "study";
  /** The attempt or study session the answer was given in. */
  sourceId: string;
  log: StoredReview;
}

export interface Reviews {
  cards: CardRecord[];
  logs: ReviewLogRecord[];
}

export interface CertificationRecord {
  id: string;
  exam: string;
  /** ISO date (yyyy-mm-dd). */
  passedOn: string;
  score: number | null;
  /** What the learner paid for this exam, in JPY with tax; absent: the catalog fee. */
  paidJpy?: number | null;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface BankRepository {
  list(): Promise<BankRecord[]>;
  get(id: string): Promise<BankRecord | undefined>;
  /**
   * Stores a bank and its questions in one transaction, replacing what the bank held
   * before. Items that left the bank are removed; answers and cards are not touched.
   */
  replace(bank: BankRecord, questions: QuestionRecord[]): Promise<void>;
  /** Removes a bank and its questions in one transaction. */
  remove(id: string): Promise<void>;
  questionsOfExam(exam: string): Promise<QuestionRecord[]>;
  countByExam(): Promise<Map<string, number>>;
}

export interface AttemptRepository {
  /** Stores a new attempt and its form together. */
  create(attempt: AttemptRecord, form: FormRecord): Promise<void>;
  get(id: string): Promise<AttemptRecord | undefined>;
  form(attemptId: string): Promise<FormRecord | undefined>;
  /** Attempts of an exam, oldest first. */
  listByExam(exam: string): Promise<AttemptRecord[]>;
  /** Every attempt, oldest first. */
  listAll(): Promise<AttemptRecord[]>;
  /** Ids of every item shown in any earlier attempt of the exam. */
  seenItemIds(exam: string): Promise<Set<string>>;
  /** Saves one response and the attempt's position together, in one transaction. */
  saveResponse(response: ResponseRecord, position: number): Promise<void>;
  /** Saves where the learner is (and, for practice, the clock); refuses a submitted attempt. */
  update(
    id: string,
    changes: Partial<Pick<AttemptRecord, "position" | "elapsedMs" | "resumedAt">>,
  ): Promise<void>;
  responses(attemptId: string): Promise<ResponseRecord[]>;
  /**
   * Marks the attempt submitted with its report and stores the review cards its answers
   * produced, in one transaction; a second submit changes nothing.
   */
  submit(
    id: string,
    submittedAt: number,
    report: ScoreReport,
    auto: boolean,
    reviews?: Reviews,
  ): Promise<AttemptRecord>;
}

export interface StudyRepository {
  /** The cards of these items that exist. */
  cards(itemIds: readonly string[]): Promise<Map<string, CardRecord>>;
  /** An item's reviews, oldest first. */
  reviewLog(itemId: string): Promise<ReviewLogRecord[]>;
}

export interface CertificationRepository {
  list(): Promise<CertificationRecord[]>;
  put(record: CertificationRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface SettingsRepository {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** Everything the learner made, as stored: what a backup file carries. */
export interface BackupData {
  attempts: AttemptRecord[];
  forms: FormRecord[];
  responses: ResponseRecord[];
  cards: CardRecord[];
  reviewLog: ReviewLogRecord[];
  certifications: CertificationRecord[];
  settings: SettingRecord[];
  /** Imported banks only: bundled ones come with the app. */
  banks: BankRecord[];
  questions: QuestionRecord[];
}

export const BACKUP_TABLES = [
  "attempts",
  "forms",
  "responses",
  "cards",
  "reviewLog",
  "certifications",
  "settings",
  "banks",
  "questions",
] as const satisfies readonly (keyof BackupData)[];

export interface BackupRepository {
  /** Reads everything in one transaction, so the copy is consistent. */
  exportAll(): Promise<BackupData>;
  /**
   * Writes a backup in one transaction. "merge" adds and overwrites records with the same
   * keys; "replace" first clears the learner's data and imported banks. All or nothing.
   */
  importAll(data: BackupData, mode: "merge" | "replace"): Promise<void>;
}

export interface Repositories {
  banks: BankRepository;
  attempts: AttemptRepository;
  study: StudyRepository;
  settings: SettingsRepository;
  backup: BackupRepository;
  certifications: CertificationRepository;
}
