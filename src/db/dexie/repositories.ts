import type { FormEntry } from "../../domain/exam/form.ts";
import type { Answer, ScoreReport } from "../../domain/exam/scoring.ts";
import type { ReadinessStats } from "../../domain/readiness/model.ts";
import type {
  AttemptRecord,
  AttemptRepository,
  BackupData,
  BackupRepository,
  BankRecord,
  BankRepository,
  CardRecord,
  CertificationRecord,
  CertificationRepository,
  FormRecord,
  ItemNoteRecord,
  NotesRepository,
  ProblemReportRecord,
  QuestionRecord,
  ReadinessRepository,
  Repositories,
  ResponseRecord,
  ReviewLogRecord,
  Reviews,
  SettingsRepository,
  StartPlan,
  StudyRepository,
  StudyResult,
  StudySessionRecord,
} from "../ports.ts";
import { ZenkanDatabase } from "./database.ts";
import {
  entriesOf,
  foldSeen,
  indexOf,
  rebuildItemIndex,
  rebuildSeen,
  seenIds,
} from "./form-index.ts";
import { foldIntoReadiness, rebuildReadiness } from "./readiness-sums.ts";

class DexieBanks implements BankRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  list(): Promise<BankRecord[]> {
    return this.db.banks.toArray();
  }

  get(id: string): Promise<BankRecord | undefined> {
    return this.db.banks.get(id);
  }

  replace(bank: BankRecord, questions: QuestionRecord[]): Promise<void> {
    const d = this.db;
    return d.transaction("rw", d.banks, d.questions, d.itemIndex, async () => {
      const keep = new Set(questions.map((q) => q.id));
      const old = (await d.questions.where("bankId").equals(bank.id).primaryKeys()) as string[];
      await d.questions.bulkDelete(old.filter((id) => !keep.has(id)));
      await d.questions.bulkPut(questions);
      await d.banks.put(bank);
      await d.itemIndex.put(
        indexOf(questions)[0] ?? {
          bankId: bank.id,
          exam: bank.exam,
          ids: [],
          domains: [],
          caseIds: [],
        },
      );
    });
  }

  remove(id: string): Promise<void> {
    const d = this.db;
    return d.transaction("rw", d.banks, d.questions, d.itemIndex, async () => {
      await d.questions.where("bankId").equals(id).delete();
      await d.banks.delete(id);
      await d.itemIndex.delete(id);
    });
  }

  formEntries(exam: string): Promise<FormEntry[]> {
    return examEntries(this.db, exam);
  }

  questionsOfExam(exam: string): Promise<QuestionRecord[]> {
    return this.db.questions.where("exam").equals(exam).toArray();
  }

  questionsOfBank(bankId: string): Promise<QuestionRecord[]> {
    return this.db.questions.where("bankId").equals(bankId).toArray();
  }

  allQuestions(): Promise<QuestionRecord[]> {
    return this.db.questions.toArray();
  }

  async itemExams(): Promise<Map<string, string>> {
    const exams = new Map<string, string>();
    await this.db.questions
      .orderBy("exam")
      .eachKey((exam, cursor) => exams.set(String(cursor.primaryKey), String(exam)));
    return exams;
  }

  async questionsByIds(ids: readonly string[]): Promise<QuestionRecord[]> {
    return (await this.db.questions.bulkGet([...ids])).filter((q) => q !== undefined);
  }

  async countByExam(): Promise<Map<string, number>> {
    // The exams present (one cursor step each), then one native count per exam: no
    // cursor walks every question, and no question body is read.
    const q = this.db.questions;
    return this.db.transaction("r", q, async () => {
      const exams = (await q.orderBy("exam").uniqueKeys()).map(String);
      const counts = await Promise.all(exams.map((e) => q.where("exam").equals(e).count()));
      return new Map(exams.map((e, i) => [e, counts[i] ?? 0]));
    });
  }
}

/** The exam's item index as entries, bank by bank in bank id order (the primary key). */
async function examEntries(db: ZenkanDatabase, exam: string): Promise<FormEntry[]> {
  const banks = await db.itemIndex.where("exam").equals(exam).toArray();
  const entries: FormEntry[] = [];
  for (const bank of banks) for (const e of entriesOf(bank)) entries.push(e);
  return entries;
}

