import { useMemo, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import { isCorrect } from "../../domain/exam/scoring.ts";
import { formatClock } from "../../domain/exam/timer.ts";
import { pick } from "../../domain/text.ts";
import { timeUsedMs } from "../../state/attempt-time.ts";
import { findExam } from "../../state/catalog.ts";
import { useExamSession } from "../../state/exam-session.ts";
import { DomainOptions } from "../common/options.tsx";
import { DrillButton } from "./DrillButton.tsx";
import { ReportItem } from "./ReportItem.tsx";

type Filter = "all" | "wrong" | "flagged";

/** The score report: scaled score, pass or fail, domain ratings, then every item. */
export function ScoreReport() {
  const t = useT();
  const lang = useLang();
  const { attempt, form, items, responses, cases } = useExamSession();
  const [filter, setFilter] = useState<Filter>("all");
  const [domain, setDomain] = useState("");
  const exam = attempt ? findExam(attempt.exam) : undefined;
  const unscored = useMemo(() => new Set(attempt?.unscoredIds), [attempt]);
  if (!attempt?.report || !form || !exam) return null;
  const report = attempt.report;
  const domainName = (id: string) => pick(exam.domains.find((d) => d.id === id)?.name, lang);
  const used = timeUsedMs(attempt);
  const rows = items.map((item, i) => {
    const r = responses.get(item.id);
    return { item, n: i + 1, r, correct: isCorrect(item, r?.answer) };
  });
  const shown = rows.filter(
    ({ item, r, correct }) =>
      (filter === "all" || (filter === "wrong" ? !correct : r?.flagged)) &&
      (!domain || item.domain === domain),
  );
  return (
    <section className="screen report">
      <p>
        <a href={`/exam/${exam.code}`} onClick={onLinkClick}>
          ← {t("report.back", { code: exam.code })}
        </a>
      </p>
      <h1>
        {t("report.title")} · <span className="code">{exam.code}</span>
      </h1>
      <div className={`score card ${report.passed ? "pass" : "fail"}`}>
        <p className="scaled">
          <span className="label">{t("report.scaled")}</span> <strong>{report.scaled}</strong>
        </p>
        <p className="result">{report.passed ? t("report.pass") : t("report.fail")}</p>
        <p>{t("report.passMark", { passMark: report.passMark })}</p>
        <p>{t("report.right", { right: report.right, total: report.total })}</p>
        <p>{t("report.time", { time: formatClock(used) })}</p>
        {attempt.autoSubmitted && <p className="notice">{t("report.auto")}</p>}
        {attempt.shortened && <p>{t("report.shortened")}</p>}
        {attempt.mode === "practice" && <p className="badge">{t("run.practiceBadge")}</p>}
      </div>
      <p className="muted">{t("report.estimate", { cut: Math.round(report.rawCut * 100) })}</p>
      <h2>{t("report.domains")}</h2>
      <ul className="domains report-domains">
        {report.domains.map((d) => (
          <li key={d.id}>
            <span>{domainName(d.id)}</span>
            <span className={`rating ${d.rating}`}>
              {d.total === 0
                ? t("report.noItems")
                : t(d.rating === "meets" ? "report.meets" : "report.needs")}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span
                className="bar"
                style={{ inlineSize: `${d.total ? (100 * d.right) / d.total : 0}%` }}
              />
            </span>
            <span className="muted">
              {t("report.domainScore", { right: d.right, total: d.total })}
            </span>
          </li>
        ))}
      </ul>
      <DrillButton
        exam={exam}
        mastery={report.domains
          .filter((d) => d.total > 0)
          .map((d) => ({ id: d.id, mastery: d.right / d.total }))}
      />
      <h2>{t("report.items")}</h2>
      <div className="filters">
        <fieldset>
          <legend className="visually-hidden">{t("report.items")}</legend>
          {(["all", "wrong", "flagged"] as const).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="filter"
                checked={filter === f}
                onChange={() => setFilter(f)}
              />{" "}
              {t(`report.filter.${f}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("report.filter.domain")}{" "}
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">{t("report.filter.anyDomain")}</option>
            <DomainOptions exam={exam} />
          </select>
        </label>
        <p className="muted" aria-live="polite">
          {t("report.shown", { n: shown.length })}
        </p>
      </div>
      <ol className="cards report-items">
        {shown.map(({ item, n, r, correct }) => (
          <ReportItem
            key={item.id}
            n={n}
            item={item}
            caseStudy={item.caseId ? cases.get(item.caseId) : undefined}
            order={form.order[item.id] ?? []}
            answer={r?.answer}
            correct={correct}
            unscored={unscored.has(item.id)}
            flagged={r?.flagged ?? false}
            domain={domainName(item.domain)}
          />
        ))}
      </ol>
    </section>
  );
}
