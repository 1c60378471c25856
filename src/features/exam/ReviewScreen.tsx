import { useRef } from "react";
import { useT } from "../../app/i18n/t.ts";
import type { ResponseRecord } from "../../db/ports.ts";
import type { Question } from "../../domain/bank/schema.ts";
import { isAnswered } from "../../domain/exam/answered.ts";

interface Props {
  items: readonly Question[];
  responses: ReadonlyMap<string, ResponseRecord>;
  onOpen(position: number): void;
  onSubmit(): void;
}

/** Before submitting: what is unanswered and what is flagged, each one tap away. */
export function ReviewScreen({ items, responses, onOpen, onSubmit }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const indexed = items.map((q, i) => ({ q, i, r: responses.get(q.id) }));
  const unanswered = indexed.filter(({ q, r }) => !isAnswered(q, r?.answer));
  const flagged = indexed.filter(({ r }) => r?.flagged);
  const list = (entries: typeof indexed) =>
    entries.length === 0 ? (
      <p className="muted">{t("review.none")}</p>
    ) : (
      <ul className="review-list">
        {entries.map(({ i, q }) => (
          <li key={q.id}>
            <button type="button" onClick={() => onOpen(i)}>
              {t("review.open", { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1}>
        {t("review.title")}
      </h2>
      <h3>{t("review.unanswered", { n: unanswered.length })}</h3>
      {list(unanswered)}
      <h3>{t("review.flagged", { n: flagged.length })}</h3>
      {list(flagged)}
      <div className="run-actions">
        <button type="button" onClick={() => onOpen(items.length - 1)}>
          {t("review.back")}
        </button>
        <button type="button" className="primary" onClick={() => dialog.current?.showModal()}>
          {t("review.submit")}
        </button>
      </div>
      <dialog ref={dialog} aria-labelledby="confirm-title" aria-describedby="confirm-body">
        <h2 id="confirm-title">{t("review.confirmTitle")}</h2>
        <p id="confirm-body">{t("review.confirmBody", { unanswered: unanswered.length })}</p>
        <form method="dialog" className="run-actions">
          <button type="submit" value="cancel">
            {t("review.cancel")}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              dialog.current?.close();
              onSubmit();
            }}
          >
            {t("review.confirm")}
          </button>
        </form>
      </dialog>
    </section>
  );
}
