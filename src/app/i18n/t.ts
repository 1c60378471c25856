import { useReducer } from "react";
import type { Lang } from "../../domain/text.ts";
import { useSettings } from "../../state/settings.ts";
import { en, ja, type ShellKey } from "./messages.ts";
import type { ScreenKey } from "./screen-messages.ts";

export type MessageKey = ShellKey | ScreenKey;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

// The shell's text is here from the start; every other screen's joins it once loaded.
const tables: Record<Lang, Partial<Record<MessageKey, string>>> = { en: { ...en }, ja: { ...ja } };

let loading: Promise<void> | undefined;

/**
 * Loads every screen's text (both languages, one chunk). Each lazily loaded screen awaits
 * it with its own code; a failed load can be tried again.
 */
export function loadScreenMessages(): Promise<void> {
  loading ??= import("./screen-messages.ts").then(
    (m) => {
      Object.assign(tables.en, m.en);
      Object.assign(tables.ja, m.ja);
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = tables[lang][key];
  if (text === undefined) {
    // Only a screen's text can be missing, and only before its chunk arrived: ask for it
    // and show nothing meanwhile rather than a raw key (useT re-renders when it comes).
    void loadScreenMessages().catch(() => undefined);
    return "";
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/**
 * A number as the language writes it. English and Japanese group whole numbers the same
 * way (1,000), so those are written here: building an Intl.NumberFormat loads locale data,
 * tens of milliseconds on a phone, which Home would pay at start-up. Fractions go to Intl.
 */
export function formatNumber(lang: Lang, n: number): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
    return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
  }
  numberFormats[lang] ??= new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US");
  return numberFormats[lang].format(n);
}
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/**
 * The translate function for the current language; re-renders when it changes. Only a
 * component that met missing text re-renders when the screens' text arrives: were every
 * component to listen, its arrival would re-render the whole page during start-up.
 */
export function useT(): Translate {
  const lang = useSettings((s) => s.lang);
  const [, textArrived] = useReducer((n: number) => n + 1, 0);
  return (key, params) => {
    if (tables[lang][key] === undefined)
      void loadScreenMessages().then(textArrived, () => undefined);
    return translate(lang, key, params);
  };
}

export function useLang(): Lang {
  return useSettings((s) => s.lang);
}