class DexieAttempts implements AttemptRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  start(exam: string, plan: StartPlan): Promise<AttemptRecord> {
    const d = this.db;
    const tables = [d.itemIndex, d.seen, d.attempts, d.banks, d.questions, d.forms];
    return d.transaction("rw", tables, async () => {
      const [entries, seen, banks] = await Promise.all([
        examEntries(d, exam),
        seenIds(d.attempts, d.seen, exam),
        d.banks.where("exam").equals(exam).toArray(),
      ]);
      const ids = plan.draw(entries, seen);
      const items = (await d.questions.bulkGet(ids)).flatMap((q) => (q ? [q.item] : []));
      const { attempt, form } = plan.build(
        items,
        banks.flatMap((b) => b.cases),
      );
      // Both writes go out together: one round trip, not two.
      await Promise.all([d.attempts.add(attempt), d.forms.add(form)]);
      return attempt;
    });
  }

  create(attempt: AttemptRecord, form: FormRecord): Promise<void> {
    const d = this.db;
    return d.transaction("rw", d.attempts, d.forms, async () => {
      await d.attempts.add(attempt);
      await d.forms.add(form);
    });
  }

  get(id: string): Promise<AttemptRecord | undefined> {
    return this.db.attempts.get(id);
  }

  form(attemptId: string): Promise<FormRecord | undefined> {
    return this.db.forms.get(attemptId);
  }

  listByExam(exam: string): Promise<AttemptRecord[]> {
    return this.db.attempts.where("exam").equals(exam).sortBy("startedAt");
  }

  listAll(): Promise<AttemptRecord[]> {
    return this.db.attempts.orderBy("startedAt").toArray();
  }

  async seenItemIds(exam: string): Promise<Set<string>> {
    const d = this.db;
    return d.transaction("r", d.attempts, d.seen, () => seenIds(d.attempts, d.seen, exam));
  }

  saveResponse(response: ResponseRecord, position: number): Promise<void> {
    const { attempts, responses } = this.db;
    return this.db.transaction("rw", attempts, responses, async () => {
      // The check and the write are sent together, not one after the other: every round
      // trip to the database after a click waits for the frame the click causes, so one
      // round trip is all an answer pays. A refused write is rolled back with the throw.
      const [attempt] = await Promise.all([
        attempts.get(response.attemptId),
        responses.put(response),
      ]);
      if (!attempt) throw new Error(`no attempt ${response.attemptId}`);
      if (attempt.status !== "in-progress")
        throw new Error(`attempt ${response.attemptId} is already submitted`);
      if (attempt.position !== position) await attempts.put({ ...attempt, position });
    });
  }

  update(
    id: string,
    changes: Partial<Pick<AttemptRecord, "position" | "elapsedMs" | "resumedAt">>,
  ): Promise<void> {
    return this.db.transaction("rw", this.db.attempts, async () => {
      const attempt = await this.db.attempts.get(id);
      if (!attempt) throw new Error(`no attempt ${id}`);
      if (attempt.status !== "in-progress") throw new Error(`attempt ${id} is already submitted`);
      await this.db.attempts.update(id, changes);
    });
  }

  responses(attemptId: string): Promise<ResponseRecord[]> {
    return this.db.responses.where("attemptId").equals(attemptId).toArray();
  }

  submit(
    id: string,
    submittedAt: number,
    report: ScoreReport,
    auto: boolean,
    reviews: Reviews = { cards: [], logs: [] },
  ): Promise<AttemptRecord> {
    const { attempts, cards, reviewLog, readiness, seen } = this.db;
    return this.db.transaction("rw", [attempts, cards, reviewLog, readiness, seen], async () => {
      const attempt = await attempts.get(id);
      if (!attempt) throw new Error(`no attempt ${id}`);
      if (attempt.status === "submitted") return attempt;
      const done: AttemptRecord = {
        ...attempt,
        status: "submitted",
        submittedAt,
        report,
        autoSubmitted: auto,
      };
      await attempts.put(done);
      await cards.bulkPut(reviews.cards);
      await reviewLog.bulkAdd(reviews.logs);
      await foldIntoReadiness(readiness, reviews.logs);
      await foldSeen(attempts, seen, done.exam);
      return done;
    });
  }
}

