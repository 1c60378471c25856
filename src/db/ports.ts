import type { Bank, CaseStudy, Question } from "../domain/bank/schema.ts";
import type { FormEntry } from "../domain/exam/form.ts";
import type { Answer, ScoreReport } from "../domain/exam/scoring.ts";
import type { ReadinessStats } from "../domain/readiness/model.ts";
import type { Outcome, StoredCard, StoredReview } from "../domain/study/schedule.ts";
import type { StudyFilter } from "../domain/study/session.ts";

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

/**
 * Per bank, derived from its questions and replaced with them: what drawing a form needs of
 * each item (id, domain, case: "" for none), in bank order, as parallel arrays (read back
 * several times faster than an object per item). A form is drawn from these records and
 * only its chosen items are read, never a whole bank.
 */
export interface ItemIndexRecord {
  bankId: string;
  exam: string;
  ids: string[];
  domains: string[];
  caseIds: string[];
}

/**
 * Per exam, derived from the attempts: every item id shown by its attempts started up to
 * `upTo` (epoch ms). Later attempts are folded in when one is submitted, so starting an
 * attempt only reads it.
 */
export interface SeenRecord {
  exam: string;
  itemIds: string[];
  upTo: number;
}

/** How AttemptRepository.start turns what is stored into a new attempt. */
export interface StartPlan {
  draw(entries: FormEntry[], seen: ReadonlySet<string>): string[];
  build(items: Question[], cases: CaseStudy[]): { attempt: AttemptRecord; form: FormRecord };
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
  /** The item's domain when it was answered (absent in logs written before version 3). */
  domain?: string;
  log: StoredReview;
}

/** What a study session is for; it only changes the title and where "done" leads. */
export type StudyKind = "practice" | "drill" | "due" | "mistakes";

/** One checked answer in a study session: committed with its review before the next card. */
export interface StudyResult {
  answer: Answer;
  outcome: Outcome;
  at: number;
}

/**
 * A study session: a fixed list of items answered one at a time with feedback at once.
 * Left at any point and resumed where it was, with the answer being chosen kept.
 */
export interface StudySessionRecord {
  id: string;
  /** The exam, or null for a session across exams (the due queue of every exam). */
  exam: string | null;
  kind: StudyKind;
  filter: StudyFilter;
  domains: string[];
  itemIds: string[];
  /** Index in itemIds of the card on screen; itemIds.length when finished. */
  position: number;
  /** Answers being chosen, not yet checked. */
  drafts: Record<string, Answer>;
  /** Items the learner marked "not sure" before checking. */
  unsure: Record<string, boolean>;
  results: Record<string, StudyResult>;
  startedAt: number;
  finishedAt: number | null;
}

/** A learner's bookmark and note on one item. */
export interface ItemNoteRecord {
  itemId: string;
  exam: string;
  bookmarked: boolean;
  note: string;
  updatedAt: number;
}

export const PROBLEM_KINDS = ["wrong-key", "unclear", "outdated", "typo", "other"] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** "Report a problem with this question": kept locally, exported for the bank's authors. */
export interface ProblemReportRecord {
  id: string;
  itemId: string;
  exam: string;
  bankId: string;
  kind: ProblemKind;
  text: string;
  createdAt: number;
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
  /**
   * What drawing a form needs of every item of the exam (no item bodies): bank by bank in
   * bank id order, each bank's items in its own order.
   */
  formEntries(exam: string): Promise<FormEntry[]>;
  questionsOfBank(bankId: string): Promise<QuestionRecord[]>;
  /** Every stored item (for the import's duplicate check). */
  allQuestions(): Promise<QuestionRecord[]>;
  /** Item id → exam of every stored item, read from the index alone (no item bodies). */
  itemExams(): Promise<Map<string, string>>;
  /** The stored items with these ids, in that order; ids no longer stored are left out. */
  questionsByIds(ids: readonly string[]): Promise<QuestionRecord[]>;
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
  /**
   * Starts an attempt of `exam` in one transaction: reads what drawing a form needs (the
   * exam's item index and seen ids), lets `plan.draw` choose the items, reads only those,
   * and stores the attempt and form `plan.build` makes of them with the exam's case
   * studies. Both run inside the transaction: synchronous, and a throw stores nothing.
   */
  start(exam: string, plan: StartPlan): Promise<AttemptRecord>;
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
  /** Every card, or those of one exam. */
  allCards(exam?: string): Promise<CardRecord[]>;
  /** How many cards the exam has (items the learner has seen), without reading them. */
  countCards(exam: string): Promise<number>;
  /** An item's reviews, oldest first. */
  reviewLog(itemId: string): Promise<ReviewLogRecord[]>;
  /** Every review, or those of one exam, oldest first. */
  reviews(exam?: string): Promise<ReviewLogRecord[]>;
  /** Item ids flagged in any mock exam of the exam. */
  flaggedItemIds(exam: string): Promise<Set<string>>;
  createSession(session: StudySessionRecord): Promise<void>;
  session(id: string): Promise<StudySessionRecord | undefined>;
  /** Sessions not finished, newest first. */
  openSessions(): Promise<StudySessionRecord[]>;
  /** Saves the answer being chosen (null clears it) and the "not sure" mark. */
  saveDraft(id: string, itemId: string, answer: Answer, unsure: boolean): Promise<void>;
  /** Moves to another card; past the last one the session is finished at `now`. */
  move(id: string, position: number, now: number): Promise<StudySessionRecord>;
  /**
   * Stores a checked answer with its card and review log entry in one transaction, so the
   * next card is never shown before the review is safe. A second check of the item
   * changes nothing.
   */
  commitReview(
    id: string,
    itemId: string,
    result: StudyResult,
    card: CardRecord,
    log: ReviewLogRecord,
  ): Promise<StudySessionRecord>;
}

/**
 * Per exam, the readiness model's sums over every answer, kept up to date in the same
 * transaction as each review log entry, so readiness never has to read the whole history.
 * Derived data: rebuilt from the review log after a restore or an upgrade.
 */
export interface ReadinessRecord {
  exam: string;
  stats: ReadinessStats;
}

export interface ReadinessRepository {
  stats(exam: string): Promise<ReadinessStats | undefined>;
  all(): Promise<Map<string, ReadinessStats>>;
  /** Folds the whole review log again (after a restore, or when the model's sums change). */
  rebuild(): Promise<void>;
}

export interface NotesRepository {
  note(itemId: string): Promise<ItemNoteRecord | undefined>;
  /** Stores a note; a note with no text and no bookmark is removed. */
  put(note: ItemNoteRecord): Promise<void>;
  /** Items bookmarked, of one exam or all. */
  bookmarked(exam?: string): Promise<ItemNoteRecord[]>;
  addReport(report: ProblemReportRecord): Promise<void>;
  /** Every problem report, newest first. */
  reports(): Promise<ProblemReportRecord[]>;
  removeReport(id: string): Promise<void>;
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
  studySessions: StudySessionRecord[];
  notes: ItemNoteRecord[];
  problemReports: ProblemReportRecord[];
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
  "studySessions",
  "notes",
  "problemReports",
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
  notes: NotesRepository;
  readiness: ReadinessRepository;
  settings: SettingsRepository;
  backup: BackupRepository;
  certifications: CertificationRepository;
}
