import { useEffect, useState } from "react";
import { certStatus, expiresOn } from "../domain/planner/dates.ts";
import { catalog } from "../state/catalog.ts";
import { localToday, useCertifications } from "../state/certifications.ts";
import { useBanks } from "../state/storage.ts";
import { useT } from "./i18n/t.ts";
import {
  askForNotifications,
  canAskForNotifications,
  notifyRenewalOncePerDay,
} from "./renewal-notification.ts";
import { onLinkClick } from "./router.ts";

/**
 * From six months before a certification expires, a reminder on every screen (dismissable
 * for the visit), and a system notification once a day if the learner allowed them.
 */
export function RenewalBanner() {
  const t = useT();
  const ready = useBanks((s) => s.sync.phase === "ready");
  const { list, load } = useCertifications();
  const [dismissed, setDismissed] = useState(false);
  const [canAsk, setCanAsk] = useState(canAskForNotifications);
  useEffect(() => {
    if (ready && list === null) void load();
  }, [ready, list, load]);
  const today = localToday();
  const due = (list ?? [])
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
  const message = first ? t("renewal.banner", { exam: first.exam, date: first.expiry }) : "";
  useEffect(() => {
    if (message) notifyRenewalOncePerDay(today, "Zenkan", message);
  }, [message, today]);
  if (dismissed || !first) return null;
  return (
    <div className="banner warn" role="status">
      <span>
        {message}
        {due.length > 1 && ` ${t("renewal.more", { n: due.length - 1 })}`}{" "}
        <a href="/planner" onClick={onLinkClick}>
          {t("renewal.plan")}
        </a>
      </span>
      {canAsk && (
        <button
          type="button"
          onClick={() =>
            void askForNotifications().then((ok) => {
              setCanAsk(false);
              if (ok) notifyRenewalOncePerDay(today, "Zenkan", message);
            })
          }
        >
          {t("renewal.notify")}
        </button>
      )}
      <button type="button" onClick={() => setDismissed(true)}>
        {t("run.dismiss")}
      </button>
    </div>
  );
}
