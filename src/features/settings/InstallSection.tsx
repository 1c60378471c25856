import { useT } from "../../app/i18n/t.ts";
import { needsIosInstallHint, usePwa } from "../../pwa/state.ts";

/** "Install app" when the browser offers it; on iOS Safari, how to add it to the Home Screen. */
export function InstallSection() {
  const t = useT();
  const canInstall = usePwa((s) => s.canInstall);
  const install = usePwa((s) => s.install);
  const ios = needsIosInstallHint();
  if (!canInstall && !ios) return null;
  return (
    <section className="card" aria-labelledby="install-title">
      <h2 id="install-title">{t("install.title")}</h2>
      {canInstall ? (
        <button type="button" className="primary" onClick={() => void install()}>
          {t("install.button")}
        </button>
      ) : (
        <p>{t("install.ios")}</p>
      )}
    </section>
  );
}
