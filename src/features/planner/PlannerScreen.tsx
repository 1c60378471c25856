import { useEffect } from "react";
import { useT } from "../../app/i18n/t.ts";
import { useCertifications } from "../../state/certifications.ts";
import { CostPlan } from "./CostPlan.tsx";
import { HeldCertifications } from "./HeldCertifications.tsx";
import { InvestmentLog } from "./InvestmentLog.tsx";
import { RenewalDiagram } from "./RenewalDiagram.tsx";
import { RetakePlanView } from "./RetakePlanView.tsx";

export function PlannerScreen() {
  const t = useT();
  const { list, load } = useCertifications();
  useEffect(() => {
    void load();
  }, [load]);
  const held = new Set((list ?? []).map((c) => c.exam.slice(0, 3)));
  return (
    <section className="screen planner">
      <h1>{t("planner.title")}</h1>
      <HeldCertifications />
      {list && <RetakePlanView held={list} />}
      <RenewalDiagram held={held} />
      {list && <CostPlan key={[...held].sort().join()} held={held} />}
      {list && <InvestmentLog held={list} />}
    </section>
  );
}
