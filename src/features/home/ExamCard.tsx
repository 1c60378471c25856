import { memo } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { pick } from "../../domain/text.ts";
import type { ExamDashboard } from "../../state/dashboard.ts";
import { ExamFormat } from "./ExamFormat.tsx";
import { ExamProgress } from "./ExamProgress.tsx";

interface Props {
  exam: ExamInfo;
  /** Questions stored for the exam; undefined until the banks are counted. */
  stored: number | undefined;
  dash: ExamDashboard | undefined;
  /** The learner's standing is still being read. */
  pending: boolean;
}

/** Memoised: a card re-renders only when its own exam's figures change. */
export const ExamCard = memo(function ExamCard({ exam, stored, dash, pending }: Props) {
  const t = useT();
  const lang = useLang();
  const retired = exam.status === "retired";
  return (
    <li className={`card exam-card${retired ? " retired" : ""}`}>
      <h3>
        <a href={`/exam/${exam.code}`} onClick={onLinkClick}>
          <span className="code">{exam.code}</span>{" "}
          <span className="name">{pick(exam.name, lang)}</span>
        </a>
      </h3>
      {retired && <p className="badge">{t("exam.retired", { date: exam.retiredOn ?? "" })}</p>}
      {dash ? (
        <ExamProgress exam={exam} dash={dash} />
      ) : (
        pending && (
          // Holds the status line's place while the learner's standing is read, so the
          // card does not grow under the reader's eyes when it arrives.
          <div className="exam-progress" aria-hidden="true">
            <p>
              <span className="tag pending">&nbsp;</span>
            </p>
          </div>
        )
      )}
      <ExamFormat exam={exam} />
      {/* Always there, "…" until the banks are counted, so the card keeps its height. */}
      <p className="muted">
        {t("exam.bank")}: {stored === undefined ? "…" : t("exam.bankValue", { n: stored })}
      </p>
    </li>
  );
});
