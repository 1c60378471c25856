import { useT } from "../../app/i18n/t.ts";
import type { CertificationRecord } from "../../db/ports.ts";
import { expiresOn } from "../../domain/planner/dates.ts";
import { retakePlan } from "../../domain/planner/renewal.ts";
import { catalog } from "../../state/catalog.ts";

/** "To keep everything you hold, retake: …", each with the date it must be passed by. */
export function RetakePlanView({ held }: { held: readonly CertificationRecord[] }) {
  const t = useT();
  // The latest pass of each family counts.
  const expiry = new Map<string, string>();
  for (const c of held) {
    const family = c.exam.slice(0, 3);
    const e = expiresOn(c.passedOn, catalog.certificationValidityYears);
    if ((expiry.get(family) ?? "") < e) expiry.set(family, e);
  }
  const plan = retakePlan(catalog, [...expiry.keys()]);
  const code = (family: string) =>
    catalog.exams.find((e) => e.family === family && e.status === "active")?.code ?? family;
  return (
    <section aria-labelledby="keep-title">
      <h2 id="keep-title">{t("planner.keepTitle")}</h2>
      {plan.retake.length === 0 ? (
        <p className="muted">{t("planner.keepNone")}</p>
      ) : (
        <ul className="keep">
          {plan.retake.map((f) => {
            const keeps = plan.keeps.get(f) ?? [];
            const by = keeps.map((k) => expiry.get(k) ?? "").sort()[0] ?? "";
            return (
              <li key={f}>
                {t("planner.keepItem", {
                  exam: code(f),
                  date: by,
                  keeps: keeps.map(code).join(", "),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
