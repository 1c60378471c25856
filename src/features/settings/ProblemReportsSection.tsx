import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { ProblemReportRecord } from "../../db/ports.ts";
import { exportReports, listReports, removeReport } from "../../state/problem-reports.ts";
import { downloadText } from "../../ui/download.ts";

/** The problems the learner reported with questions, to export for the bank's authors. */
export function ProblemReportsSection() {
  const t = useT();
  const lang = useLang();
  const [reports, setReports] = useState<ProblemReportRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) =>
    setError(t("reports.error", { message: e instanceof Error ? e.message : String(e) }));

  const refresh = () => listReports().then(setReports, fail);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once when the section opens
  useEffect(() => {
    void refresh();
  }, []);

  const date = new Intl.DateTimeFormat(lang === "ja" ? "ja-JP" : "en-US", { dateStyle: "medium" });
  return (
    <section aria-labelledby="reports-title" className="card">
      <h2 id="reports-title">{t("reports.title")}</h2>
      <p className="muted">{t("reports.intro")}</p>
      {reports?.length === 0 && <p>{t("reports.empty")}</p>}
      {reports && reports.length > 0 && (
        <>
          <ul className="reports">
            {reports.map((r) => (
              <li key={r.id}>
                <span className="code">{r.exam}</span> · <span className="code">{r.itemId}</span> ·{" "}
                {t(`problem.${r.kind}`)} · {date.format(r.createdAt)}
                {r.text && <p className="prose">{r.text}</p>}
                <button
                  type="button"
                  onClick={() => removeReport(r.id).then(refresh, fail)}
                  aria-label={`${t("reports.remove")} ${r.itemId}`}
                >
                  {t("reports.remove")}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            onClick={() =>
              exportReports(new Date()).then(
                ({ fileName, text }) => downloadText(fileName, text),
                fail,
              )
            }
          >
            {t("reports.export")}
          </button>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
