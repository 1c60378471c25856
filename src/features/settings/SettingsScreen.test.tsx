import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { loadPrefs, useSettings } from "../../state/settings.ts";
import { SettingsScreen } from "./SettingsScreen.tsx";

beforeEach(() => {
  localStorage.clear();
  useSettings.setState({ lang: "en", theme: "system" });
  document.documentElement.removeAttribute("data-theme");
});

describe("Settings", () => {
  it("switches to Japanese, puts it on <html> and remembers it", async () => {
    render(<SettingsScreen />);
    await userEvent.click(screen.getByRole("radio", { name: "日本語" }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("設定");
    expect(document.documentElement.lang).toBe("ja");
    expect(loadPrefs(localStorage, ["en-US"]).lang).toBe("ja");
  });

  it("overrides the system theme and goes back to following it", async () => {
    render(<SettingsScreen />);
    await userEvent.click(screen.getByRole("radio", { name: "Dark" }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(loadPrefs(localStorage, []).theme).toBe("dark");
    await userEvent.click(screen.getByRole("radio", { name: "Same as system" }));
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
  });
});

describe("preferences on first start", () => {
  const empty = { getItem: () => null };
  it("take the language from the browser, Japanese or else English", () => {
    expect(loadPrefs(empty, ["ja-JP", "en-US"]).lang).toBe("ja");
    expect(loadPrefs(empty, ["fr-FR", "ja"]).lang).toBe("ja");
    expect(loadPrefs(empty, ["en-GB", "ja"]).lang).toBe("en");
    expect(loadPrefs(empty, ["de-DE"]).lang).toBe("en");
    expect(loadPrefs(empty, []).theme).toBe("system");
  });

  it("fall back to the defaults when the stored entry is damaged", () => {
    expect(loadPrefs({ getItem: () => "{not json" }, ["ja"])).toEqual({
      lang: "ja",
      theme: "system",
    });
    expect(loadPrefs({ getItem: () => '{"lang":"fr","theme":"neon"}' }, ["en"])).toEqual({
      lang: "en",
      theme: "system",
    });
  });
});
