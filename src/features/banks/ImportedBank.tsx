import { useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import type { BankRecord, QuestionRecord } from "../../db/ports.ts";
import { UNMAPPED_DOMAIN, UNMAPPED_EXAM } from "../../domain/import/types.ts";
import { pick } from "../../domain/text.ts";
import { exportBank, mapBank, removeImported } from "../../state/bank-import.ts";
import { findExam } from "../../state/catalog.ts";
import { getRepositories } from "../../state/storage.ts";
import { downloadText } from "../../ui/download.ts";
import { DomainOptions, ExamOptions } from "../common/options.tsx";

/**
 * An imported bank: where it came from, the exam and domains its items are mapped to
 * (all at once or one by one), export as Zenkan JSON or GIFT, and removal.
 */
export function ImportedBank({ bank, onChange }: { bank: BankRecord; onChange(): void }) {
  const t = useT();
  const lang = useLang();
  const [items, setItems] = useState<QuestionRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const exam = bank.exam === UNMAPPED_EXAM ? undefined : findExam(bank.exam);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const loadItems = async () => {
    const repos = await getRepositories();
    setItems(await repos.banks.questionsOfBank(bank.id));
  };
  const remap = async (code: string | null, domains?: Record<string, string>) => {
    try {
      await mapBank(bank.id, code, domains);
      setError(null);
      if (items) await loadItems();
      onChange();
    } catch (e) {
      fail(e);
    }
  };
  const download = async (format: "json" | "gift") => {
    try {
      const file = await exportBank(bank.id, format, lang);
      downloadText(file.fileName, file.text, format === "json" ? "application/json" : "text/plain");
      setStatus(
        file.skipped
          ? t("imported.exportedSkipped", { file: file.fileName, n: file.skipped })
          : t("imported.exported", { file: file.fileName }),
      );
    } catch (e) {
      fail(e);
    }
  };
  const unmapped = items?.filter((q) => q.domain === UNMAPPED_DOMAIN).length;

  return (
    <li className="card imported-bank">
      <h3>{pick(bank.title, lang)}</h3>
      <p>
        {t("banks.count", { n: bank.questionCount })} · {t("banks.imported")}
      </p>
      <p className="muted">
        {t("banks.license", { license: bank.license })} · {bank.source}
      </p>
      <label className="field">
        {t("imported.exam")}
        <select value={exam?.code ?? ""} onChange={(e) => void remap(e.target.value || null)}>
          <option value="">{t("import.examNone")}</option>
          <ExamOptions />
        </select>
      </label>
      {!exam && <p className="muted">{t("imported.unmappedHelp")}</p>}
      {exam && (
        <>
          <label className="field">
            {t("imported.allDomains")}
            <select
              value=""
              onChange={async (e) => {
                const domain = e.target.value;
                if (!domain) return;
                const repos = await getRepositories();
                const all = await repos.banks.questionsOfBank(bank.id);
                await remap(exam.code, Object.fromEntries(all.map((q) => [q.id, domain])));
              }}
            >
              <option value="">{t("imported.chooseDomain")}</option>
              <DomainOptions exam={exam} />
            </select>
          </label>
          <details onToggle={(e) => e.currentTarget.open && items === null && void loadItems()}>
            <summary>{t("imported.perItem")}</summary>
            {unmapped !== undefined && unmapped > 0 && (
              <p className="notice">{t("imported.unmappedItems", { n: unmapped })}</p>
            )}
            <ol className="mapping">
              {(items ?? []).map((q) => (
                <li key={q.id}>
                  <p className="stem-preview">{pick(q.item.stem, lang)}</p>
                  <select
                    aria-label={t("imported.domainOf", { n: (items ?? []).indexOf(q) + 1 })}
                    value={q.domain === UNMAPPED_DOMAIN ? "" : q.domain}
                    onChange={(e) =>
                      void remap(exam.code, { [q.id]: e.target.value || UNMAPPED_DOMAIN })
                    }
                  >
                    <option value="">{t("imported.noDomain")}</option>
                    <DomainOptions exam={exam} />
                  </select>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
      <div className="run-actions">
        <button type="button" onClick={() => download("json")}>
          {t("imported.exportJson")}
        </button>
        <button type="button" onClick={() => download("gift")}>
          {t("imported.exportGift")}
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t("imported.removeConfirm", { title: pick(bank.title, lang) })))
              removeImported(bank.id).then(onChange, fail);
          }}
        >
          {t("imported.remove")}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
