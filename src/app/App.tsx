import { Suspense } from "react";
import { ErrorBoundary } from "../ui/ErrorBoundary.tsx";
import { useT } from "./i18n/t.ts";
import { LanguageToggle } from "./LanguageToggle.tsx";
import { NAV } from "./nav.ts";
import { RenewalBanner } from "./RenewalBanner.tsx";
import { onLinkClick, usePath } from "./router.ts";
import { matchRoute } from "./routes.tsx";
import { SyncBanner } from "./SyncBanner.tsx";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

export function App() {
  const t = useT();
  const path = usePath();
  const route = matchRoute(path);
  const section = `/${path.split("/")[1] ?? ""}`;
  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="top">
        <a className="brand" href="/" onClick={onLinkClick}>
          <span lang="ja">全冠</span> Zenkan
        </a>
        <LanguageToggle />
        <nav aria-label={t("nav.label")}>
          <ul>
            {NAV.map(([href, key]) => (
              <li key={href}>
                <a
                  href={href}
                  onClick={onLinkClick}
                  aria-current={
                    section === href ||
                    (href === "/" && (section === "/exam" || section === "/attempt"))
                      ? "page"
                      : undefined
                  }
                >
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <SyncBanner />
      <UpdatePrompt />
      <RenewalBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={path} fallback={() => <p role="alert">{t("route.loadError")}</p>}>
          <Suspense fallback={<p role="status">{t("route.loading")}</p>}>
            {route ? (
              <route.Screen params={route.params} />
            ) : (
              <p role="alert">{t("route.notFound")}</p>
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
