/** The languages Zenkan speaks. Bank text and the UI are both localized in these. */
export const LANGS = ["en", "ja"] as const;
export type Lang = (typeof LANGS)[number];

/** Human text in one or more languages: `{ "en": "…", "ja": "…" }`. */
export type LocalizedText = Partial<Record<Lang, string>>;

/**
 * The text in `lang`, or in the other language when this one is missing, so a bank
 * written in one language still shows something instead of a blank.
 */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return "";
  return text[lang] ?? text[lang === "en" ? "ja" : "en"] ?? "";
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
