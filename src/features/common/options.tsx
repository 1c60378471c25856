import { useLang } from "../../app/i18n/t.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import { pick } from "../../domain/text.ts";
import { catalog } from "../../state/catalog.ts";

/** <option>s of the exams, "CODE · name" (by default those still offered). */
export function ExamOptions({ all = false }: { all?: boolean }) {
  const lang = useLang();
  return catalog.exams
    .filter((e) => all || e.status === "active")
    .map((e) => (
      <option key={e.code} value={e.code}>
        {e.code} · {pick(e.name, lang)}
      </option>
    ));
}

/** <option>s of an exam's domains, by their names. */
export function DomainOptions({ exam }: { exam: ExamInfo }) {
  const lang = useLang();
  return exam.domains.map((d) => (
    <option key={d.id} value={d.id}>
      {pick(d.name, lang)}
    </option>
  ));
}
