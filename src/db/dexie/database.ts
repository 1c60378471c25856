import { Dexie, type Table } from "dexie";
import type {
  AttemptRecord,
  BankRecord,
  CardRecord,
  CertificationRecord,
  FormRecord,
  ItemIndexRecord,
  ItemNoteRecord,
  ProblemReportRecord,
  QuestionRecord,
  ReadinessRecord,
  ResponseRecord,
  ReviewLogRecord,
  SeenRecord,
  SettingRecord,
  StudySessionRecord,
} from "../ports.ts";
import { rebuildItemIndex, rebuildSeen } from "./form-index.ts";
import { rebuildReadiness } from "./readiness-sums.ts";

/**
 * Zenkan's IndexedDB database, "zenkan". What is stored where:
 * - banks, questions: question content (bundled banks, loaded on first start and reloaded
 *   when their hash changes; imported banks). Replaceable: never the only copy of anything
 *   the learner made.
 * - attempts, forms, responses: mock exams (with the items as they were when each
 *   started, so a form never changes under the learner) and every answer and flag.
 * - cards, reviewLog: spaced-repetition state and history, one card per item id.
 * - studySessions: practice sessions, drills and reviews, with every checked answer.
 * - notes, problemReports: the learner's bookmarks and notes per item, and the problems
 *   they reported with items (kept here until exported for the bank's authors).
 * - itemIndex, seen: per bank, each item's id, domain and case in bank order; per exam,
 *   every item id its attempts have shown (both derived, kept in step in the same
 *   transactions), so a mock exam is drawn without reading a whole bank or every attempt.
 * - readiness: per exam, the readiness model's sums over the review log (derived, rebuilt
 *   from the log whenever in doubt), so readiness is read in O(domains).
 * - certifications: what the learner has passed.
 * - settings: learner settings that are not needed before the first paint (language and
 *   theme are in localStorage so the first paint is right).
 * History is keyed by item id, not by bank, so reloading a bank never touches it.
 *
 * Versions: 1 held content and settings only; 2 added the learner's tables and the
 * indexes the screens query, and records where each bank came from; 3 added study
 * sessions, notes, problem reports and the readiness sums (built from the existing log), and
 * indexes the review log by exam; 4 added the item index and seen ids (built from the
 * existing questions and attempts) and indexes attempts by exam and start.
 */
/** What each version adds or changes: tables and their indexes, as Dexie declares them. */
const SCHEMA = [
  { banks: "id, exam", questions: "id, bankId, exam", settings: "key" },
  {
    banks: "id, exam, origin",
    questions: "id, bankId, exam, [exam+domain]",
    attempts: "id, exam, status, startedAt",
    forms: "attemptId",
    responses: "[attemptId+itemId], attemptId, itemId",
    cards: "itemId, exam, due",
    reviewLog: "++id, itemId, reviewedAt",
    certifications: "id, exam, passedOn",
  },
  {
    reviewLog: "++id, itemId, reviewedAt, exam",
    studySessions: "id, startedAt",
    notes: "itemId, exam",
    problemReports: "id, createdAt",
    readiness: "exam",
  },
  {
    attempts: "id, exam, status, startedAt, [exam+startedAt]",
    itemIndex: "bankId, exam",
    seen: "exam",
  },
] as const;

/** The whole schema as version `version` had it: for tests that write an older database. */
export function schemaAt(version: number): Record<string, string> {
  return Object.assign({}, ...SCHEMA.slice(0, version));
}

export class ZenkanDatabase extends Dexie {
  banks!: Table<BankRecord, string>;
  questions!: Table<QuestionRecord, string>;
  attempts!: Table<AttemptRecord, string>;
  forms!: Table<FormRecord, string>;
  responses!: Table<ResponseRecord, [string, string]>;
  cards!: Table<CardRecord, string>;
  reviewLog!: Table<ReviewLogRecord, number>;
  certifications!: Table<CertificationRecord, string>;
  settings!: Table<SettingRecord, string>;
  studySessions!: Table<StudySessionRecord, string>;
  notes!: Table<ItemNoteRecord, string>;
  problemReports!: Table<ProblemReportRecord, string>;
  readiness!: Table<ReadinessRecord, string>;
  itemIndex!: Table<ItemIndexRecord, string>;
  seen!: Table<SeenRecord, string>;

  constructor(name = "zenkan") {
    super(name);
    this.version(1).stores(SCHEMA[0]);
    this.version(2)
      .stores(SCHEMA[1])
      .upgrade((tx) =>
        // Every bank of version 1 came with the app.
        tx
          .table("banks")
          .toCollection()
          .modify((bank: Partial<BankRecord>) => {
            bank.origin ??= "bundled";
            bank.cases ??= [];
          }),
      );
    this.version(3)
      .stores(SCHEMA[2])
      .upgrade((tx) =>
        rebuildReadiness(tx.table("reviewLog"), tx.table("questions"), tx.table("readiness")),
      );
    this.version(4)
      .stores(SCHEMA[3])
      .upgrade(async (tx) => {
        await rebuildItemIndex(tx.table("questions"), tx.table("itemIndex"));
        await rebuildSeen(tx.table("attempts"), tx.table("seen"));
      });
  }
}
