import { useCallback, useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { BankRecord } from "../../db/ports.ts";
import { pick } from "../../domain/text.ts";
import { getRepositories, useBanks } from "../../state/storage.ts";
import { ImportedBank } from "./ImportedBank.tsx";
import { ImportSection } from "./ImportSection.tsx";

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
            {bundled.map((b) => (
              <li key={b.id} className="card">
                <h3>
                  <span className="code">{b.exam}</span> {pick(b.title, lang)}
                </h3>
                <p>{t("banks.count", { n: b.questionCount })}</p>
                <p className="muted">
                  {t("banks.license", { license: b.license })} · {b.source}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
