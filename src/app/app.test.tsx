import { act, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useSettings } from "../state/settings.ts";
import { useBanks } from "../state/storage.ts";
import { App } from "./App.tsx";
import { translate } from "./i18n/t.ts";
import { navigate } from "./router.ts";
import { matchRoute } from "./routes.tsx";

beforeEach(() => {
  useSettings.setState({ lang: "en" });
  useBanks.setState({ sync: { phase: "idle" } });
  window.history.replaceState(null, "", "/");
});

describe("routes", () => {
  it("match every screen, with the exam code as a parameter", () => {
    expect(matchRoute("/")).not.toBeNull();
    expect(matchRoute("/exam/SAA-C03")?.params).toEqual({ code: "SAA-C03" });
    for (const p of ["/study", "/readiness", "/planner", "/banks", "/settings", "/settings/"]) {
      expect(matchRoute(p), p).not.toBeNull();
    }
    expect(matchRoute("/exam/saa")).toBeNull();
    expect(matchRoute("/nope")).toBeNull();
  });
});

describe("translation", () => {
  it("fills parameters and writes numbers the way each language does", () => {
    expect(translate("en", "exam.bankValue", { n: 12345 })).toBe("12,345 questions");
    expect(translate("ja", "exam.itemsValue", { total: 75, scored: 65, unscored: 10 })).toBe(
      "75 問 (採点対象 65 問 + 採点対象外 10 問)",
    );
  });
});

describe("the shell", () => {
  it("marks the current screen in the navigation and follows links without reloading", async () => {
    render(<App />);
    expect(screen.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    act(() => navigate("/settings"));
    expect(await screen.findByRole("heading", { level: 1, name: "Settings" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current");
  });

  it("shows the progress of loading the banks, and a clear message when it fails", () => {
    useBanks.setState({ sync: { phase: "loading", done: 3, total: 12 } });
    const { rerender } = render(<App />);
    expect(
      screen.getByRole("progressbar", { name: "Preparing question banks… 3 of 12" }),
    ).toHaveAttribute("value", "3");
    act(() =>
      useBanks.setState({
        sync: { phase: "error", message: "banks/x.json: HTTP 404", storageUnavailable: false },
      }),
    );
    rerender(<App />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The question banks could not be loaded: banks/x.json: HTTP 404. Your answers and history are safe.",
    );
    act(() =>
      useBanks.setState({ sync: { phase: "error", message: "x", storageUnavailable: true } }),
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "This browser does not let Zenkan store data",
    );
  });
});
