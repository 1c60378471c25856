import { useBanks } from "../state/storage.ts";
import { ProgressBar } from "../ui/ProgressBar.tsx";
import { useT } from "./i18n/t.ts";

/** Progress of loading the bundled banks into storage, and what to do if it fails. */
export function SyncBanner() {
  const t = useT();
  const sync = useBanks((s) => s.sync);
  if (sync.phase === "loading" && sync.total > 0) {
    return (
      <div className="banner sync">
        <ProgressBar
          label={t("sync.loading", { done: sync.done, total: sync.total })}
          value={sync.done}
          max={sync.total}
        />
      </div>
    );
  }
  if (sync.phase === "error") {
    return (
      <div className="banner error" role="alert">
        {sync.storageUnavailable
          ? t("sync.storageError")
          : t("sync.error", { message: sync.message })}
      </div>
    );
  }
  return null;
}
