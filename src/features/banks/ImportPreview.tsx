import { useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import type { ItemType } from "../../domain/bank/schema.ts";
import type { ImportResult } from "../../domain/import/types.ts";
import { saveImport } from "../../state/bank-import.ts";

interface Props {
  result: ImportResult;
  fileName: string;
  exam: string | null;
  onCancel(): void;
  onSaved(n: number, title: string): void;
}

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, "") || name;

/**
 * What the file holds before anything is stored: how many questions, of which types, and
 * every problem with its line. The valid items are imported (one transaction) or nothing.
 */
export function ImportPreview({ result, fileName, exam, onCancel, onSaved }: Props) {
  const t = useT();
  const meta = result.bank;
  const [title, setTitle] = useState(
    meta?.title?.en ?? meta?.title?.ja ?? withoutExtension(fileName),
  );
  const [source, setSource] = useState(meta?.source ?? fileName);
  const [license, setLicense] = useState(meta?.license ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const types = new Map<ItemType, number>();
  for (const { item } of result.items) types.set(item.type, (types.get(item.type) ?? 0) + 1);
  const valid = result.items.length;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await saveImport({ result, title, source, license, exam, now: Date.now() });
      onSaved(valid, title);
    } catch (e) {
      setError(t("import.saveFailed", { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  }

  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t("import.previewTitle", { file: fileName })}</h3>
      <p role="status">
        <strong>{t("import.found", { n: result.found })}</strong>
        {result.format !== "unknown" && <> · {t(`import.format.${result.format}`)}</>}
      </p>
      {types.size > 0 && (
        <p>
          {[...types]
            .map(([type, n]) => t("import.typeCount", { type: t(`import.type.${type}`), n }))
            .join(" · ")}
        </p>
      )}
      <p>
        {t("import.validCount", { n: valid })}
        {result.problems.length > 0 &&
          ` ${t("import.problemCount", { n: result.problems.length })}`}
      </p>
      {result.problems.length > 0 && (
        <ol className="problems" aria-label={t("import.problems")}>
          {result.problems.map((p) => (
            <li key={`${p.line}-${p.code}-${p.message}`}>
              <span className="code">{t("import.line", { n: p.line })}</span>{" "}
              <strong>{t(`importProblem.${p.code}`)}</strong>
              <span className="muted"> ({p.message})</span>
              {p.excerpt && <span className="excerpt"> “{p.excerpt}”</span>}
            </li>
          ))}
        </ol>
      )}
      {valid > 0 && (
        <div className="import-fields">
          <label className="field">
            {t("import.bankTitle")}
            <input type="text" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="field">
            {t("import.source")}
            <input type="text" value={source} onChange={(e) => setSource(e.target.value)} />
          </label>
          <label className="field">
            {t("import.license")}
            <input
              type="text"
              value={license}
              placeholder={t("import.licensePlaceholder")}
              onChange={(e) => setLicense(e.target.value)}
            />
          </label>
        </div>
      )}
      <div className="run-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t("import.cancel")}
        </button>
        {valid > 0 && (
          <button type="button" className="primary" onClick={save} disabled={busy || !title.trim()}>
            {t("import.save", { n: valid })}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
