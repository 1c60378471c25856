import { useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { navigate } from "../../app/router.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { weakestDomains } from "../../domain/study/session.ts";
import { pick } from "../../domain/text.ts";
import { startDrill } from "../../state/study-start.ts";

interface Props {
  exam: ExamInfo;
  /** Mastery per domain (0–1) as the report or the readiness view estimates it. */
  mastery: readonly { id: string; mastery: number }[];
}

/** One action: a study session of the exam's weakest domains, mistakes first. */
export function DrillButton({ exam, mastery }: Props) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const weak = weakestDomains(
    mastery.map((m) => ({
      ...m,
      weight: exam.domains.find((d) => d.id === m.id)?.weight ?? 0,
    })),
  );
  if (weak.length === 0) return null;
  const names = weak.map((id) => pick(exam.domains.find((d) => d.id === id)?.name, lang));

  async function drill() {
    try {
      const now = Date.now();
      const session = await startDrill(exam.code, weak, { now, seed: now });
      navigate(`/study/session/${session.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="drill">
      <button type="button" className="primary" onClick={drill}>
        {t("report.drill")}
      </button>
      <p className="muted">
        {t("report.drillHelp", { domains: names.join(lang === "ja" ? "、" : ", ") })}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
