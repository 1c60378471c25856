import { useDeferredValue, useEffect } from "react";
import { useT } from "../../app/i18n/t.ts";
import { catalog, LEVEL_ORDER } from "../../state/catalog.ts";
import { useDashboard } from "../../state/dashboard.ts";
import { useBanks } from "../../state/storage.ts";
import { whenIdle } from "../../ui/idle.ts";
import { ExamCard } from "./ExamCard.tsx";

export function HomeScreen() {
  const t = useT();
  // Counts and standing arrive while the learner may already be tapping: the cards take
  // them in a deferred render, which React slices, so a tap is never kept waiting.
  const counts = useDeferredValue(useBanks((s) => s.counts));
  const ready = useBanks((s) => s.sync.phase === "ready");
  const dashboard = useDeferredValue(useDashboard((s) => s.byExam));
  const pending = useDeferredValue(useDashboard((s) => s.byExam === null && s.error === null));
  // Where the learner stands is read once the first paint is done and the page is idle (it
  // loads the storage code), and again once banks are stored.
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the banks are ready
  useEffect(() => whenIdle(() => void useDashboard.getState().refresh(), 1000), [ready]);
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
                <ExamCard
                  key={exam.code}
                  exam={exam}
                  stored={counts ? (counts.get(exam.code) ?? 0) : undefined}
                  dash={dashboard?.get(exam.code)}
                  pending={pending}
                />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
