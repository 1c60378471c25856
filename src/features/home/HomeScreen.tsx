import { useT } from "../../app/i18n/t.ts";
import { catalog, LEVEL_ORDER } from "../../state/catalog.ts";
import { useBanks } from "../../state/storage.ts";
import { ExamCard } from "./ExamCard.tsx";

export function HomeScreen() {
  const t = useT();
  const counts = useBanks((s) => s.counts);
  return (
    <section className="screen">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      {LEVEL_ORDER.map((level) => (
        <section key={level} aria-labelledby={`level-${level}`}>
          <h2 id={`level-${level}`}>{t(`level.${level}`)}</h2>
          <ul className="cards">
            {catalog.exams
              .filter((e) => e.level === level)
              .map((exam) => (
                <ExamCard key={exam.code} exam={exam} stored={counts?.get(exam.code)} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
