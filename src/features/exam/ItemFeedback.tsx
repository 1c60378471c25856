import { useLang, useT } from "../../app/i18n/t.ts";
import type { Question } from "../../domain/bank/schema.ts";
import type { Answer } from "../../domain/exam/scoring.ts";
import { pick } from "../../domain/text.ts";
import { answerLines } from "./answer-text.ts";
import { LETTERS } from "./ChoiceItem.tsx";

interface Props {
  item: Question;
  order: readonly string[];
  answer: Answer | undefined;
}

/**
 * What an item teaches once answered: the learner's answer beside the key, the
 * explanation, why each option is right or wrong, and where to read more. Bank text is
 * shown as text; references are http(s) links (the bank schema refuses anything else).
 */
export function ItemFeedback({ item, order, answer }: Props) {
  const t = useT();
  const lang = useLang();
  const given = answerLines(item, answer, order, lang);
  const key = answerLines(item, item.answer, order, lang);
  const whys =
    item.type === "single" || item.type === "multiple"
      ? order.flatMap((id, i) => {
          const o = item.options.find((x) => x.id === id);
          return o?.why ? [`${LETTERS[i]}. ${pick(o.why, lang)}`] : [];
        })
      : [];
  return (
    <>
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
    </>
  );
}
