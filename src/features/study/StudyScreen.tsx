import { useEffect, useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import type { StudySessionRecord } from "../../db/ports.ts";
import { getRepositories, useBanks } from "../../state/storage.ts";
import { type DueSummary, dueSummary, mistakesNotebook } from "../../state/study-start.ts";
import { DueCard } from "./DueCard.tsx";
import { PracticeForm } from "./PracticeForm.tsx";
import { ScheduleSettings } from "./ScheduleSettings.tsx";
import { sessionTitle } from "./session-title.ts";

interface Overview {
  open: StudySessionRecord[];
  due: DueSummary;
  mistakes: number;
}

/** Study: sessions to resume, reviews due, a practice session to build, the mistakes. */
export function StudyScreen() {
  const t = useT();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again once the bundled banks are stored
  useEffect(() => {
    let live = true;
    const now = Date.now();
    (async () => {
      const repos = await getRepositories();
      const [open, due, notebook] = await Promise.all([
        repos.study.openSessions(),
        dueSummary(now),
        mistakesNotebook(),
      ]);
      if (live) setOverview({ open, due, mistakes: notebook.length });
    })().catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [ready]);

  return (
    <section className="screen study">
      <h1>{t("study.title")}</h1>
      <p className="lead">{t("study.intro")}</p>
      {error && (
        <p className="banner error" role="alert">
          {t("study.loadError", { message: error })}
        </p>
      )}
      {overview && overview.open.length > 0 && (
        <section aria-labelledby="study-open">
          <h2 id="study-open">{t("study.continue")}</h2>
          <ul className="cards">
            {overview.open.map((s) => (
              <li key={s.id} className="card">
                <h3>
                  <a href={`/study/session/${s.id}`} onClick={onLinkClick}>
                    {sessionTitle(t, s)}
                  </a>
                </h3>
                <p className="muted">
                  {t("study.progress", {
                    done: Object.keys(s.results).length,
                    total: s.itemIds.length,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <DueCard due={overview?.due ?? null} />
      <section className="card" aria-labelledby="study-mistakes">
        <h2 id="study-mistakes">{t("mistakes.title")}</h2>
        <p>
          {overview === null
            ? t("session.loading")
            : t("study.mistakesSummary", { n: overview.mistakes })}
        </p>
        <p>
          <a href="/study/mistakes" onClick={onLinkClick}>
            {t("study.mistakesOpen")}
          </a>
        </p>
      </section>
      <PracticeForm />
      <ScheduleSettings />
    </section>
  );
}
