import { useCallback, useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { BankRecord } from "../../db/ports.ts";
import { pick } from "../../domain/text.ts";
import { findExam } from "../../state/catalog.ts";
import { getRepositories, useBanks } from "../../state/storage.ts";
import { ImportedBank } from "./ImportedBank.tsx";
import { ImportSection } from "./ImportSection.tsx";

/** Bundled banks come as several files per exam: shown as one card per exam. */
function byExam(banks: readonly BankRecord[]): { exam: string; banks: BankRecord[] }[] {
  const groups = new Map<string, BankRecord[]>();
  for (const b of banks) groups.set(b.exam, [...(groups.get(b.exam) ?? []), b]);
  return [...groups].map(([exam, list]) => ({ exam, banks: list }));
}

/** The banks on this device: import your own, map and export them; the bundled ones. */
export function BanksScreen() {
  const t = useT();
  const lang = useLang();
  const phase = useBanks((s) => s.sync.phase);
  const [banks, setBanks] = useState<BankRecord[] | null>(null);
  const refresh = useCallback(async () => {
    const list = await (await getRepositories()).banks.list();
    setBanks(list.sort((a, b) => a.exam.localeCompare(b.exam) || a.id.localeCompare(b.id)));
    void useBanks.getState().refreshCounts();
  }, []);
  useEffect(() => {
    if (phase === "loading") return;
    refresh().catch(() => setBanks([]));
  }, [phase, refresh]);
  const imported = banks?.filter((b) => b.origin === "imported") ?? [];
  const bundled = banks?.filter((b) => b.origin === "bundled") ?? [];
  return (
    <section className="screen banks">
      <h1>{t("banks.title")}</h1>
      <p className="lead">{t("banks.intro")}</p>
      <ImportSection onSaved={() => void refresh()} />
      {imported.length > 0 && (
        <section aria-labelledby="banks-imported">
          <h2 id="banks-imported">{t("banks.importedTitle")}</h2>
          <ul className="cards">
            {imported.map((b) => (
              <ImportedBank key={b.id} bank={b} onChange={() => void refresh()} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="banks-bundled">
        <h2 id="banks-bundled">{t("banks.bundledTitle")}</h2>
        {banks === null ? (
          <p role="status">{t("route.loading")}</p>
        ) : bundled.length === 0 ? (
          <p>{t("banks.empty")}</p>
        ) : (
          <ul className="cards">
            {byExam(bundled).map(({ exam, banks: files }) => (
              <li key={exam} className="card">
                <h3>
                  <span className="code">{exam}</span>{" "}
                  {t("banks.count", { n: files.reduce((n, b) => n + b.questionCount, 0) })}
                </h3>
                <p className="muted">
                  {t("banks.files", { n: files.length })} ·{" "}
                  {t("banks.license", {
                    license: [...new Set(files.map((b) => b.license))].join(", "),
                  })}
                </p>
                <p>{pick(findExam(exam)?.name, lang)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
