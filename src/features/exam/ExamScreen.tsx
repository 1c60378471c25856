import { useLang, useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import { pick } from "../../domain/text.ts";
import { findExam } from "../../state/catalog.ts";
import { useBanks } from "../../state/storage.ts";
import { ExamFormat } from "../home/ExamFormat.tsx";
import { AttemptHistory } from "./AttemptHistory.tsx";
import { StartPanel } from "./StartPanel.tsx";

export function ExamScreen({ params }: { params: Record<string, string> }) {
  const t = useT();
  const lang = useLang();
  const code = params.code ?? "";
  const exam = findExam(code);
  const stored = useBanks((s) => s.counts?.get(code));
  if (!exam) return <p role="alert">{t("exam.notFound", { code })}</p>;
  return (
    <section className="screen">
      <p>
        <a href="/" onClick={onLinkClick}>
          ← {t("exam.back")}
        </a>
      </p>
      <h1>
        <span className="code">{exam.code}</span> {pick(exam.name, lang)}
      </h1>
      {exam.status === "retired" && (
        <p className="badge">{t("exam.retired", { date: exam.retiredOn ?? "" })}</p>
      )}
      <ExamFormat exam={exam} detailed />
      {exam.status === "active" && <StartPanel exam={exam} />}
      <h2>{t("exam.domains")}</h2>
      <ul className="domains">
        {exam.domains.map((d) => (
          <li key={d.id}>
            <span>{pick(d.name, lang)}</span>
            <span className="weight">{d.weight}%</span>
            <span className="bar" style={{ inlineSize: `${d.weight}%` }} aria-hidden="true" />
          </li>
        ))}
      </ul>
      <dl className="format">
        <div>
          <dt>{t("exam.fee")}</dt>
          <dd>{t("exam.feeValue", { jpy: exam.fees.jpy, usd: exam.fees.usd })}</dd>
        </div>
        <div>
          <dt>{t("exam.bank")}</dt>
          <dd>
            {stored === undefined ? t("exam.bankLoading") : t("exam.bankValue", { n: stored })}
          </dd>
        </div>
      </dl>
      {exam.notes && <p>{pick(exam.notes, lang)}</p>}
      {exam.uncertain && (
        <p className="muted">{t("exam.uncertain", { fields: exam.uncertain.join(", ") })}</p>
      )}
      <p className="muted">
        <a href={exam.guide} rel="noopener noreferrer" target="_blank">
          {t("exam.guide")}
        </a>{" "}
        · {t("exam.sources", { date: exam.asOf })}
      </p>
      <AttemptHistory code={exam.code} />
    </section>
  );
}
