import { type DragEvent, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { IMPORT_FORMATS, type ImportFormat, type ImportResult } from "../../domain/import/types.ts";
import type { Lang } from "../../domain/text.ts";
import { parseForPreview } from "../../state/bank-import.ts";
import { ProgressBar } from "../../ui/ProgressBar.tsx";
import { ExamOptions } from "../common/options.tsx";
import { ImportPreview } from "./ImportPreview.tsx";

/** Files larger than this are refused before reading: a bank is text, not a video. */
const MAX_BYTES = 20 * 1024 * 1024;

type Phase =
  | { kind: "idle" }
  | { kind: "reading"; fraction: number }
  | { kind: "preview"; result: ImportResult; fileName: string }
  | { kind: "error"; message: string };

/** "Import question bank": a file, a drop or pasted text; parsed in a worker, then previewed. */
export function ImportSection({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const _lang = useLang();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [format, setFormat] = useState<ImportFormat | "">("");
  const [exam, setExam] = useState("");
  const [textLang, setTextLang] = useState<Lang | "">("");
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  async function read(text: string, fileName: string) {
    setNotice(null);
    setPhase({ kind: "reading", fraction: 0 });
    try {
      const result = await parseForPreview(
        {
          text,
          fileName,
          ...(format ? { format } : {}),
          ...(textLang ? { lang: textLang } : {}),
          ...(exam ? { exam } : {}),
        },
        (fraction) => setPhase({ kind: "reading", fraction }),
      );
      setPhase({ kind: "preview", result, fileName });
    } catch (e) {
      setPhase({
        kind: "error",
        message: t("import.failed", { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setPhase({ kind: "error", message: t("import.tooBig", { file: file.name }) });
      return;
    }
    await read(await file.text(), file.name);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void readFile(e.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-title" className="card import">
      <h2 id="import-title">{t("import.title")}</h2>
      <p className="muted">{t("import.intro")}</p>
      <div className="import-options">
        <label className="field">
          {t("import.format")}
          <select value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | "")}>
            <option value="">{t("import.formatAuto")}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`import.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("import.exam")}
          <select value={exam} onChange={(e) => setExam(e.target.value)}>
            <option value="">{t("import.examNone")}</option>
            <ExamOptions />
          </select>
        </label>
        <label className="field">
          {t("import.lang")}
          <select value={textLang} onChange={(e) => setTextLang(e.target.value as Lang | "")}>
            <option value="">{t("import.langAuto")}</option>
            <option value="en">English</option>
            <option value="ja">日本語</option>
          </select>
        </label>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds drag and drop to the labelled file input inside it */}
      <div
        className={`dropzone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="button primary">
          {t("import.choose")}
          <input
            type="file"
            className="visually-hidden"
            accept=".json,.md,.markdown,.txt,.gift,.csv,.tsv,text/*,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              void readFile(file);
            }}
          />
        </label>
        <span className="muted">{t("import.drop")}</span>
      </div>
      <details className="paste">
        <summary>{t("import.paste")}</summary>
        <label>
          <span className="visually-hidden">{t("import.paste")}</span>
          <textarea rows={8} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!pasted.trim()}
          onClick={() => read(pasted, t("import.pastedName"))}
        >
          {t("import.readPasted")}
        </button>
      </details>
      {phase.kind === "reading" && (
        <ProgressBar
          label={t("import.reading", { pct: Math.round(100 * phase.fraction) })}
          value={phase.fraction}
          max={1}
        />
      )}
      {phase.kind === "error" && (
        <p className="banner error" role="alert">
          {phase.message}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {phase.kind === "preview" && (
        <ImportPreview
          result={phase.result}
          fileName={phase.fileName}
          exam={exam || null}
          onCancel={() => setPhase({ kind: "idle" })}
          onSaved={(n, title) => {
            setPhase({ kind: "idle" });
            setNotice(t("import.saved", { n, title }));
            onSaved();
          }}
        />
      )}
    </section>
  );
}
