import { create } from "zustand";
import { isLang, type Lang } from "../domain/text.ts";

/**
 * Language and appearance. Kept in localStorage, not IndexedDB, because both must be
 * right on the very first paint, before the database is opened.
 */

export type Theme = "system" | "light" | "dark";
const KEY = "zenkan.prefs";

interface Prefs {
  lang: Lang;
  theme: Theme;
}

function browserLang(languages: readonly string[]): Lang {
  return languages
    .find((l) => /^(en|ja)\b/i.test(l))
    ?.toLowerCase()
    .startsWith("ja")
    ? "ja"
    : "en";
}

export function loadPrefs(
  storage: Pick<Storage, "getItem"> | undefined,
  languages: readonly string[],
): Prefs {
  let saved: Partial<Prefs> = {};
  try {
    saved = JSON.parse(storage?.getItem(KEY) ?? "{}") ?? {};
  } catch {
    // A damaged entry falls back to the defaults.
  }
  return {
    lang: isLang(saved.lang) ? saved.lang : browserLang(languages),
    theme: saved.theme === "light" || saved.theme === "dark" ? saved.theme : "system",
  };
}

interface SettingsState extends Prefs {
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
}

const initial = loadPrefs(
  typeof localStorage === "undefined" ? undefined : localStorage,
  typeof navigator === "undefined" ? [] : navigator.languages,
);

export const useSettings = create<SettingsState>()((set, get) => {
  const save = () => {
    const { lang, theme } = get();
    try {
      localStorage.setItem(KEY, JSON.stringify({ lang, theme }));
    } catch {
      // Storage may be full or blocked; the choice still holds for this visit.
    }
    applyPrefs({ lang, theme });
  };
  return {
    ...initial,
    setLang: (lang) => {
      set({ lang });
      save();
    },
    setTheme: (theme) => {
      set({ theme });
      save();
    },
  };
});

/** Puts the language and theme on <html> so CSS and assistive technology follow them. */
export function applyPrefs({ lang, theme }: Prefs, root: HTMLElement = document.documentElement) {
  root.lang = lang;
  if (theme === "system") root.removeAttribute("data-theme");
  else root.dataset.theme = theme;
}
