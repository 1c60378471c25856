import { type FormEvent, useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import { PROBLEM_KINDS, type ProblemKind, type QuestionRecord } from "../../db/ports.ts";
import { reportProblem } from "../../state/problem-reports.ts";
import { useStudySession } from "../../state/study-session.ts";

/** Bookmark, personal note and "Report a problem" for the item on screen. */
export function ItemTools({ question }: { question: QuestionRecord }) {
  const t = useT();
  const s = useStudySession();
  const note = s.notes.get(question.id);
  const [text, setText] = useState(note?.note ?? "");
  const [noteSaved, setNoteSaved] = useState(false);
  const [kind, setKind] = useState<ProblemKind>("wrong-key");
  const [details, setDetails] = useState("");
  const [reported, setReported] = useState<"no" | "yes" | "failed">("no");

  async function saveNote(e: FormEvent) {
    e.preventDefault();
    await s.saveNote(question.id, { note: text });
    setNoteSaved(!useStudySession.getState().error);
  }

  async function report(e: FormEvent) {
    e.preventDefault();
    try {
      await reportProblem(question, kind, details, Date.now());
      setReported("yes");
      setDetails("");
    } catch {
      setReported("failed");
    }
  }

  return (
    <div className="item-tools">
      <button
        type="button"
        aria-pressed={note?.bookmarked ?? false}
        onClick={() => s.saveNote(question.id, { bookmarked: !note?.bookmarked })}
      >
        {note?.bookmarked ? `★ ${t("tools.bookmarked")}` : `☆ ${t("tools.bookmark")}`}
      </button>
      <details open={Boolean(note?.note)}>
        <summary>{t("tools.note")}</summary>
        <form onSubmit={saveNote}>
          <label>
            <span className="visually-hidden">{t("tools.note")}</span>
            <textarea
              rows={3}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setNoteSaved(false);
              }}
            />
          </label>
          <button type="submit">{t("tools.noteSave")}</button>{" "}
          <span role="status">{noteSaved ? t("tools.noteSaved") : ""}</span>
        </form>
      </details>
      <details>
        <summary>{t("tools.report")}</summary>
        <form onSubmit={report}>
          <label>
            {t("tools.reportKind")}
            <select value={kind} onChange={(e) => setKind(e.target.value as ProblemKind)}>
              {PROBLEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`problem.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("tools.reportText")}
            <textarea rows={3} value={details} onChange={(e) => setDetails(e.target.value)} />
          </label>
          <button type="submit">{t("tools.reportSend")}</button>
          <p role="status">
            {reported === "yes"
              ? t("tools.reportSaved")
              : reported === "failed"
                ? t("tools.reportFailed")
                : ""}
          </p>
        </form>
      </details>
    </div>
  );
}
