import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { navigate, onLinkClick } from "../../app/router.ts";
import type { StudySessionRecord } from "../../db/ports.ts";
import { pick } from "../../domain/text.ts";
import { useStudySession } from "../../state/study-session.ts";
import { startMistakesReview } from "../../state/study-start.ts";
import { StudyCard } from "./StudyCard.tsx";
import { sessionTitle } from "./session-title.ts";

/** A study session, card by card; where it stands is stored, so it resumes after a reload. */
export function StudySessionScreen({ params }: { params: Record<string, string> }) {
  const t = useT();
  const s = useStudySession();
  const id = params.id ?? "";

  useEffect(() => {
    void useStudySession.getState().open(id);
    return () => useStudySession.getState().leave();
  }, [id]);

  const { session } = s;
  if (s.phase === "error" || (s.phase === "active" && !session))
    return (
      <section className="screen">
        <h1>{t("nav.study")}</h1>
        <p className="banner error" role="alert">
          {t("session.openError", { message: s.error?.detail ?? id })}
        </p>
        <BackLink />
      </section>
    );
  if (!session || s.phase !== "active")
    return (
      <section className="screen">
        <p className="muted">{t("session.loading")}</p>
      </section>
    );
  const itemId = session.itemIds[session.position];
  const question = itemId ? s.items.get(itemId) : undefined;
  return (
    <section className="screen study-session">
      <BackLink />
      <h1>{sessionTitle(t, session)}</h1>
      <progress
        className="session-progress"
        max={session.itemIds.length}
        value={Object.keys(session.results).length}
        aria-label={t("study.progress", {
          done: Object.keys(session.results).length,
          total: session.itemIds.length,
        })}
      />
      {s.error && (
        <p className="banner error" role="alert">
          {s.error.kind === "quota"
            ? t("run.storageFull")
            : t("session.saveError", { message: s.error.detail })}
        </p>
      )}
      {session.position >= session.itemIds.length ? (
        <SessionSummary session={session} />
      ) : question ? (
        <StudyCard key={question.id} session={session} question={question} />
      ) : (
        <div className="card">
          <p>{t("session.missing")}</p>
          <button
            type="button"
            className="primary"
            onClick={() => s.goTo(session.position + 1, Date.now())}
          >
            {t("session.skip")}
          </button>
        </div>
      )}
    </section>
  );
}

function BackLink() {
  const t = useT();
  return (
    <p>
      <a href="/study" onClick={onLinkClick}>
        ← {t("session.back")}
      </a>
    </p>
  );
}

/** The end of a session: how it went, the items missed, and a way to go over them again. */
function SessionSummary({ session }: { session: StudySessionRecord }) {
  const t = useT();
  const lang = useLang();
  const items = useStudySession((s) => s.items);
  const [error, setError] = useState<string | null>(null);
  const results = Object.entries(session.results);
  const right = results.filter(([, r]) => r.outcome !== "wrong").length;
  const wrong = results.filter(([, r]) => r.outcome === "wrong").map(([id]) => id);
  const exam = session.exam ?? items.get(wrong[0] ?? "")?.exam;
  async function again() {
    if (!exam) return;
    try {
      const now = Date.now();
      const ids = wrong.filter((id) => items.get(id)?.exam === exam);
      const next = await startMistakesReview(exam, [], ids, { now, seed: now });
      navigate(`/study/session/${next.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <div className="card session-summary">
      <h2>{t("session.doneTitle")}</h2>
      <p className="scaled">
        <strong>{t("session.doneScore", { right, total: results.length })}</strong>
      </p>
      {wrong.length > 0 && (
        <>
          <h3>{t("session.doneWrong")}</h3>
          <ul>
            {wrong.map((id) => (
              <li key={id} className="stem-preview">
                {pick(items.get(id)?.item.stem, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="run-actions">
        {wrong.length > 0 && exam && (
          <button type="button" className="primary" onClick={again}>
            {t("session.again", { n: wrong.length })}
          </button>
        )}
        <a href="/study" onClick={onLinkClick} className="button">
          {t("session.back")}
        </a>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
