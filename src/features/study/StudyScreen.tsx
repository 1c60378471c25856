import { useT } from "../../app/i18n/t.ts";
import { ComingSoon } from "../../ui/ComingSoon.tsx";

export function StudyScreen() {
  const t = useT();
  return <ComingSoon title={t("nav.study")} badge={t("coming.title")} body={t("study.body")} />;
}
