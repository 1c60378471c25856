import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { navigate } from "../../app/router.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { UNMAPPED_EXAM } from "../../domain/import/types.ts";
import { STUDY_FILTERS, type StudyFilter } from "../../domain/study/session.ts";
import { pick } from "../../domain/text.ts";
import { catalog } from "../../state/catalog.ts";
import { useBanks } from "../../state/storage.ts";
import {
  type FilterCounts,
  NothingToStudy,
  practiceCounts,
  startPractice,
} from "../../state/study-start.ts";

const COUNTS = [5, 10, 20, 30] as const;

/** Builds a practice session: exam, domains, how many, and which questions. */
export function PracticeForm() {
  const t = useT();
  const lang = useLang();
  const stored = useBanks((s) => s.counts);
  // Imported questions mapped to no exam are practised on their own, with no domains.
  const exams: { code: string; label: string; domains: ExamInfo["domains"] }[] = [
    ...catalog.exams
      .filter((e) => (stored?.get(e.code) ?? 0) > 0)
      .map((e) => ({
        code: e.code,
        label: `${e.code} · ${pick(e.name, lang)}`,
        domains: e.domains,
      })),
    ...((stored?.get(UNMAPPED_EXAM) ?? 0) > 0
      ? [{ code: UNMAPPED_EXAM, label: t("study.customExam"), domains: [] }]
      : []),
  ];
  const [code, setCode] = useState("");
  const exam = exams.find((e) => e.code === code) ?? exams[0];
  const [domains, setDomains] = useState<string[]>([]);
  const [filter, setFilter] = useState<StudyFilter>("all");
  const [count, setCount] = useState<number>(10);
  const [counts, setCounts] = useState<FilterCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!exam) return;
    let live = true;
    practiceCounts(exam.code, domains, Date.now())
      .then((c) => live && setCounts(c))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [exam, domains]);

  async function start() {
    if (!exam) return;
    setBusy(true);
    setError(null);
    try {
      const now = Date.now();
      const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? now;
      const session = await startPractice({ exam: exam.code, domains, filter, count, now, seed });
      navigate(`/study/session/${session.id}`);
    } catch (e) {
      setError(e instanceof NothingToStudy ? t("study.none") : String(e));
      setBusy(false);
    }
  }

  const toggle = (id: string) =>
    setDomains((d) => (d.includes(id) ? d.filter((x) => x !== id) : [...d, id]));

  return (
    <section aria-labelledby="study-practice" className="practice-form">
      <h2 id="study-practice">{t("study.practiceTitle")}</h2>
      {!exam ? (
        <p className="muted">{stored ? t("study.noBank") : t("session.loading")}</p>
      ) : (
        <>
          <label className="field">
            {t("study.exam")}
            <select
              value={exam.code}
              onChange={(e) => {
                setCode(e.target.value);
                setDomains([]);
                setCounts(null);
              }}
            >
              {exams.map((e) => (
                <option key={e.code} value={e.code}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
          <fieldset hidden={exam.domains.length === 0}>
            <legend>{t("study.domains")}</legend>
            <p className="muted">{t("study.domainsHelp")}</p>
            {exam.domains.map((d) => (
              <label key={d.id}>
                <input
                  type="checkbox"
                  checked={domains.includes(d.id)}
                  onChange={() => toggle(d.id)}
                />{" "}
                {pick(d.name, lang)}{" "}
                <span className="muted">
                  ({counts?.domains.find((c) => c.id === d.id)?.count ?? 0})
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("study.filter")}</legend>
            {STUDY_FILTERS.map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="study-filter"
                  checked={filter === f}
                  onChange={() => setFilter(f)}
                />{" "}
                {t(`study.filter.${f}`)}{" "}
                <span className="muted">({counts?.filters[f] ?? "…"})</span>
              </label>
            ))}
          </fieldset>
          <label className="field">
            {t("study.count")}
            <select value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <p>
            <button
              type="button"
              className="primary"
              disabled={busy || counts?.filters[filter] === 0}
              onClick={start}
            >
              {t("study.start")}
            </button>
          </p>
          {counts?.filters[filter] === 0 && <p className="muted">{t("study.none")}</p>}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
