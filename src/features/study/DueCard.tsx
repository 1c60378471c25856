import { useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import { navigate } from "../../app/router.ts";
import { type DueSummary, startDueReview } from "../../state/study-start.ts";

/** "Due today": the reviews the scheduler asks for now, across exams and per exam. */
export function DueCard({ due }: { due: DueSummary | null }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start(exam: string | null) {
    setBusy(true);
    try {
      const now = Date.now();
      const session = await startDueReview(exam, { now, seed: now });
      navigate(`/study/session/${session.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <section className="card due" aria-labelledby="study-due">
      <h2 id="study-due">{t("study.dueTitle")}</h2>
      {due === null ? (
        <p className="muted">{t("session.loading")}</p>
      ) : due.total === 0 ? (
        <p>{t("study.dueNone")}</p>
      ) : (
        <>
          <p className="due-total">
            <strong>{t("study.dueTotal", { n: due.total })}</strong>{" "}
            <button type="button" className="primary" disabled={busy} onClick={() => start(null)}>
              {t("study.dueAll", { n: Math.min(due.total, 50) })}
            </button>
          </p>
          <ul className="due-exams">
            {[...due.byExam].map(([exam, n]) => (
              <li key={exam}>
                <span className="code">{exam}</span> <span>{t("study.dueExam", { n })}</span>{" "}
                <button type="button" disabled={busy} onClick={() => start(exam)}>
                  {t("study.dueReview", { exam })}
                </button>
              </li>
            ))}
          </ul>
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
