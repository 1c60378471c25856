import { useT } from "../../app/i18n/t.ts";
import type { ResponseRecord } from "../../db/ports.ts";
import type { Question } from "../../domain/bank/schema.ts";
import { isAnswered } from "../../domain/exam/answered.ts";

interface Props {
  items: readonly Question[];
  responses: ReadonlyMap<string, ResponseRecord>;
  position: number;
  onOpen(position: number): void;
}

/** Every item as a button showing answered, unanswered and flagged; any can be opened. */
export function QuestionMap({ items, responses, position, onOpen }: Props) {
  const t = useT();
  return (
    <details className="map">
      <summary>{t("run.map")}</summary>
      <nav aria-label={t("run.map")}>
        <ol>
          {items.map((q, i) => {
            const r = responses.get(q.id);
            const answered = isAnswered(q, r?.answer);
            const state = [
              t(answered ? "run.answered" : "run.unanswered"),
              ...(r?.flagged ? [t("run.flagged")] : []),
            ].join(", ");
            return (
              <li key={q.id}>
                <button
                  type="button"
                  className={`cell${answered ? " answered" : ""}${r?.flagged ? " flagged" : ""}`}
                  aria-label={t("run.mapItem", { n: i + 1, state })}
                  aria-current={i === position ? "step" : undefined}
                  onClick={() => onOpen(i)}
                >
                  {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </details>
  );
}
