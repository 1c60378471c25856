import type {
  AttemptRecord,
  AttemptRepository,
  BankRecord,
  BankRepository,
  QuestionRecord,
  Repositories,
  ResponseRecord,
  SettingsRepository,
} from "../ports.ts";
import { ZenkanDatabase } from "./database.ts";

class DexieBanks implements BankRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  list(): Promise<BankRecord[]> {
    return this.db.banks.toArray();
  }

  get(id: string): Promise<BankRecord | undefined> {
    return this.db.banks.get(id);
  }

  replace(bank: BankRecord, questions: QuestionRecord[]): Promise<void> {
    return this.db.transaction("rw", this.db.banks, this.db.questions, async () => {
      const keep = new Set(questions.map((q) => q.id));
      const old = (await this.db.questions
        .where("bankId")
        .equals(bank.id)
        .primaryKeys()) as string[];
      await this.db.questions.bulkDelete(old.filter((id) => !keep.has(id)));
      await this.db.questions.bulkPut(questions);
      await this.db.banks.put(bank);
    });
  }

  remove(id: string): Promise<void> {
    return this.db.transaction("rw", this.db.banks, this.db.questions, async () => {
      await this.db.questions.where("bankId").equals(id).delete();
      await this.db.banks.delete(id);
    });
  }

  questionsOfExam(exam: string): Promise<QuestionRecord[]> {
    return this.db.questions.where("exam").equals(exam).toArray();
  }

  async countByExam(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    // Counting keys on the index reads no question bodies.
    await this.db.questions.orderBy("exam").eachKey((exam) => {
      const key = String(exam);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    return counts;
  }
}

class DexieAttempts implements AttemptRepository {
  constructor(private readonly db: ZenkanDatabase) {}

  async create(attempt: AttemptRecord): Promise<void> {
    await this.db.attempts.add(attempt);
  }

  get(id: string): Promise<AttemptRecord | undefined> {
    return this.db.attempts.get(id);
  }

  listByExam(exam: string): Promise<AttemptRecord[]> {
    return this.db.attempts.where("exam").equals(exam).sortBy("startedAt");
  }

  saveResponse(response: ResponseRecord, position: number): Promise<void> {
    return this.db.transaction("rw", this.db.attempts, this.db.responses, async () => {
      const n = await this.db.attempts.update(response.attemptId, { position });
      if (n === 0) throw new Error(`no attempt ${response.attemptId}`);
      await this.db.responses.put(response);
    });
  }

  responses(attemptId: string): Promise<ResponseRecord[]> {
    return this.db.responses.where("attemptId").equals(attemptId).toArray();
  }

  async submit(id: string, submittedAt: number): Promise<void> {
    await this.db.attempts.update(id, { status: "submitted", submittedAt });
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
    settings: new DexieSettings(db),
  };
}

/** Opens the app's database; the only function the app calls to reach IndexedDB. */
export function openRepositories(name?: string): Repositories {
  return dexieRepositories(new ZenkanDatabase(name));
}
