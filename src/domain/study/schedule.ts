import {
  type Card,
  createEmptyCard,
  fsrs,
  type Grade,
  Rating,
  type ReviewLog,
  type State,
} from "ts-fsrs";

/**
 * Spaced repetition on FSRS (ts-fsrs, https://github.com/open-spaced-repetition/ts-fsrs):
 * one card per item, reviewed whenever the item is answered, in an exam or in study.
 * Time is always an argument (epoch ms); cards are stored as plain data with times in
 * epoch ms so they survive IndexedDB, backups and JSON alike.
 *
 * Outcome → FSRS rating: wrong → Again, right but unsure → Hard, right → Good.
 *
 * The exam-date rule: a learner who set an exam date should see every card again shortly
 * before it. When a card's next review would fall on or after the exam day, it is brought
 * forward to the day before (the exam eve), unless the card was already reviewed in the
 * last REFRESH_DAYS before the exam. Once the exam day has passed the rule no longer applies.
 */

export type Outcome = "wrong" | "unsure" | "right";

export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
}

export interface StoredReview {
  rating: Rating;
  state: State;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  review: number;
}

export interface ScheduleOptions {
  /** Desired retention, 0.7–0.99 (default 0.90). */
  retention?: number;
  /** Start of the exam day (epoch ms), if the learner set one for this card's exam. */
  examDay?: number;
}

export const DEFAULT_RETENTION = 0.9;
const DAY = 86_400_000;
/** A review this close to the exam counts as the pre-exam refresh. */
export const REFRESH_DAYS = 7;

export function ratingFor(outcome: Outcome): Grade {
  return outcome === "wrong" ? Rating.Again : outcome === "unsure" ? Rating.Hard : Rating.Good;
}

const toCard = (c: StoredCard): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
});

const fromCard = (c: Card): StoredCard => ({
  due: c.due.getTime(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ? c.last_review.getTime() : null,
});

const fromLog = (l: ReviewLog): StoredReview => ({
  rating: l.rating,
  state: l.state,
  due: l.due.getTime(),
  stability: l.stability,
  difficulty: l.difficulty,
  scheduledDays: l.scheduled_days,
  review: l.review.getTime(),
});

/** A card that has never been reviewed, due now. */
export function newCard(now: number): StoredCard {
  return fromCard(createEmptyCard(new Date(now)));
}

/**
 * Reviews a card (a new one when `card` is null) with the learner's outcome at `now`,
 * and returns the card rescheduled (the exam-date rule applied) and the review log entry.
 */
export function review(
  card: StoredCard | null,
  outcome: Outcome,
  now: number,
  options: ScheduleOptions = {},
): { card: StoredCard; log: StoredReview } {
  const scheduler = fsrs({
    request_retention: options.retention ?? DEFAULT_RETENTION,
    enable_fuzz: false,
  });
  const result = scheduler.next(toCard(card ?? newCard(now)), new Date(now), ratingFor(outcome));
  const next = fromCard(result.card);
  return {
    card: { ...next, due: dueBeforeExam(next, now, options.examDay) },
    log: fromLog(result.log),
  };
}

/**
 * When a card is due, the exam-date rule applied: on the exam eve at the latest if its
 * due falls on or after the exam day and it was not reviewed in the refresh window.
 */
export function dueBeforeExam(card: StoredCard, now: number, examDay: number | undefined): number {
  if (examDay === undefined || now >= examDay || card.due < examDay) return card.due;
  const refreshed = card.lastReview !== null && card.lastReview >= examDay - REFRESH_DAYS * DAY;
  if (refreshed) return card.due;
  return Math.max(now, examDay - DAY);
}

export interface QueueCard {
  itemId: string;
  exam: string;
  card: StoredCard;
}

/**
 * The reviews due at `now`, across exams (or for the exams given), most overdue first,
 * each exam's date rule applied.
 */
export function dueQueue(
  cards: readonly QueueCard[],
  now: number,
  examDays: ReadonlyMap<string, number> = new Map(),
): { itemId: string; exam: string; due: number }[] {
  return cards
    .map((c) => ({
      itemId: c.itemId,
      exam: c.exam,
      due: dueBeforeExam(c.card, now, examDays.get(c.exam)),
    }))
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || a.itemId.localeCompare(b.itemId));
}
