import { useEffect, useState } from "react";
import { useLang, useT } from "../../app/i18n/t.ts";
import {
  requestPersistence,
  type StorageStatus,
  storageStatus,
} from "../../state/device-storage.ts";

/** Bytes as MB, or GB from a thousand MB up. */
const size = (bytes: number, lang: string) =>
  bytes >= 1e9
    ? `${(bytes / 1e9).toLocaleString(lang, { maximumFractionDigits: 1 })} GB`
    : `${(bytes / 1e6).toLocaleString(lang, { maximumFractionDigits: 1 })} MB`;

/** Whether the data is kept for good, how much is used, and a way to ask the browser to keep it. */
export function StorageSection() {
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, []);
  const ask = async () => {
    const granted = await requestPersistence();
    setDeclined(!granted);
    setStatus(await storageStatus());
  };
  if (!status) return null;
  return (
    <section className="card storage" aria-labelledby="storage-title">
      <h2 id="storage-title">{t("storage.title")}</h2>
      <p>
        {status.persistent === null
          ? t("storage.unknown")
          : status.persistent
            ? t("storage.persistent")
            : t("storage.notPersistent")}
      </p>
      {status.usageBytes !== null && status.quotaBytes !== null && (
        <p>
          {t("storage.usage", {
            used: size(status.usageBytes, lang),
            quota: size(status.quotaBytes, lang),
          })}
        </p>
      )}
      {status.persistent === false && (
        <button type="button" onClick={ask}>
          {t("storage.ask")}
        </button>
      )}
      {declined && <p role="status">{t("storage.declined")}</p>}
      <p className="muted">{t("storage.safari")}</p>
    </section>
  );
}
