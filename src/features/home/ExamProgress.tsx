import { useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import type { ExamDashboard } from "../../state/dashboard.ts";
import { ScoreScale } from "../../ui/ScoreScale.tsx";

/** An exam card's dashboard part: status, readiness gauge, reviews due, exam countdown. */
export function ExamProgress({ exam, dash }: { exam: ExamInfo; dash: ExamDashboard }) {
  const t = useT();
  const e = dash.estimate;
  return (
    <div className="exam-progress">
      <p>
        <span className={`tag status-${dash.status}`}>{t(`status.${dash.status}`)}</span>
        {dash.daysLeft !== null && (
          <span className="countdown">
            {" "}
            {dash.daysLeft === 0
              ? t("dashboard.examToday")
              : t("dashboard.examIn", { n: dash.daysLeft })}
          </span>
        )}
      </p>
      {e && (
        <a
          href={`/readiness/${exam.code}`}
          onClick={onLinkClick}
          className="gauge-link"
          aria-label={t("dashboard.gaugeLabel", {
            code: exam.code,
            score: e.scaled,
            pct: Math.round(100 * e.passProbability),
          })}
        >
          <ScoreScale
            compact
            label={t("readiness.scaleLabel", {
              score: e.scaled,
              low: e.low,
              high: e.high,
              passMark: exam.passMark,
            })}
            min={100}
            max={1000}
            passMark={exam.passMark}
            value={e.scaled}
            low={e.low}
            high={e.high}
          />
          <span className="muted">
            {t("dashboard.estimate", { score: e.scaled, pct: Math.round(100 * e.passProbability) })}
          </span>
        </a>
      )}
      {dash.due > 0 && (
        <p>
          <a href="/study" onClick={onLinkClick}>
            {t("study.dueTotal", { n: dash.due })}
          </a>
        </p>
      )}
    </div>
  );
}
