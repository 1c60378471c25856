import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { onLinkClick } from "../../app/router.ts";
import type { AttemptRecord } from "../../db/ports.ts";
import { attemptHistory } from "../../state/exam-start.ts";
import { useBanks } from "../../state/storage.ts";

/** Submitted attempts of one exam, newest first, each report reopenable offline. */
export function AttemptHistory({ code }: { code: string }) {
  const t = useT();
  const lang = useLang();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const [list, setList] = useState<AttemptRecord[] | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    attemptHistory(code).then(
      (l) => live && setList(l),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [code, ready]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("start.history")}</h2>
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t("start.historyEmpty")}</p>
      ) : (
        <ul className="history">
          {list.map((a) => (
            <li key={a.id}>
              <a href={`/attempt/${a.id}`} onClick={onLinkClick}>
                {t("start.historyItem", {
                  date: new Date(a.startedAt).toLocaleString(lang),
                  scaled: a.report?.scaled ?? "–",
                  result: a.report?.passed ? t("report.pass") : t("report.fail"),
                })}
              </a>
              {a.mode === "practice" && <span className="badge">{t("start.practiceTag")}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
