import { useEffect } from "react";
import { useT } from "../../app/i18n/t.ts";
import { useExamSession } from "../../state/exam-session.ts";
import { ExamRunner } from "./ExamRunner.tsx";
import { ScoreReport } from "./ScoreReport.tsx";

/** /attempt/:id — the exam in progress, or its score report once submitted. */
export function AttemptScreen({ params }: { params: Record<string, string> }) {
  const t = useT();
  const id = params.id ?? "";
  const phase = useExamSession((s) => s.phase);
  const error = useExamSession((s) => s.error);
  const open = useExamSession((s) => s.open);
  useEffect(() => {
    void open(id);
    return () => useExamSession.getState().leave();
  }, [id, open]);

  switch (phase) {
    case "active":
      return <ExamRunner />;
    case "submitted":
      return <ScoreReport />;
    case "elsewhere":
    case "taken-over":
      return (
        <section className="screen">
          <p role="alert">{t(phase === "elsewhere" ? "attempt.elsewhere" : "attempt.takenOver")}</p>
          <button type="button" className="primary" onClick={() => open(id, true)}>
            {t(phase === "elsewhere" ? "attempt.takeOver" : "attempt.takeBack")}
          </button>
        </section>
      );
    case "error":
      return <p role="alert">{error?.kind === "quota" ? t("run.storageFull") : error?.detail}</p>;
    default:
      return <p role="status">{t("attempt.loading")}</p>;
  }
}
