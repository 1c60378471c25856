import { useLang, useT } from "../../app/i18n/t.ts";
import type { CaseStudy, Question } from "../../domain/bank/schema.ts";
import type { Answer } from "../../domain/exam/scoring.ts";
import { pick } from "../../domain/text.ts";
import { ItemFeedback } from "./ItemFeedback.tsx";

interface Props {
  n: number;
  item: Question;
  caseStudy: CaseStudy | undefined;
  order: readonly string[];
  answer: Answer | undefined;
  correct: boolean;
  unscored: boolean;
  flagged: boolean;
  domain: string;
}

/** One item after the exam: the learner's answer, the key, why, and where to read more. */
export function ReportItem({
  n,
  item,
  caseStudy,
  order,
  answer,
  correct,
  unscored,
  flagged,
  domain,
}: Props) {
  const t = useT();
  const lang = useLang();
  const status =
    answer === null || answer === undefined ? "unanswered" : correct ? "correct" : "wrong";
  return (
    <li className={`card report-item ${status}`}>
      <h3>
        {t("report.itemTitle", { n })}{" "}
        <span className={`tag ${status}`}>{t(`report.${status}`)}</span>
        {unscored && <span className="tag">{t("report.unscored")}</span>}
        {flagged && <span className="tag">{t("run.flagged")}</span>}
      </h3>
      <p className="muted">{domain}</p>
      {caseStudy && (
        <details>
          <summary>
            {t("run.case")}: {pick(caseStudy.title, lang)}
          </summary>
          <p className="prose">{pick(caseStudy.scenario, lang)}</p>
        </details>
      )}
      <p className="prose">{pick(item.stem, lang)}</p>
      <ItemFeedback item={item} order={order} answer={answer} />
    </li>
  );
}
