import { usePwa } from "../pwa/state.ts";
import { useActivity } from "../state/activity.ts";
import { useT } from "./i18n/t.ts";

/** Offers the waiting new version, but never while an exam is in progress on this page. */
export function UpdatePrompt() {
  const t = useT();
  const waiting = usePwa((s) => s.updateWaiting);
  const apply = usePwa((s) => s.applyUpdate);
  const inExam = useActivity((s) => s.examInProgress);
  if (!waiting || inExam) return null;
  return (
    <div className="banner update" role="status">
      <span>{t("pwa.updateReady")}</span>{" "}
      <button type="button" className="primary" onClick={apply}>
        {t("pwa.reload")}
      </button>
    </div>
  );
}
