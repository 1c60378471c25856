import { useT } from "../../app/i18n/t.ts";
import { ComingSoon } from "../../ui/ComingSoon.tsx";

export function ReadinessScreen() {
  const t = useT();
  return (
    <ComingSoon title={t("nav.readiness")} badge={t("coming.title")} body={t("readiness.body")} />
  );
}
