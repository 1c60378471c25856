import type { QuestionRecord, StudyKind, StudySessionRecord } from "../db/ports.ts";
import { UNMAPPED_DOMAIN } from "../domain/import/types.ts";
import { seededRng } from "../domain/random.ts";
import { dueQueue } from "../domain/study/schedule.ts";
import {
  drillItems,
  type LearnerMarks,
  type Mistake,
  mistakes,
  pickItems,
  type StudyFilter,
} from "../domain/study/session.ts";
import { findExam } from "./catalog.ts";
import { getRepositories } from "./storage.ts";
import { examDays } from "./study-settings.ts";

/**
 * Building study sessions from what the learner did: which items are new, wrong before,
 * flagged, bookmarked or due. Only items mapped to one of the exam's domains take part.
 */

/**
 * The items that can be studied for an exam: those of its domains, and imported items not
 * mapped to a domain yet. For imported banks mapped to no exam, every item.
 */
async function mappedQuestions(exam: string): Promise<QuestionRecord[]> {
  const repos = await getRepositories();
  const info = findExam(exam);
  const all = await repos.banks.questionsOfExam(exam);
  if (!info) return all;
  const domains = new Set([...info.domains.map((d) => d.id), UNMAPPED_DOMAIN]);
  return all.filter((q) => domains.has(q.domain));
}

/** What the learner did with an exam's items, as the session filters need it. */
export async function learnerMarks(exam: string, now: number): Promise<LearnerMarks> {
  const repos = await getRepositories();
  const [cards, reviews, flagged, bookmarks, days] = await Promise.all([
    repos.study.allCards(exam),
    repos.study.reviews(exam),
    repos.study.flaggedItemIds(exam),
    repos.notes.bookmarked(exam),
    examDays(),
  ]);
  return {
    seen: new Set(cards.map((c) => c.itemId)),
    wrong: new Set(reviews.filter((r) => r.outcome === "wrong").map((r) => r.itemId)),
    flagged,
    bookmarked: new Set(bookmarks.map((b) => b.itemId)),
    due: dueQueue(cards, now, days).map((d) => d.itemId),
  };
}

export interface FilterCounts {
  domains: { id: string; count: number }[];
  filters: Record<StudyFilter, number>;
}

/** How many items each filter would give, for the practice form's labels. */
export async function practiceCounts(
  exam: string,
  domains: readonly string[],
  now: number,
): Promise<FilterCounts> {
  const [questions, marks] = await Promise.all([mappedQuestions(exam), learnerMarks(exam, now)]);
  const inScope = questions.filter((q) => domains.length === 0 || domains.includes(q.domain));
  const ids = inScope.map((q) => q.id);
  const due = new Set(marks.due);
  const perDomain = new Map<string, number>();
  for (const q of questions) perDomain.set(q.domain, (perDomain.get(q.domain) ?? 0) + 1);
  return {
    domains: [...perDomain].map(([id, count]) => ({ id, count })),
    filters: {
      all: ids.length,
      new: ids.filter((id) => !marks.seen.has(id)).length,
      wrong: ids.filter((id) => marks.wrong.has(id)).length,
      flagged: ids.filter((id) => marks.flagged.has(id)).length,
      bookmarked: ids.filter((id) => marks.bookmarked.has(id)).length,
      due: ids.filter((id) => due.has(id)).length,
    },
  };
}

interface NewSession {
  exam: string | null;
  kind: StudyKind;
  filter: StudyFilter;
  domains: string[];
  itemIds: string[];
  now: number;
  seed: number;
}

async function create(s: NewSession): Promise<StudySessionRecord> {
  if (s.itemIds.length === 0) throw new NothingToStudy();
  const record: StudySessionRecord = {
    id: `study-${s.now.toString(36)}-${s.seed.toString(36)}`,
    exam: s.exam,
    kind: s.kind,
    filter: s.filter,
    domains: s.domains,
    itemIds: s.itemIds,
    position: 0,
    drafts: {},
    unsure: {},
    results: {},
    startedAt: s.now,
    finishedAt: null,
  };
  await (await getRepositories()).study.createSession(record);
  return record;
}

