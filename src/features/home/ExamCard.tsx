import { useLang, useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { pick } from "../../domain/text.ts";
import type { ExamDashboard } from "../../state/dashboard.ts";
import { ExamFormat } from "./ExamFormat.tsx";
import { ExamProgress } from "./ExamProgress.tsx";

interface Props {
  exam: ExamInfo;
  stored: number | undefined;
  dash: ExamDashboard | undefined;
}

export function ExamCard({ exam, stored, dash }: Props) {
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
      {dash && <ExamProgress exam={exam} dash={dash} />}
      <ExamFormat exam={exam} />
      {stored !== undefined && stored > 0 && (
        <p className="muted">
          {t("exam.bank")}: {t("exam.bankValue", { n: stored })}
        </p>
      )}
    </li>
  );
}
