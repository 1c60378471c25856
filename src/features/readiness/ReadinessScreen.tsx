import { lazy, Suspense, useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { navigate } from "../../app/router.ts";
import { SCALED_MAX, SCALED_MIN } from "../../domain/exam/scoring.ts";
import { catalog } from "../../state/catalog.ts";
import { type ExamReadiness, examReadiness } from "../../state/readiness.ts";
import { useBanks } from "../../state/storage.ts";
import { ScoreScale } from "../../ui/ScoreScale.tsx";
import { ExamOptions } from "../common/options.tsx";
import { DrillButton } from "../exam/DrillButton.tsx";
import { DomainMastery } from "./DomainMastery.tsx";

// The chart is drawn only here, and only when there are mock scores to draw.
const TrendChart = lazy(async () => ({ default: (await import("./TrendChart.tsx")).TrendChart }));

const pct = (x: number) => Math.round(100 * x);

/** Readiness of one exam: predicted score and pass probability, domains, coverage, trend. */
export function ReadinessScreen({ params }: { params: Record<string, string> }) {
  const t = useT();
  const _lang = useLang();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const code = params.code ?? "";
  const exam =
    catalog.exams.find((e) => e.code === code) ?? catalog.exams.find((e) => e.status === "active");
  const [data, setData] = useState<ExamReadiness | null>(null);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again once the bundled banks are stored
  useEffect(() => {
    if (!exam) return;
    let live = true;
    setData(null);
    examReadiness(exam.code, Date.now())
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [exam, ready]);

  if (!exam) return null;
  const r = data?.readiness;
  return (
    <section className="screen readiness">
      <h1>{t("readiness.title")}</h1>
      <label className="field">
        {t("study.exam")}
        <select value={exam.code} onChange={(e) => navigate(`/readiness/${e.target.value}`)}>
          <ExamOptions all />
        </select>
      </label>
      {error && (
        <p className="banner error" role="alert">
          {t("readiness.error", { message: error })}
        </p>
      )}
      {!data || !r ? (
        !error && <p className="muted">{t("session.loading")}</p>
      ) : (
        <>
          <section className="card readiness-score" aria-labelledby="readiness-score">
            <h2 id="readiness-score">{t("readiness.predicted")}</h2>
            {r.status === "estimate" ? (
              <>
                <p className="scaled">
                  <strong>{r.scaled}</strong>{" "}
                  <span className="muted">
                    {t("readiness.interval", { low: r.scaledLow, high: r.scaledHigh })}
                  </span>
                </p>
                <ScoreScale
                  label={t("readiness.scaleLabel", {
                    score: r.scaled,
                    low: r.scaledLow,
                    high: r.scaledHigh,
                    passMark: exam.passMark,
                  })}
                  min={SCALED_MIN}
                  max={SCALED_MAX}
                  passMark={exam.passMark}
                  value={r.scaled}
                  low={r.scaledLow}
                  high={r.scaledHigh}
                />
                <p className="probability">
                  {t("readiness.probability")}: <strong>{pct(r.passProbability)}%</strong>
                </p>
                <p className="muted">
                  {t("readiness.basis", { n: Math.round(r.evidence), passMark: exam.passMark })}
                </p>
              </>
            ) : (
              <>
                <p>
                  {t("readiness.notEnough", { n: Math.max(1, Math.ceil(r.needed - r.evidence)) })}
                </p>
                <progress
                  className="session-progress"
                  max={r.needed}
                  value={Math.min(r.needed, r.evidence)}
                  aria-label={t("readiness.evidence", {
                    n: Math.round(r.evidence),
                    needed: r.needed,
                  })}
                />
              </>
            )}
          </section>
          <section aria-labelledby="readiness-next">
            <h2 id="readiness-next">{t("readiness.next")}</h2>
            {r.domains.some((d) => d.evidence > 0) ? (
              <DrillButton
                exam={exam}
                mastery={r.domains.map((d) => ({ id: d.id, mastery: d.mean }))}
              />
            ) : (
              <p>{t("readiness.startHint")}</p>
            )}
          </section>
          <DomainMastery exam={exam} domains={r.domains} />
          <section aria-labelledby="readiness-coverage">
            <h2 id="readiness-coverage">{t("readiness.coverage")}</h2>
            <p>
              {t("readiness.coverageValue", {
                seen: data.coverage.seen,
                total: data.coverage.total,
                pct: data.coverage.total ? pct(data.coverage.seen / data.coverage.total) : 0,
              })}
            </p>
          </section>
          <section aria-labelledby="readiness-trend">
            <h2 id="readiness-trend">{t("readiness.trend")}</h2>
            {data.mocks.length === 0 ? (
              <p>{t("readiness.noMocks")}</p>
            ) : (
              <Suspense fallback={<p className="muted">{t("session.loading")}</p>}>
                <TrendChart mocks={data.mocks} passMark={exam.passMark} />
              </Suspense>
            )}
          </section>
        </>
      )}
    </section>
  );
}
