import type { Question } from "../bank/schema.ts";
import { type Answer, isCorrect } from "../exam/scoring.ts";
import {
  type Outcome,
  review,
  type ScheduleOptions,
  type StoredCard,
  type StoredReview,
} from "./schedule.ts";

/**
 * The reviews a set of answers makes: every item the learner answered gets its card
 * reviewed (created on its first answer) with "right" or "wrong". Unanswered items are
 * not reviews: nothing was recalled.
 */
export function reviewsFromAnswers(
  items: readonly Question[],
  answers: ReadonlyMap<string, Answer>,
  cards: ReadonlyMap<string, StoredCard>,
  now: number,
  options: ScheduleOptions = {},
): { itemId: string; outcome: Outcome; card: StoredCard; log: StoredReview }[] {
  return items.flatMap((item) => {
    const answer = answers.get(item.id);
    if (answer === null || answer === undefined) return [];
    const outcome: Outcome = isCorrect(item, answer) ? "right" : "wrong";
    const { card, log } = review(cards.get(item.id) ?? null, outcome, now, options);
    return [{ itemId: item.id, outcome, card, log }];
  });
}
