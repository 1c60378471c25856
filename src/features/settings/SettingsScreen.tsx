import { useT } from "../../app/i18n/t.ts";
import { type Theme, useSettings } from "../../state/settings.ts";
import { BackupSection } from "./BackupSection.tsx";
import { InstallSection } from "./InstallSection.tsx";
import { ProblemReportsSection } from "./ProblemReportsSection.tsx";
import { StorageSection } from "./StorageSection.tsx";

const THEMES: Theme[] = ["system", "light", "dark"];

export function SettingsScreen() {
  const t = useT();
  const { lang, theme, setLang, setTheme } = useSettings();
  return (
    <section className="screen">
      <h1>{t("settings.title")}</h1>
      <fieldset>
        <legend>{t("settings.language")}</legend>
        <label>
          <input type="radio" name="lang" checked={lang === "en"} onChange={() => setLang("en")} />{" "}
          English
        </label>
        <label lang="ja">
          <input type="radio" name="lang" checked={lang === "ja"} onChange={() => setLang("ja")} />{" "}
          日本語
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("settings.theme")}</legend>
        {THEMES.map((th) => (
          <label key={th}>
            <input type="radio" name="theme" checked={theme === th} onChange={() => setTheme(th)} />{" "}
            {t(`settings.theme.${th}`)}
          </label>
        ))}
      </fieldset>
      <InstallSection />
      <StorageSection />
      <BackupSection />
      <ProblemReportsSection />
    </section>
  );
}
