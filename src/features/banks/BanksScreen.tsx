import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { BankRecord } from "../../db/ports.ts";
import { pick } from "../../domain/text.ts";
import { getRepositories, useBanks } from "../../state/storage.ts";

export function BanksScreen() {
  const t = useT();
  const lang = useLang();
  const phase = useBanks((s) => s.sync.phase);
  const [banks, setBanks] = useState<BankRecord[] | null>(null);
  useEffect(() => {
    if (phase === "loading") return;
    let live = true;
    getRepositories()
      .then((r) => r.banks.list())
      .then(
        (list) =>
          live &&
          setBanks(list.sort((a, b) => a.exam.localeCompare(b.exam) || a.id.localeCompare(b.id))),
      )
      .catch(() => live && setBanks([]));
    return () => {
      live = false;
    };
  }, [phase]);
  return (
    <section className="screen">
      <h1>{t("banks.title")}</h1>
      <p className="lead">{t("banks.intro")}</p>
      {banks === null ? (
        <p role="status">{t("route.loading")}</p>
      ) : banks.length === 0 ? (
        <p>{t("banks.empty")}</p>
      ) : (
        <ul className="cards">
          {banks.map((b) => (
            <li key={b.id} className="card">
              <h2>
                <span className="code">{b.exam}</span> {pick(b.title, lang)}
              </h2>
              <p>
                {t("banks.count", { n: b.questionCount })} ·{" "}
                {t(b.origin === "bundled" ? "banks.bundled" : "banks.imported")}
              </p>
              <p className="muted">
                {t("banks.license", { license: b.license })} · {b.source}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
