import { useEffect, useState } from "react";
import { useT } from "../../app/i18n/t.ts";
import type { CertificationRecord } from "../../db/ports.ts";
import { withTax } from "../../domain/planner/cost.ts";
import { investment } from "../../domain/planner/investment.ts";
import { catalog } from "../../state/catalog.ts";
import { attemptTimes } from "../../state/certifications.ts";

/** Money and hours spent, per certification and in total. */
export function InvestmentLog({ held }: { held: readonly CertificationRecord[] }) {
  const t = useT();
  const [times, setTimes] = useState<{ family: string; ms: number }[] | null>(null);
  useEffect(() => {
    attemptTimes().then(setTimes, () => setTimes([]));
  }, []);
  if (!times) return null;
  const fee = (exam: string) =>
    withTax(
      catalog.exams.find((e) => e.code === exam)?.fees.jpy ?? 0,
      catalog.consumptionTaxPercent,
    );
  const log = investment(
    held.map((c) => ({
      family: c.exam.slice(0, 3),
      paidJpy: c.paidJpy ?? null,
      feeWithTaxJpy: fee(c.exam),
    })),
    times,
  );
  const hours = (h: number) => h.toFixed(1);
  return (
    <section aria-labelledby="invest-title">
      <h2 id="invest-title">{t("planner.investment")}</h2>
      {log.rows.length === 0 ? (
        <p className="muted">{t("planner.investmentEmpty")}</p>
      ) : (
        <table className="invest">
          <thead>
            <tr>
              <th scope="col">{t("planner.exam")}</th>
              <th scope="col">{t("planner.spent")}</th>
              <th scope="col">{t("planner.hours")}</th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.family}>
                <th scope="row">{r.family}</th>
                <td>
                  {t("planner.yen", { jpy: r.spentJpy })}
                  {r.estimated ? " *" : ""}
                </td>
                <td>{hours(r.hours)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("planner.total")}</th>
              <td>{t("planner.yen", { jpy: log.total.spentJpy })}</td>
              <td>{hours(log.total.hours)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <p className="muted">{t("planner.investmentNote")}</p>
    </section>
  );
}
