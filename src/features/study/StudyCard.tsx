import { useEffect, useRef } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { QuestionRecord, StudySessionRecord } from "../../db/ports.ts";
import { pick } from "../../domain/text.ts";
import { findExam } from "../../state/catalog.ts";
import { useStudySession } from "../../state/study-session.ts";
import { ItemFeedback } from "../exam/ItemFeedback.tsx";
import { ItemView } from "../exam/ItemView.tsx";
import { ItemTools } from "./ItemTools.tsx";

interface Props {
  session: StudySessionRecord;
  question: QuestionRecord;
}

/**
 * One practice card: answer, check (committed with its review before anything else is
 * shown), then right or wrong, the explanation and the references at once.
 */
export function StudyCard({ session, question }: Props) {
  const t = useT();
  const lang = useLang();
  const s = useStudySession();
  const { item } = question;
  const result = session.results[item.id];
  const draft = session.drafts[item.id] ?? null;
  const unsure = session.unsure[item.id] ?? false;
  const order = s.order.get(item.id) ?? [];
  const pos = session.position;
  const total = session.itemIds.length;
  const exam = findExam(question.exam);
  const domain = pick(exam?.domains.find((d) => d.id === question.domain)?.name, lang);
  const verdict = useRef<HTMLHeadingElement>(null);
  const checked = result !== undefined;

  // Once checked, the verdict is read out and brought into view.
  useEffect(() => {
    if (!checked) return;
    verdict.current?.focus({ preventScroll: true });
    verdict.current?.scrollIntoView({ block: "start" });
  }, [checked]);

  return (
    <article className="study-card" aria-label={t("session.item", { n: pos + 1, total })}>
      <p className="muted">
        {t("session.item", { n: pos + 1, total })} · <span className="code">{question.exam}</span> ·{" "}
        {domain || question.domain}
      </p>
      <fieldset disabled={checked} className="plain">
        <legend className="visually-hidden">{t("session.item", { n: pos + 1, total })}</legend>
        <ItemView
          item={item}
          caseStudy={item.caseId ? s.cases.get(item.caseId) : undefined}
          order={order}
          answer={result?.answer ?? draft}
          onAnswer={(a) => s.choose(item.id, a)}
        />
      </fieldset>
      {!result ? (
        <div className="run-actions">
          <label className="unsure">
            <input
              type="checkbox"
              checked={unsure}
              onChange={(e) => s.setUnsure(item.id, e.target.checked)}
            />{" "}
            {t("session.unsure")}
          </label>
          <button
            type="button"
            className="primary"
            disabled={draft === null}
            onClick={() => s.check(item.id, Date.now())}
          >
            {t("session.check")}
          </button>
        </div>
      ) : (
        <>
          <section className={`card feedback ${result.outcome}`}>
            <h2 tabIndex={-1} ref={verdict}>
              {t(`session.outcome.${result.outcome}`)}
            </h2>
            <ItemFeedback item={item} order={order} answer={result.answer} />
          </section>
          <ItemTools question={question} />
        </>
      )}
      <div className="run-actions">
        <button type="button" disabled={pos === 0} onClick={() => s.goTo(pos - 1, Date.now())}>
          {t("run.previous")}
        </button>
        <button
          type="button"
          className={result ? "primary" : undefined}
          onClick={() => s.goTo(pos + 1, Date.now())}
        >
          {!result ? t("session.skip") : pos + 1 < total ? t("session.next") : t("session.finish")}
        </button>
      </div>
    </article>
  );
}
