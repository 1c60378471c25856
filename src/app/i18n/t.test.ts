import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { formatNumber, translate, type useT } from "./t.ts";

describe("formatNumber", () => {
  it("writes every number as Intl does for the language", () => {
    const intl = {
      en: new Intl.NumberFormat("en-US"),
      ja: new Intl.NumberFormat("ja-JP"),
    } as const;
    fc.assert(
      fc.property(
        fc.constantFrom("en" as const, "ja" as const),
        fc.oneof(
          fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
          fc.maxSafeInteger(),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        ),
        (lang, n) => {
          expect(formatNumber(lang, n)).toBe(intl[lang].format(n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("translate", () => {
  it("fills placeholders, numbers grouped, and leaves one it has no value for as written", () => {
    const text = translate("en", "readiness.scaleLabel", { score: 1000, low: 650 });
    expect(text).toContain("1,000");
    expect(text).toContain("650");
    expect(text).toContain("{high}");
  });
});

let freshUseT: typeof useT;
function Probe() {
  const t = freshUseT();
  return `[${t("start.title")}]`;
}

describe("useT", () => {
  it("shows a screen's text once it arrives, when a component asked before it had", async () => {
    // A fresh copy of the app's modules, in which the screens' text has not been loaded.
    vi.resetModules();
    const { createElement } = await import("react");
    const { render, screen } = await import("@testing-library/react");
    ({ useT: freshUseT } = await import("./t.ts"));
    const { en } = await import("./screen-messages.ts");
    render(createElement(Probe));
    expect(screen.getByText("[]")).toBeInTheDocument();
    expect(await screen.findByText(`[${en["start.title"]}]`)).toBeInTheDocument();
  });
});