class DexieStudy implements StudyRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  async cards(itemIds: readonly string[]): Promise<Map<string, CardRecord>> {
    const found = await this.db.cards.bulkGet([...itemIds]);
    return new Map(found.flatMap((c) => (c ? [[c.itemId, c] as const] : [])));
  }

  allCards(exam?: string): Promise<CardRecord[]> {
    return exam === undefined
      ? this.db.cards.toArray()
      : this.db.cards.where("exam").equals(exam).toArray();
  }

  countCards(exam: string): Promise<number> {
    return this.db.cards.where("exam").equals(exam).count();
  }

  reviewLog(itemId: string): Promise<ReviewLogRecord[]> {
    return this.db.reviewLog.where("itemId").equals(itemId).sortBy("reviewedAt");
  }

  reviews(exam?: string): Promise<ReviewLogRecord[]> {
    return exam === undefined
      ? this.db.reviewLog.orderBy("reviewedAt").toArray()
      : this.db.reviewLog.where("exam").equals(exam).sortBy("reviewedAt");
  }

  async flaggedItemIds(exam: string): Promise<Set<string>> {
    const ids = (await this.db.attempts.where("exam").equals(exam).primaryKeys()) as string[];
    const flagged = new Set<string>();
    if (ids.length === 0) return flagged;
    await this.db.responses
      .where("attemptId")
      .anyOf(ids)
      .each((r) => {
        if (r.flagged) flagged.add(r.itemId);
      });
    return flagged;
  }

  async createSession(session: StudySessionRecord): Promise<void> {
    await this.db.studySessions.add(session);
  }

  session(id: string): Promise<StudySessionRecord | undefined> {
    return this.db.studySessions.get(id);
  }

  async openSessions(): Promise<StudySessionRecord[]> {
    const all = await this.db.studySessions.orderBy("startedAt").reverse().toArray();
    return all.filter((s) => s.finishedAt === null);
  }

  /** Reads, changes and writes one session in a transaction of its own tables. */
  private change(
    id: string,
    edit: (s: StudySessionRecord) => StudySessionRecord | null,
  ): Promise<StudySessionRecord> {
    const sessions = this.db.studySessions;
    return this.db.transaction("rw", sessions, async () => {
      const s = await sessions.get(id);
      if (!s) throw new Error(`no study session ${id}`);
      const next = edit(s);
      if (next && next !== s) await sessions.put(next);
      return next ?? s;
    });
  }

  async saveDraft(id: string, itemId: string, answer: Answer, unsure: boolean): Promise<void> {
    await this.change(id, (s) => {
      if (s.results[itemId]) return null;
      const drafts = { ...s.drafts };
      if (answer === null) delete drafts[itemId];
      else drafts[itemId] = answer;
      const marks = { ...s.unsure };
      if (unsure) marks[itemId] = true;
      else delete marks[itemId];
      return { ...s, drafts, unsure: marks };
    });
  }

  move(id: string, position: number, now: number): Promise<StudySessionRecord> {
    return this.change(id, (s) => {
      const clamped = Math.max(0, Math.min(position, s.itemIds.length));
      const finished = clamped === s.itemIds.length;
      return { ...s, position: clamped, finishedAt: finished ? (s.finishedAt ?? now) : null };
    });
  }

  commitReview(
    id: string,
    itemId: string,
    result: StudyResult,
    card: CardRecord,
    log: ReviewLogRecord,
  ): Promise<StudySessionRecord> {
    const { studySessions, cards, reviewLog, readiness } = this.db;
    return this.db.transaction("rw", studySessions, cards, reviewLog, readiness, async () => {
      const s = await studySessions.get(id);
      if (!s) throw new Error(`no study session ${id}`);
      if (s.results[itemId]) return s;
      const drafts = { ...s.drafts };
      delete drafts[itemId];
      const next = { ...s, drafts, results: { ...s.results, [itemId]: result } };
      await studySessions.put(next);
      await cards.put(card);
      await reviewLog.add(log);
      await foldIntoReadiness(readiness, [log]);
      return next;
    });
  }
}

class DexieNotes implements NotesRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  note(itemId: string): Promise<ItemNoteRecord | undefined> {
    return this.db.notes.get(itemId);
  }

  async put(note: ItemNoteRecord): Promise<void> {
    if (!note.bookmarked && note.note.trim() === "") await this.db.notes.delete(note.itemId);
    else await this.db.notes.put(note);
  }

  async bookmarked(exam?: string): Promise<ItemNoteRecord[]> {
    const notes =
      exam === undefined
        ? await this.db.notes.toArray()
        : await this.db.notes.where("exam").equals(exam).toArray();
    return notes.filter((n) => n.bookmarked);
  }

  async addReport(report: ProblemReportRecord): Promise<void> {
    await this.db.problemReports.add(report);
  }

  reports(): Promise<ProblemReportRecord[]> {
    return this.db.problemReports.orderBy("createdAt").reverse().toArray();
  }

  async removeReport(id: string): Promise<void> {
    await this.db.problemReports.delete(id);
  }
}

