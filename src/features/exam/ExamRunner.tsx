import { useT } from "../../app/i18n/t.ts";
import { useExamSession } from "../../state/exam-session.ts";
import { ExamClock } from "./ExamClock.tsx";
import { ItemView } from "./ItemView.tsx";
import { QuestionMap } from "./QuestionMap.tsx";
import { ReviewScreen } from "./ReviewScreen.tsx";

/** The exam in progress. Nothing here reveals correctness or which items are unscored. */
export function ExamRunner() {
  const t = useT();
  const s = useExamSession();
  const { attempt, form, items, responses } = s;
  if (!attempt || !form) return null;
  const total = items.length;
  const pos = attempt.position;
  const item = items[pos];
  const paused = attempt.mode === "practice" && attempt.resumedAt === null;
  return (
    <section className="runner" aria-label={attempt.exam}>
      <div className="run-bar">
        <p className="counter" aria-live="polite">
          {pos < total ? t("run.counter", { n: pos + 1, total }) : t("review.title")}
        </p>
        <ExamClock attempt={attempt} />
        <p className="save-state" aria-live="polite">
          {s.saving ? t("run.saving") : t("run.saved")}
        </p>
        {attempt.mode === "practice" && (
          <button
            type="button"
            onClick={() => (paused ? s.resume(Date.now()) : s.pause(Date.now()))}
          >
            {paused ? t("run.resumePractice") : t("run.pause")}
          </button>
        )}
      </div>
      {attempt.mode === "practice" && <p className="badge">{t("run.practiceBadge")}</p>}
      {s.warning !== null && (
        <div className="banner warn" role="alert">
          {t("run.warning", { minutes: s.warning })}{" "}
          <button type="button" onClick={s.dismissWarning}>
            {t("run.dismiss")}
          </button>
        </div>
      )}
      {s.error && (
        <p className="banner error" role="alert">
          {s.error.kind === "quota"
            ? t("run.storageFull")
            : t("run.saveError", { message: s.error.detail })}
        </p>
      )}
      {paused ? (
        <p className="notice">{t("run.paused")}</p>
      ) : item ? (
        <>
          <ItemView
            key={item.id}
            item={item}
            caseStudy={item.caseId ? s.cases.get(item.caseId) : undefined}
            order={form.order[item.id] ?? []}
            answer={responses.get(item.id)?.answer}
            onAnswer={(a) => s.answer(item.id, a)}
          />
          <div className="run-actions">
            <button type="button" disabled={pos === 0} onClick={() => s.goTo(pos - 1)}>
              {t("run.previous")}
            </button>
            <button
              type="button"
              aria-pressed={responses.get(item.id)?.flagged ?? false}
              onClick={() => s.toggleFlag(item.id)}
            >
              {t("run.flag")}
            </button>
            <button type="button" onClick={() => s.goTo(total)}>
              {t("run.review")}
            </button>
            <button type="button" className="primary" onClick={() => s.goTo(pos + 1)}>
              {t("run.next")}
            </button>
          </div>
        </>
      ) : (
        <ReviewScreen
          items={items}
          responses={responses}
          onOpen={(i) => s.goTo(i)}
          onSubmit={() => s.submit(Date.now())}
        />
      )}
      {!paused && (
        <QuestionMap items={items} responses={responses} position={pos} onOpen={(i) => s.goTo(i)} />
      )}
    </section>
  );
}
