import type { Answer } from "../../domain/exam/scoring.ts";
import type { AnswerChange } from "../../state/exam-session.ts";

/** What every item view (choice, ordering, matching) takes. */
export interface ItemProps<Q> {
  item: Q;
  /** Option, step or response ids in presentation order. */
  order: readonly string[];
  answer: Answer | undefined;
  stemId: string;
  onAnswer(answer: AnswerChange): void;
}