class DexieBackup implements BackupRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  private tables() {
    const d = this.db;
    return [
      d.readiness,
      d.itemIndex,
      d.seen,
      d.attempts,
      d.forms,
      d.responses,
      d.cards,
      d.reviewLog,
      d.certifications,
      d.settings,
      d.studySessions,
      d.notes,
      d.problemReports,
      d.banks,
      d.questions,
    ];
  }

  exportAll(): Promise<BackupData> {
    const d = this.db;
    return d.transaction("r", this.tables(), async () => {
      const imported = await d.banks.where("origin").equals("imported").toArray();
      const ids = imported.map((b) => b.id);
      return {
        attempts: await d.attempts.toArray(),
        forms: await d.forms.toArray(),
        responses: await d.responses.toArray(),
        cards: await d.cards.toArray(),
        reviewLog: await d.reviewLog.toArray(),
        certifications: await d.certifications.toArray(),
        settings: await d.settings.toArray(),
        studySessions: await d.studySessions.toArray(),
        notes: await d.notes.toArray(),
        problemReports: await d.problemReports.toArray(),
        banks: imported,
        questions: ids.length ? await d.questions.where("bankId").anyOf(ids).toArray() : [],
      };
    });
  }

  importAll(data: BackupData, mode: "merge" | "replace"): Promise<void> {
    const d = this.db;
    return d.transaction("rw", this.tables(), async () => {
      const removed: string[] = [];
      if (mode === "replace") {
        await Promise.all([
          d.attempts.clear(),
          d.forms.clear(),
          d.responses.clear(),
          d.cards.clear(),
          d.reviewLog.clear(),
          d.certifications.clear(),
          d.settings.clear(),
          d.studySessions.clear(),
          d.notes.clear(),
          d.problemReports.clear(),
        ]);
        const imported = (await d.banks
          .where("origin")
          .equals("imported")
          .primaryKeys()) as string[];
        await d.questions.where("bankId").anyOf(imported).delete();
        await d.banks.bulkDelete(imported);
        removed.push(...imported);
      }
      await d.attempts.bulkPut(data.attempts);
      await d.forms.bulkPut(data.forms);
      await d.responses.bulkPut(data.responses);
      await d.cards.bulkPut(data.cards);
      await d.reviewLog.bulkPut(data.reviewLog);
      await d.certifications.bulkPut(data.certifications);
      await d.settings.bulkPut(data.settings);
      await d.studySessions.bulkPut(data.studySessions);
      await d.notes.bulkPut(data.notes);
      await d.problemReports.bulkPut(data.problemReports);
      await d.banks.bulkPut(data.banks);
      await d.questions.bulkPut(data.questions);
      await rebuildReadiness(d.reviewLog, d.questions, d.readiness);
      // Only the banks the backup touched: the others keep their own order.
      await rebuildItemIndex(d.questions, d.itemIndex, [
        ...removed,
        ...data.banks.map((b) => b.id),
      ]);
      await rebuildSeen(d.attempts, d.seen);
    });
  }
}

class DexieReadiness implements ReadinessRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  async stats(exam: string): Promise<ReadinessStats | undefined> {
    return (await this.db.readiness.get(exam))?.stats;
  }

  async all(): Promise<Map<string, ReadinessStats>> {
    return new Map((await this.db.readiness.toArray()).map((r) => [r.exam, r.stats]));
  }

  rebuild(): Promise<void> {
    const d = this.db;
    return d.transaction("rw", d.reviewLog, d.questions, d.readiness, () =>
      rebuildReadiness(d.reviewLog, d.questions, d.readiness),
    );
  }
}

class DexieCertifications implements CertificationRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  list(): Promise<CertificationRecord[]> {
    return this.db.certifications.orderBy("passedOn").toArray();
  }

  async put(record: CertificationRecord): Promise<void> {
    await this.db.certifications.put(record);
  }

  async remove(id: string): Promise<void> {
    await this.db.certifications.delete(id);
  }
}

class DexieSettings implements SettingsRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}

export function dexieRepositories(db: ZenkanDatabase): Repositories {
  return {
    banks: new DexieBanks(db),
    attempts: new DexieAttempts(db),
    study: new DexieStudy(db),
    notes: new DexieNotes(db),
    readiness: new DexieReadiness(db),
    settings: new DexieSettings(db),
    backup: new DexieBackup(db),
    certifications: new DexieCertifications(db),
  };
}

/** Opens the app's database; the only function the app calls to reach IndexedDB. */
export function openRepositories(name?: string): Repositories {
  return dexieRepositories(new ZenkanDatabase(name));
}
