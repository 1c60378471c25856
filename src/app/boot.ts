/**
 * Runs inline in index.html's <head>, before the first paint and before any module loads
 * (scripts/vite-static-shell.ts puts its source there): sets <html lang> and the theme
 * from the saved preferences exactly as state/settings.ts reads them (a test holds the two
 * together), and marks Home, so the static shell in index.html paints in the learner's
 * language and theme at once. Self-contained: nothing from outside this function.
 */
export function bootPrefs(
  root: HTMLElement,
  storage: Pick<Storage, "getItem"> | undefined,
  languages: readonly string[],
  path: string,
): void {
  let saved: { lang?: unknown; theme?: unknown } = {};
  try {
    saved = JSON.parse(storage?.getItem("zenkan.prefs") ?? "{}") ?? {};
  } catch {
    // A damaged entry falls back to the defaults, as in settings.ts.
  }
  let lang = saved.lang === "en" || saved.lang === "ja" ? saved.lang : "en";
  if (lang !== saved.lang) {
    const first = languages.find((l) => /^(en|ja)\b/i.test(l));
    lang = first?.toLowerCase().startsWith("ja") ? "ja" : "en";
  }
  root.lang = lang;
  if (saved.theme === "light" || saved.theme === "dark") root.dataset.theme = saved.theme;
  if (path === "/") root.dataset.home = "";
}
