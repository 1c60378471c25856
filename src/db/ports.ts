import type { Bank, CaseStudy, Question } from "../domain/bank/schema.ts";

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

export interface AttemptRecord {
  id: string;
  exam: string;
  status: AttemptStatus;
  startedAt: number;
  /** Deadline as epoch ms: time left is computed from it, so it survives reloads and sleep. */
  deadline: number | null;
  submittedAt: number | null;
  /** Item ids in form order. */
  itemIds: string[];
  unscoredIds: string[];
  position: number;
}

export interface ResponseRecord {
  attemptId: string;
  itemId: string;
  /** The learner's answer: option ids, step order, or prompt→response pairs. */
  answer: string[] | Record<string, string> | null;
  flagged: boolean;
  answeredAt: number;
}

export interface CardRecord {
  itemId: string;
  exam: string;
  due: number;
  /** The scheduler's state (ts-fsrs card), stored as it gives it. */
  state: Record<string, unknown>;
}

export interface ReviewLogRecord {
  id?: number;
  itemId: string;
  reviewedAt: number;
  rating: number;
  log: Record<string, unknown>;
}

export interface CertificationRecord {
  id: string;
  exam: string;
  /** ISO date (yyyy-mm-dd). */
  passedOn: string;
  score: number | null;
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
  create(attempt: AttemptRecord): Promise<void>;
  get(id: string): Promise<AttemptRecord | undefined>;
  listByExam(exam: string): Promise<AttemptRecord[]>;
  /** Saves one response and the attempt's position together, in one transaction. */
  saveResponse(response: ResponseRecord, position: number): Promise<void>;
  responses(attemptId: string): Promise<ResponseRecord[]>;
  submit(id: string, submittedAt: number): Promise<void>;
}

export interface SettingsRepository {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export interface Repositories {
  banks: BankRepository;
  attempts: AttemptRepository;
  settings: SettingsRepository;
}
