import { useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import { expectedCost, totalFees, voucherChain } from "../../domain/planner/cost.ts";
import { pick } from "../../domain/text.ts";
import { catalog } from "../../state/catalog.ts";

/** Until readiness gives a pass probability per exam, the planner assumes this one and says so. */
export const DEFAULT_PASS_PROBABILITY = 0.75;

/** Fees for a chosen set of exams: before and after tax, the cheapest voucher chain, and retakes. */
export function CostPlan({ held }: { held: ReadonlySet<string> }) {
  const t = useT();
  const lang = useLang();
  const active = catalog.exams.filter((e) => e.status === "active");
  const [chosen, setChosen] = useState(
    () => new Set(active.filter((e) => !held.has(e.family)).map((e) => e.code)),
  );
  const exams = active.filter((e) => chosen.has(e.code));
  const tax = catalog.consumptionTaxPercent;
  const totals = totalFees(
    exams.map((e) => e.fees),
    tax,
  );
  const chain = voucherChain(exams, catalog.voucherDiscountPercent, tax);
  const expected = chain.steps.reduce(
    (s, x) => s + expectedCost(x.exam.fees.jpy, x.paidShare, DEFAULT_PASS_PROBABILITY),
    0,
  );
  const toggle = (code: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  return (
    <section aria-labelledby="cost-title">
      <h2 id="cost-title">{t("planner.cost")}</h2>
      <fieldset className="choose-exams">
        <legend>{t("planner.costHint")}</legend>
        {active.map((e) => (
          <label key={e.code}>
            <input type="checkbox" checked={chosen.has(e.code)} onChange={() => toggle(e.code)} />{" "}
            <span className="code">{e.code}</span> {pick(e.name, lang)}
          </label>
        ))}
      </fieldset>
      <div className="card totals">
        <p>{t("planner.totalBefore", { jpy: totals.jpy, usd: totals.usd })}</p>
        <p>{t("planner.totalAfter", { tax, jpy: totals.jpyWithTax })}</p>
        <p>
          <strong>
            {t("planner.chain", { jpy: chain.totals.jpy, jpyTax: chain.totals.jpyWithTax })}
          </strong>
        </p>
        <ol className="chain">
          {chain.steps.map((s) => (
            <li key={s.exam.code}>
              {t("planner.chainStep", {
                exam: s.exam.code,
                jpy: s.jpy,
                voucher: s.paidShare < 1 ? t("planner.voucher") : "",
              })}
            </li>
          ))}
        </ol>
        <p>
          {t("planner.expected", { p: DEFAULT_PASS_PROBABILITY * 100, jpy: Math.round(expected) })}
        </p>
        <p className="muted">{t("planner.feesNote", { date: catalog.asOf })}</p>
      </div>
    </section>
  );
}
