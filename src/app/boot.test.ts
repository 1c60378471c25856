import { describe, expect, it } from "vitest";
import { bootScript } from "../../scripts/vite-static-shell.ts";
import { applyPrefs, loadPrefs } from "../state/settings.ts";
import { bootPrefs } from "./boot.ts";

const saved = [
  undefined,
  '{"lang":"ja"}',
  '{"lang":"en","theme":"dark"}',
  '{"theme":"light"}',
  '{"lang":"fr","theme":"sepia"}',
  "not json{",
  "null",
];
const browsers = [[], ["ja-JP"], ["en-US", "ja"], ["fr-FR", "ja-JP"], ["JA"], ["de"]];

describe("the inline boot script", () => {
  it("sets <html> lang and theme exactly as the app's settings would", () => {
    for (const value of saved) {
      const storage = { getItem: () => value ?? null };
      for (const languages of browsers) {
        const booted = document.createElement("html");
        bootPrefs(booted, storage, languages, "/study");
        const app = document.createElement("html");
        applyPrefs(loadPrefs(storage, languages), app);
        const where = `saved ${value}, browser ${languages.join(",")}`;
        expect(booted.lang, where).toBe(app.lang);
        expect(booted.dataset.theme, where).toBe(app.dataset.theme);
        expect(booted.dataset.home, where).toBeUndefined();
      }
    }
  });

  it("runs as index.html carries it, and marks Home", () => {
    const root = document.documentElement;
    localStorage.setItem("zenkan.prefs", '{"lang":"ja","theme":"dark"}');
    root.lang = "en";
    try {
      new Function(bootScript())();
      expect(root.lang).toBe("ja");
      expect(root.dataset.theme).toBe("dark");
      expect(root.dataset.home).toBe(location.pathname === "/" ? "" : undefined);
    } finally {
      localStorage.clear();
      root.removeAttribute("data-theme");
      root.removeAttribute("data-home");
      root.lang = "en";
    }
  });
});
