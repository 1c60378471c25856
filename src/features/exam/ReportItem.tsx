import { useLang, useT } from "../../app/i18n/t.ts";
import type { CaseStudy, Question } from "../../domain/bank/schema.ts";
import type { Answer } from "../../domain/exam/scoring.ts";
import { pick } from "../../domain/text.ts";
import { answerLines } from "./answer-text.ts";
import { LETTERS } from "./ChoiceItem.tsx";

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
  const given = answerLines(item, answer, order, lang);
  const key = answerLines(item, item.answer, order, lang);
  const status =
    answer === null || answer === undefined ? "unanswered" : correct ? "correct" : "wrong";
  const whys =
    item.type === "single" || item.type === "multiple"
      ? order.flatMap((id, i) => {
          const o = item.options.find((x) => x.id === id);
          return o?.why ? [`${LETTERS[i]}. ${pick(o.why, lang)}`] : [];
        })
      : [];
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
      <dl className="answers">
        <dt>{t("report.yourAnswer")}</dt>
        <dd>{given.length ? given.map((l) => <div key={l}>{l}</div>) : t("report.noAnswer")}</dd>
        <dt>{t("report.key")}</dt>
        <dd>
          {key.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </dd>
      </dl>
      <h4>{t("report.explanation")}</h4>
      <p className="prose">{pick(item.explanation, lang)}</p>
      {whys.length > 0 && (
        <ul className="whys">
          {whys.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {item.references.length > 0 && (
        <>
          <h4>{t("report.references")}</h4>
          <ul className="refs">
            {item.references.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
