import { type ChangeEvent, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { type BackupFile, backupCounts } from "../../domain/backup/format.ts";
import { exportBackup, parseBackup, restoreBackup } from "../../state/backup.ts";
import { downloadText } from "../../ui/download.ts";

type Phase =
  | { kind: "idle" }
  | { kind: "preview"; file: BackupFile; name: string }
  | { kind: "done"; message: string }
  | { kind: "error"; message: string };

/** Export everything as one file; restore it here or on another device, with a preview first. */
export function BackupSection() {
  const t = useT();
  const lang = useLang();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { fileName, text } = await exportBackup(new Date());
      downloadText(fileName, text);
      setPhase({ kind: "done", message: t("backup.exported", { file: fileName }) });
    } catch (e) {
      setPhase({
        kind: "error",
        message: t("backup.exportFailed", { message: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    e.target.value = "";
    if (!picked) return;
    const parsed = parseBackup(await picked.text());
    setPhase(
      parsed.ok
        ? { kind: "preview", file: parsed.file, name: picked.name }
        : { kind: "error", message: t("backup.bad", { file: picked.name, error: parsed.error }) },
    );
  };

  const restore = async (file: BackupFile, mode: "merge" | "replace") => {
    setBusy(true);
    try {
      await restoreBackup(file, mode);
      setPhase({ kind: "done", message: t("backup.restored") });
    } catch (e) {
      setPhase({
        kind: "error",
        message: t("backup.restoreFailed", { message: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t("backup.title")}</h2>
      <p>{t("backup.intro")}</p>
      <div className="run-actions">
        <button type="button" onClick={download} disabled={busy}>
          {t("backup.export")}
        </button>
        <label className="button">
          {t("backup.import")}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={choose}
          />
        </label>
      </div>
      {phase.kind === "preview" && (
        <section className="preview" aria-label={t("backup.previewTitle")}>
          <h3>{t("backup.previewTitle")}</h3>
          <p>
            {t("backup.previewFrom", {
              file: phase.name,
              date: new Date(phase.file.exportedAt).toLocaleString(lang),
            })}
          </p>
          <p>{t("backup.previewCounts", backupCounts(phase.file))}</p>
          <div className="run-actions">
            <button type="button" onClick={() => restore(phase.file, "merge")} disabled={busy}>
              {t("backup.merge")}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => restore(phase.file, "replace")}
              disabled={busy}
            >
              {t("backup.replace")}
            </button>
            <button type="button" onClick={() => setPhase({ kind: "idle" })}>
              {t("backup.cancel")}
            </button>
          </div>
        </section>
      )}
      {phase.kind === "done" && <p role="status">{phase.message}</p>}
      {phase.kind === "error" && (
        <p role="alert" className="error">
          {phase.message}
        </p>
      )}
    </section>
  );
}
