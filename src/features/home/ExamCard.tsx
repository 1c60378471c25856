import { useLang, useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { pick } from "../../domain/text.ts";
import { ExamFormat } from "./ExamFormat.tsx";

export function ExamCard({ exam, stored }: { exam: ExamInfo; stored: number | undefined }) {
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
      <ExamFormat exam={exam} />
      {stored !== undefined && stored > 0 && (
        <p className="muted">
          {t("exam.bank")}: {t("exam.bankValue", { n: stored })}
        </p>
      )}
    </li>
  );
}
