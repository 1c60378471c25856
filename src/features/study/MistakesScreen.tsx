import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { navigate, onLinkClick } from "../../app/router.ts";
import { pick } from "../../domain/text.ts";
import { findExam } from "../../state/catalog.ts";
import { useBanks } from "../../state/storage.ts";
import {
  type MistakeEntry,
  mistakesNotebook,
  startMistakesReview,
} from "../../state/study-start.ts";

interface Group {
  exam: string;
  domain: string;
  entries: MistakeEntry[];
}

function groups(list: readonly MistakeEntry[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of list) {
    const key = `${m.question.exam}\u0000${m.question.domain}`;
    const g = byKey.get(key) ?? { exam: m.question.exam, domain: m.question.domain, entries: [] };
    g.entries.push(m);
    byKey.set(key, g);
  }
  const domainIndex = (g: Group) =>
    findExam(g.exam)?.domains.findIndex((d) => d.id === g.domain) ?? 0;
  return [...byKey.values()].sort(
    (a, b) => a.exam.localeCompare(b.exam) || domainIndex(a) - domainIndex(b),
  );
}

/** The mistakes notebook: every item answered wrong, by exam and domain, to review again. */
export function MistakesScreen() {
  const t = useT();
  const lang = useLang();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const [list, setList] = useState<MistakeEntry[] | null>(null);
  const [hideFixed, setHideFixed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again once the bundled banks are stored
  useEffect(() => {
    let live = true;
    mistakesNotebook()
      .then((l) => live && setList(l))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [ready]);

  async function review(g: Group) {
    try {
      const now = Date.now();
      const ids = g.entries.filter((m) => !hideFixed || !m.fixed).map((m) => m.itemId);
      const session = await startMistakesReview(g.exam, [g.domain], ids, { now, seed: now });
      navigate(`/study/session/${session.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const shown = (list ?? []).filter((m) => !hideFixed || !m.fixed);
  const dateFormat = new Intl.DateTimeFormat(lang === "ja" ? "ja-JP" : "en-US", {
    dateStyle: "medium",
  });
  return (
    <section className="screen mistakes">
      <p>
        <a href="/study" onClick={onLinkClick}>
          ← {t("session.back")}
        </a>
      </p>
      <h1>{t("mistakes.title")}</h1>
      <p className="lead">{t("mistakes.intro")}</p>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {list === null ? (
        <p className="muted">{t("session.loading")}</p>
      ) : list.length === 0 ? (
        <p className="notice">{t("mistakes.empty")}</p>
      ) : (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={hideFixed}
              onChange={(e) => setHideFixed(e.target.checked)}
            />{" "}
            {t("mistakes.hideFixed")}
          </label>
          {groups(shown).map((g) => {
            const exam = findExam(g.exam);
            const domain = pick(exam?.domains.find((d) => d.id === g.domain)?.name, lang);
            return (
              <section key={`${g.exam}-${g.domain}`} className="mistake-group">
                <h2>
                  <span className="code">{g.exam}</span> · {domain || g.domain}
                </h2>
                <button type="button" className="primary" onClick={() => review(g)}>
                  {t("mistakes.review", { n: g.entries.length })}
                </button>
                <ul className="mistake-list">
                  {g.entries.map((m) => (
                    <li key={m.itemId} className="card">
                      <p className="stem-preview">{pick(m.question.item.stem, lang)}</p>
                      <p className="muted">
                        {t("mistakes.count", { n: m.wrong })} ·{" "}
                        {t("mistakes.last", { date: dateFormat.format(m.lastWrongAt) })}{" "}
                        {m.fixed && <span className="tag correct">{t("mistakes.fixed")}</span>}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
