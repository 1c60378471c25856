import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { navigate } from "../../app/router.ts";
import type { AttemptMode, AttemptRecord } from "../../db/ports.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { pick } from "../../domain/text.ts";
import { catalog } from "../../state/catalog.ts";
import {
  type FormPreview,
  inProgressAttempt,
  previewForm,
  startAttempt,
} from "../../state/exam-start.ts";
import { useBanks } from "../../state/storage.ts";

/** Mode, accommodation and the start or resume of a mock exam. */
export function StartPanel({ exam }: { exam: ExamInfo }) {
  const t = useT();
  const lang = useLang();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const [preview, setPreview] = useState<FormPreview | null>(null);
  const [running, setRunning] = useState<AttemptRecord | null | undefined>(undefined);
  const [mode, setMode] = useState<AttemptMode>("exam");
  const [esl, setEsl] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    Promise.all([previewForm(exam), inProgressAttempt(exam.code)])
      .then(([p, a]) => {
        if (!live) return;
        setPreview(p);
        setRunning(a ?? null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [exam, ready]);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const now = Date.now();
      const attempt = await startAttempt(exam, {
        mode,
        extraMinutes: esl && mode === "exam" ? catalog.eslExtraMinutes : 0,
        now,
        seed: crypto.getRandomValues(new Uint32Array(1))[0] ?? now,
      });
      navigate(`/attempt/${attempt.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  if (!preview) return <p role="status">{error ?? t("route.loading")}</p>;
  if (preview.available === 0) return <p className="notice">{t("start.noItems")}</p>;
  const domainName = (id: string) => pick(exam.domains.find((d) => d.id === id)?.name, lang);
  return (
    <section className="card start" aria-labelledby="start-title">
      <h2 id="start-title">{t("start.title")}</h2>
      {running && (
        <p>
          {t("start.resumeInfo", { date: new Date(running.startedAt).toLocaleString(lang) })}{" "}
          <button
            type="button"
            className="primary"
            onClick={() => navigate(`/attempt/${running.id}`)}
          >
            {t("start.resume")}
          </button>
        </p>
      )}
      {preview.form.shortened && (
        <p className="notice">
          {t("start.shortened", {
            available: preview.available,
            scored: preview.form.scored,
            unscored: preview.form.unscored,
          })}
        </p>
      )}
      {!preview.form.shortened &&
        preview.form.shortfalls.map((s) => (
          <p key={s.domain} className="notice">
            {t("start.shortfall", {
              domain: domainName(s.domain),
              available: s.available,
              wanted: s.wanted,
            })}
          </p>
        ))}
      <fieldset>
        <legend>{t("start.mode")}</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === "exam"}
            onChange={() => setMode("exam")}
          />{" "}
          {t("start.real")}
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === "practice"}
            onChange={() => setMode("practice")}
          />{" "}
          {t("start.practice")}
        </label>
      </fieldset>
      {mode === "exam" && (
        <label className="check">
          <input
            type="checkbox"
            checked={esl}
            onChange={(e) => setEsl(e.target.checked)}
            aria-describedby="esl-hint"
          />{" "}
          {t("start.esl", { minutes: catalog.eslExtraMinutes })}
          <span id="esl-hint" className="muted">
            {t("start.eslHint")}
          </span>
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="button" className="primary" disabled={busy} onClick={start}>
        {busy ? t("start.starting") : t("start.start")}
      </button>
    </section>
  );
}
