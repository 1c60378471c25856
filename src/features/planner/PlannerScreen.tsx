import { useT } from "../../app/i18n/t.ts";
import { ComingSoon } from "../../ui/ComingSoon.tsx";

export function PlannerScreen() {
  const t = useT();
  return <ComingSoon title={t("nav.planner")} badge={t("coming.title")} body={t("planner.body")} />;
}
