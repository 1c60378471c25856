import { useT } from "../../app/i18n/t.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";

/** An exam's real format: questions, time, pass mark, question types. */
export function ExamFormat({ exam, detailed = false }: { exam: ExamInfo; detailed?: boolean }) {
  const t = useT();
  const total = exam.items.scored + exam.items.unscored;
  return (
    <dl className="format">
      <div>
        <dt>{t("exam.items")}</dt>
        <dd>
          {detailed
            ? t("exam.itemsValue", {
                total,
                scored: exam.items.scored,
                unscored: exam.items.unscored,
              })
            : t("exam.itemsShort", { total })}
        </dd>
      </div>
      <div>
        <dt>{t("exam.minutes")}</dt>
        <dd>{t("exam.minutesValue", { minutes: exam.minutes })}</dd>
      </div>
      <div>
        <dt>{t("exam.passMark")}</dt>
        <dd>{t("exam.passMarkValue", { passMark: exam.passMark })}</dd>
      </div>
      {detailed && (
        <div>
          <dt>{t("exam.types")}</dt>
          <dd>{exam.itemTypes.map((type) => t(`type.${type}`)).join(" · ")}</dd>
        </div>
      )}
    </dl>
  );
}
