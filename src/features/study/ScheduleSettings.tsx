import { useEffect, useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import { catalog } from "../../state/catalog.ts";
import { RETENTION_CHOICES, useStudySettings } from "../../state/study-settings.ts";

/** Desired retention and exam dates: what the review scheduler works towards. */
export function ScheduleSettings() {
  const t = useT();
  const s = useStudySettings();
  const [exam, setExam] = useState(catalog.exams[0]?.code ?? "");
  const [date, setDate] = useState("");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void useStudySettings.getState().load();
  }, []);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const live = catalog.exams.filter((e) => e.status !== "retired");

  return (
    <section aria-labelledby="study-schedule">
      <h2 id="study-schedule">{t("study.scheduleTitle")}</h2>
      <label className="field">
        {t("study.retention")}
        <select
          value={s.retention}
          onChange={(e) => s.setRetention(Number(e.target.value)).catch(fail)}
        >
          {RETENTION_CHOICES.map((r) => (
            <option key={r} value={r}>
              {Math.round(r * 100)}%
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t("study.retentionHelp")}</p>
      <h3>{t("study.examDates")}</h3>
      <p className="muted">{t("study.examDatesHelp")}</p>
      {Object.keys(s.examDates).length > 0 && (
        <ul className="exam-dates">
          {Object.entries(s.examDates).map(([code, iso]) => (
            <li key={code}>
              <span className="code">{code}</span> <time dateTime={iso}>{iso}</time>{" "}
              <button type="button" onClick={() => s.setExamDate(code, null).catch(fail)}>
                {t("study.examDateRemove", { exam: code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="exam-date-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (date) s.setExamDate(exam, date).then(() => setDate(""), fail);
        }}
      >
        <label className="field">
          {t("study.exam")}
          <select value={exam} onChange={(e) => setExam(e.target.value)}>
            {live.map((e) => (
              <option key={e.code} value={e.code}>
                {e.code}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("study.examDate")}
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit">{t("study.examDateSet")}</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
