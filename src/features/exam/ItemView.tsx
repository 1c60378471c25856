import { useEffect, useRef } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { CaseStudy, Question } from "../../domain/bank/schema.ts";
import type { Answer } from "../../domain/exam/scoring.ts";
import { pick } from "../../domain/text.ts";
import type { AnswerChange } from "../../state/exam-session.ts";
import { ChoiceItem } from "./ChoiceItem.tsx";
import { MatchingItem } from "./MatchingItem.tsx";
import { OrderingItem } from "./OrderingItem.tsx";

interface Props {
  item: Question;
  caseStudy: CaseStudy | undefined;
  order: readonly string[];
  answer: Answer | undefined;
  onAnswer(answer: AnswerChange): void;
}

/** One item: its case scenario (if any), its stem as plain text, and its answer controls. */
export function ItemView({ item, caseStudy, order, answer, onAnswer }: Props) {
  const t = useT();
  const lang = useLang();
  const stem = useRef<HTMLParagraphElement>(null);
  const stemId = `stem-${item.id}`;
  // Moving to another item starts at the top (its case scenario, if any) and puts
  // keyboard and screen-reader focus on its stem.
  useEffect(() => {
    window.scrollTo(0, 0);
    stem.current?.focus({ preventScroll: true });
  }, []);
  const props = { order, answer, stemId, onAnswer };
  return (
    <div className={caseStudy ? "item with-case" : "item"}>
      {caseStudy && (
        <aside className="case" aria-label={t("run.case")}>
          {/* A summary the keyboard can reach (and fold away a long scenario on a phone). */}
          <details open>
            <summary>
              <h2>
                {t("run.case")}: {pick(caseStudy.title, lang)}
              </h2>
            </summary>
            <p className="prose">{pick(caseStudy.scenario, lang)}</p>
          </details>
        </aside>
      )}
      <div className="question">
        <p id={stemId} className="stem prose" tabIndex={-1} ref={stem}>
          {pick(item.stem, lang)}
        </p>
        {item.type === "single" || item.type === "multiple" ? (
          <ChoiceItem item={item} {...props} />
        ) : item.type === "ordering" ? (
          <OrderingItem item={item} {...props} />
        ) : (
          <MatchingItem item={item} {...props} />
        )}
      </div>
    </div>
  );
}
