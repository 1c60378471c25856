/**
 * Synthetic data for the benchmark: a bank of valid items for one exam (format v1,
 * src/domain/bank/schema.ts) and a learner's history of submitted mock exams. Seeded, so
 * every run stores the same bytes. Texts are filler of about the length of the bundled
 * items (≈4.7 kB of JSON each, English and Japanese), because reading and writing items
 * costs by the byte: short fake items would flatter every storage figure.
 */
import type {
  AttemptRecord,
  CardRecord,
  ResponseRecord,
  ReviewLogRecord,
} from "../../../src/db/ports.ts";
import type { Bank, Question } from "../../../src/domain/bank/schema.ts";
import type { ExamInfo } from "../../../src/domain/catalog/schema.ts";
import { domainQuota } from "../../../src/domain/exam/quota.ts";
import { scoreForm } from "../../../src/domain/exam/scoring.ts";
import { type Rng, seededRng, shuffle } from "../../../src/domain/random.ts";
import { reviewsFromAnswers } from "../../../src/domain/study/from-answers.ts";
import type { StoredCard } from "../../../src/domain/study/schedule.ts";

const EN = (
  "account workload region subnet gateway policy role bucket cluster stream queue table " +
  "replica backup latency throughput cost compliance audit encryption key endpoint route " +
  "instance container function pipeline deployment monitoring alarm failover migration"
).split(" ");
const JA = [
  "アカウント",
  "ワークロード",
  "リージョン",
  "暗号化",
  "コスト",
  "可用性",
  "移行",
  "監視",
];

const pickOf = <T>(list: readonly T[], rng: Rng): T => list[Math.floor(rng() * list.length)] as T;

function words(rng: Rng, chars: number, lang: "en" | "ja"): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = lang === "en" ? pickOf(EN, rng) : `${pickOf(JA, rng)}を`;
    parts.push(w);
    n += w.length + (lang === "en" ? 1 : 0);
  }
  return lang === "en" ? `${parts.join(" ")}.` : `${parts.join("")}。`;
}

const text = (rng: Rng, en: number) => ({ en: words(rng, en, "en"), ja: words(rng, en / 2, "ja") });

function item(exam: ExamInfo, n: number, domain: string, rng: Rng): Question {
  const multiple = rng() < 0.18; // the bundled banks' share of multiple-response items
  const ids = multiple ? ["a", "b", "c", "d", "e"] : ["a", "b", "c", "d"];
  const keys = shuffle(ids, rng).slice(0, multiple ? 2 : 1);
  return {
    id: `bench-${exam.code.toLowerCase()}-${String(n).padStart(5, "0")}`,
    domain,
    type: multiple ? "multiple" : "single",
    difficulty: "medium",
    stem: text(rng, 560),
    options: ids.map((id) => ({ id, text: text(rng, 75), why: text(rng, 90) })),
    answer: keys,
    explanation: text(rng, 380),
    references: ["https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html"],
    tags: [pickOf(EN, rng), pickOf(EN, rng)],
  } as Question;
}

/** `count` items spread over the exam's domains by their catalog weights. */
export function generateBank(exam: ExamInfo, count: number, seed: number): Bank {
  const rng = seededRng(seed);
  const questions: Question[] = [];
  for (const [domain, n] of domainQuota(count, exam.domains)) {
    for (let i = 0; i < n; i++) questions.push(item(exam, questions.length + 1, domain, rng));
  }
  return {
    schemaVersion: 1,
    id: `bench-${exam.code.toLowerCase()}`,
    exam: exam.code,
    title: { en: `Benchmark bank for ${exam.code}`, ja: `${exam.code} ベンチマーク用問題集` },
    license: "CC0-1.0",
    source: "scripts/bench (generated)",
    questions,
  };
}

export interface History {
  attempts: AttemptRecord[];
  responses: ResponseRecord[];
  /** What submitting those attempts stored: a review log entry per answer, a card per item. */
  reviewLog: ReviewLogRecord[];
  cards: CardRecord[];
}

/**
 * A history of `responses` answers: submitted attempts of the exam's full form length,
 * drawn in turn from the bank, one every six hours up to `now`, about 70% right, each
 * scored and turned into review cards by the app's own code, as its submit does.
 */
export function generateHistory(
  exam: ExamInfo,
  bank: readonly Question[],
  responses: number,
  now: number,
  seed: number,
): History {
  const rng = seededRng(seed);
  const cards = new Map<string, StoredCard>();
  const reviewLog: ReviewLogRecord[] = [];
  const size = exam.items.scored + exam.items.unscored;
  const count = Math.ceil(responses / size);
  const attempts: AttemptRecord[] = [];
  const out: ResponseRecord[] = [];
  for (let k = 0; k < count; k++) {
    const startedAt = now - (count - k) * 6 * 3_600_000;
    const id = `${exam.code}-history-${k}`;
    const items = Array.from(
      { length: Math.min(size, responses - out.length) },
      (_, j) => bank[(k * size + j) % bank.length] as Question,
    );
    const answers = new Map<string, string[]>();
    items.forEach((q, j) => {
      const keys = "options" in q ? q.answer : [];
      const wrong = "options" in q ? q.options.find((o) => !keys.includes(o.id))?.id : undefined;
      const answer = rng() < 0.7 || !wrong ? [...keys] : [wrong];
      answers.set(q.id, answer);
      out.push({
        attemptId: id,
        itemId: q.id,
        answer,
        flagged: false,
        answeredAt: startedAt + j * 60_000,
      });
    });
    const itemIds = items.map((q) => q.id);
    const unscoredIds = itemIds.slice(exam.items.scored);
    const submittedAt = startedAt + items.length * 60_000;
    for (const r of reviewsFromAnswers(items, answers, cards, submittedAt)) {
      cards.set(r.itemId, r.card);
      const domain = items.find((q) => q.id === r.itemId)?.domain;
      reviewLog.push({
        itemId: r.itemId,
        exam: exam.code,
        reviewedAt: submittedAt,
        outcome: r.outcome,
        source: "exam",
        sourceId: id,
        ...(domain === undefined ? {} : { domain }),
        log: r.log,
      });
    }
    attempts.push({
      id,
      exam: exam.code,
      mode: "exam",
      status: "submitted",
      startedAt,
      minutes: exam.minutes,
      extraMinutes: 0,
      deadline: startedAt + exam.minutes * 60_000,
      submittedAt,
      autoSubmitted: false,
      itemIds,
      unscoredIds,
      position: itemIds.length,
      shortened: false,
      shortfalls: [],
      elapsedMs: 0,
      resumedAt: null,
      report: scoreForm({
        exam,
        questions: new Map(items.map((q) => [q.id, q])),
        itemIds,
        unscoredIds,
        answers,
      }),
    });
  }
  return {
    attempts,
    responses: out,
    reviewLog,
    cards: [...cards].map(([itemId, card]) => ({ itemId, exam: exam.code, due: card.due, card })),
  };
}
