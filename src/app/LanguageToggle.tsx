import { useSettings } from "../state/settings.ts";

/** One tap to the other language, named in that language so a reader of it can find it. */
export function LanguageToggle() {
  const lang = useSettings((s) => s.lang);
  const setLang = useSettings((s) => s.setLang);
  const other = lang === "en" ? "ja" : "en";
  return (
    <button type="button" className="lang-toggle" lang={other} onClick={() => setLang(other)}>
      {other === "ja" ? "日本語" : "English"}
    </button>
  );
}