/** No item matches what the learner asked for; the screen says so instead of starting. */
export class NothingToStudy extends Error {
  constructor() {
    super("No question matches this choice.");
    this.name = "NothingToStudy";
  }
}

export interface PracticeChoice {
  exam: string;
  domains: string[];
  filter: StudyFilter;
  count: number;
  now: number;
  seed: number;
}

export async function startPractice(c: PracticeChoice): Promise<StudySessionRecord> {
  const [questions, marks] = await Promise.all([
    mappedQuestions(c.exam),
    learnerMarks(c.exam, c.now),
  ]);
  const itemIds = pickItems(questions, marks, {
    filter: c.filter,
    domains: c.domains,
    count: c.count,
    rng: seededRng(c.seed),
  });
  return create({ ...c, kind: "practice", itemIds });
}

/** A drill of the exam's weakest domains: past mistakes first, then due, then new items. */
export async function startDrill(
  exam: string,
  weakDomains: string[],
  options: { count?: number; now: number; seed: number },
): Promise<StudySessionRecord> {
  const [questions, marks] = await Promise.all([
    mappedQuestions(exam),
    learnerMarks(exam, options.now),
  ]);
  const itemIds = drillItems(
    questions,
    marks,
    weakDomains,
    options.count ?? 10,
    seededRng(options.seed),
  );
  return create({
    exam,
    kind: "drill",
    filter: "all",
    domains: weakDomains,
    itemIds,
    now: options.now,
    seed: options.seed,
  });
}

export interface DueSummary {
  total: number;
  /** Exam code → reviews due. */
  byExam: Map<string, number>;
  /** Items due across exams, most overdue first. */
  items: { itemId: string; exam: string }[];
}

/** The "Due today" queue: every card due by `now`, the exam-date rule applied. */
export async function dueSummary(now: number): Promise<DueSummary> {
  const repos = await getRepositories();
  const [cards, days, exams] = await Promise.all([
    repos.study.allCards(),
    examDays(),
    repos.banks.itemExams(),
  ]);
  // A card whose item left every bank cannot be shown, so it is not counted as due; one
  // whose bank was mapped to another exam since counts for that exam.
  const due = dueQueue(
    cards.flatMap((c) => {
      const exam = exams.get(c.itemId);
      return exam === undefined ? [] : [{ ...c, exam }];
    }),
    now,
    days,
  );
  const byExam = new Map<string, number>();
  for (const d of due) byExam.set(d.exam, (byExam.get(d.exam) ?? 0) + 1);
  return { total: due.length, byExam, items: due.map(({ itemId, exam }) => ({ itemId, exam })) };
}

/** A review of the due queue, of one exam or of all. */
export async function startDueReview(
  exam: string | null,
  options: { count?: number; now: number; seed: number },
): Promise<StudySessionRecord> {
  const summary = await dueSummary(options.now);
  const itemIds = summary.items
    .filter((d) => exam === null || d.exam === exam)
    .slice(0, options.count ?? 50)
    .map((d) => d.itemId);
  return create({
    exam,
    kind: "due",
    filter: "due",
    domains: [],
    itemIds,
    now: options.now,
    seed: options.seed,
  });
}

export interface MistakeEntry extends Mistake {
  question: QuestionRecord;
}

/** The mistakes notebook: items answered wrong anywhere, that are still in a bank. */
export async function mistakesNotebook(): Promise<MistakeEntry[]> {
  const repos = await getRepositories();
  const list = mistakes(await repos.study.reviews());
  const questions = new Map(
    (await repos.banks.questionsByIds(list.map((m) => m.itemId))).map((q) => [q.id, q]),
  );
  return list.flatMap((m) => {
    const question = questions.get(m.itemId);
    return question ? [{ ...m, question }] : [];
  });
}

/** A session of chosen mistakes (one exam's, or one domain's). */
export function startMistakesReview(
  exam: string,
  domains: string[],
  itemIds: string[],
  options: { now: number; seed: number },
): Promise<StudySessionRecord> {
  return create({ exam, kind: "mistakes", filter: "wrong", domains, itemIds, ...options });
}
