import { useEffect, useState } from "react";
import { certStatus, expiresOn } from "../domain/planner/dates.ts";
import { catalog } from "../state/catalog.ts";
import { localToday, useCertifications } from "../state/certifications.ts";
import { useBanks } from "../state/storage.ts";
import { useT } from "./i18n/t.ts";
import { onLinkClick } from "./router.ts";

/** From six months before a certification expires, a reminder on every screen (dismissable for the visit). */
export function RenewalBanner() {
  const t = useT();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const { list, load } = useCertifications();
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (ready && list === null) void load();
  }, [ready, list, load]);
  if (dismissed || !list) return null;
  const today = localToday();
  const due = list
    .filter(
      (c) =>
        certStatus(
          c.passedOn,
          today,
          catalog.certificationValidityYears,
          catalog.renewalReminderMonths,
        ) === "renewal-due",
    )
    .map((c) => ({
      exam: c.exam,
      expiry: expiresOn(c.passedOn, catalog.certificationValidityYears),
    }))
    .sort((a, b) => a.expiry.localeCompare(b.expiry));
  const first = due[0];
  if (!first) return null;
  return (
    <div className="banner warn" role="status">
      <span>
        {t("renewal.banner", { exam: first.exam, date: first.expiry })}
        {due.length > 1 && ` ${t("renewal.more", { n: due.length - 1 })}`}{" "}
        <a href="/planner" onClick={onLinkClick}>
          {t("renewal.plan")}
        </a>
      </span>
      <button type="button" onClick={() => setDismissed(true)}>
        {t("run.dismiss")}
      </button>
    </div>
  );
}
