import { useLang, useT } from "../../app/i18n/t.ts";
import type { ExamInfo } from "../../domain/catalog/schema.ts";
import type { DomainMastery as Mastery } from "../../domain/readiness/model.ts";
import { pick } from "../../domain/text.ts";

const pct = (x: number) => Math.round(100 * Math.min(1, Math.max(0, x)));

/** Each domain's estimated mastery with its uncertainty (±1 standard deviation) and weight. */
export function DomainMastery({ exam, domains }: { exam: ExamInfo; domains: Mastery[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="readiness-domains">
      <h2 id="readiness-domains">{t("readiness.domains")}</h2>
      <ul className="domains mastery">
        {domains.map((d) => {
          const name = pick(exam.domains.find((x) => x.id === d.id)?.name, lang);
          return (
            <li key={d.id}>
              <span>{name}</span>
              <span className="weight">
                {d.evidence > 0
                  ? t("readiness.mastery", { pct: pct(d.mean), sd: pct(d.sd) })
                  : t("readiness.noAnswers")}
              </span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className="band"
                  style={{
                    insetInlineStart: `${pct(d.mean - d.sd)}%`,
                    insetInlineEnd: `${100 - pct(d.mean + d.sd)}%`,
                  }}
                />
                <span className="bar" style={{ inlineSize: `${pct(d.mean)}%` }} />
              </span>
              <span className="muted">
                {t("readiness.domainMeta", { weight: d.weight, n: Math.round(d.evidence) })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
