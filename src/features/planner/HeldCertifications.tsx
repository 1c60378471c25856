import { type FormEvent, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { certStatus, daysBetween, expiresOn } from "../../domain/planner/dates.ts";
import { pick } from "../../domain/text.ts";
import { catalog, findExam } from "../../state/catalog.ts";
import { localToday, useCertifications } from "../../state/certifications.ts";

/** The certifications held, each with its expiry and status, and a form to record a pass. */
export function HeldCertifications() {
  const t = useT();
  const lang = useLang();
  const { list, add, remove, error } = useCertifications();
  const today = localToday();
  const [exam, setExam] = useState(catalog.exams[0]?.code ?? "");
  const [date, setDate] = useState(today);
  const [score, setScore] = useState("");
  const [paid, setPaid] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!exam || !date) return;
    void add(exam, date, score ? Number(score) : null, paid ? Number(paid) : null);
  };
  return (
    <section aria-labelledby="held-title">
      <h2 id="held-title">{t("planner.held")}</h2>
      {error && (
        <p role="alert" className="error">
          {t("planner.saveError", { message: error })}
        </p>
      )}
      {list && list.length === 0 && <p className="muted">{t("planner.heldEmpty")}</p>}
      {list && list.length > 0 && (
        <ul className="cards held">
          {list.map((c) => {
            const info = findExam(c.exam);
            const expiry = expiresOn(c.passedOn, catalog.certificationValidityYears);
            const status = certStatus(
              c.passedOn,
              today,
              catalog.certificationValidityYears,
              catalog.renewalReminderMonths,
            );
            return (
              <li key={c.id} className={`card cert ${status}`}>
                <h3>
                  <span className="code">{c.exam}</span> {info ? pick(info.name, lang) : ""}
                </h3>
                <p>
                  <span className={`tag ${status}`}>{t(`planner.status.${status}`)}</span>{" "}
                  {t("planner.expires", { date: expiry })}
                  {status !== "expired" &&
                    ` · ${t("planner.daysLeft", { days: daysBetween(today, expiry) })}`}
                </p>
                {info?.status === "retired" && (
                  <p className="notice">{t("planner.retired", { exam: c.exam, date: expiry })}</p>
                )}
                <button
                  type="button"
                  className="remove"
                  onClick={() => remove(c.id)}
                  aria-label={t("planner.remove", { exam: c.exam })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="card add-cert" onSubmit={submit}>
        <h3>{t("planner.add")}</h3>
        <label>
          {t("planner.exam")}
          <select value={exam} onChange={(e) => setExam(e.target.value)}>
            {catalog.exams.map((e) => (
              <option key={e.code} value={e.code}>
                {e.code} {pick(e.name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("planner.passedOn")}
          <input
            type="date"
            value={date}
            max={today}
            required
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <label>
          {t("planner.score")}
          <input
            type="number"
            min={100}
            max={1000}
            inputMode="numeric"
            value={score}
            onChange={(e) => setScore(e.target.value)}
          />
        </label>
        <label>
          {t("planner.paid")}
          <input
            type="number"
            min={0}
            inputMode="numeric"
            value={paid}
            onChange={(e) => setPaid(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t("planner.save")}
        </button>
      </form>
    </section>
  );
}
