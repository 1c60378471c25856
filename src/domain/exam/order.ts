/**
 * The order in which an item's parts are shown on a form: options, steps or responses are
 * shuffled per item so that position tells nothing about the key.
 */
import type { Question } from "../bank/schema.ts";
import type { Rng } from "../random.ts";
import { shuffle } from "../random.ts";

/** Extra shuffles tried when an ordering item comes out already in the right order. */
const RESHUFFLES = 5;

/**
 * Presentation order of one item: a shuffle of the option ids (single, multiple), the
 * step ids (ordering) or the response ids (matching; prompts keep their bank order).
 *
 * For an ordering item with two or more steps the shuffle is redone up to 5 times while it
 * equals the key; if it still does (chance 1/n!⁶), the key is rotated one step left, so
 * the steps are never shown already in the right order.
 */
export function presentationOrder(q: Question, rng: Rng): string[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return shuffle(
        q.options.map((o) => o.id),
        rng,
      );
    case "matching":
      return shuffle(
        q.responses.map((r) => r.id),
        rng,
      );
    case "ordering": {
      const steps = q.items.map((s) => s.id);
      let order = shuffle(steps, rng);
      if (steps.length < 2) return order;
      for (let i = 0; i < RESHUFFLES && sameSequence(order, q.answer); i++) {
        order = shuffle(steps, rng);
      }
      if (sameSequence(order, q.answer)) order = [...q.answer.slice(1), ...q.answer.slice(0, 1)];
      return order;
    }
  }
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
