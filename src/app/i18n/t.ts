import { create } from "zustand";
import type { Lang } from "../../domain/text.ts";
import { useSettings } from "../../state/settings.ts";
import { en, ja, type ShellKey } from "./messages.ts";
import type { ScreenKey } from "./screen-messages.ts";

export type MessageKey = ShellKey | ScreenKey;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

// The shell's text is here from the start; every other screen's joins it once loaded.
const tables: Record<Lang, Partial<Record<MessageKey, string>>> = { en: { ...en }, ja: { ...ja } };

/** Whether the screens' text has arrived: components re-render when it does. */
const useLoaded = create(() => ({ screens: false }));
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
      useLoaded.setState({ screens: true });
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
    // (useT re-renders when it comes) and show nothing meanwhile rather than a raw key.
    void loadScreenMessages().catch(() => undefined);
    return "";
  }
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
  useLoaded((s) => s.screens);
  return (key, params) => translate(lang, key, params);
}

export function useLang(): Lang {
  return useSettings((s) => s.lang);
}
