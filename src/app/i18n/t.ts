import type { Lang } from "../../domain/text.ts";
import { useSettings } from "../../state/settings.ts";
import { en, ja, type MessageKey } from "./messages.ts";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const tables: Record<Lang, Record<MessageKey, string>> = { en, ja };

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = tables[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === "number" ? v.toLocaleString(lang === "ja" ? "ja-JP" : "en-US") : v;
  });
}

/** The translate function for the current language; re-renders when it changes. */
export function useT(): Translate {
  const lang = useSettings((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}

export function useLang(): Lang {
  return useSettings((s) => s.lang);
}
