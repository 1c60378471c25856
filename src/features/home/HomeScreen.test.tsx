import { render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { catalog } from "../../state/catalog.ts";
import { useSettings } from "../../state/settings.ts";
import { useBanks } from "../../state/storage.ts";
import { HomeScreen } from "./HomeScreen.tsx";

beforeEach(() => {
  useSettings.setState({ lang: "en" });
  useBanks.setState({ counts: undefined });
});

describe("Home", () => {
  it("groups the 13 exams by level, each with its format", () => {
    render(<HomeScreen />);
    const levels = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(levels).toEqual(["Foundational", "Associate", "Professional", "Specialty"]);
    const associate = screen.getByRole("region", { name: "Associate" });
    expect(within(associate).getAllByRole("listitem")).toHaveLength(5);
    const saa = screen.getByRole("link", { name: /SAA-C03/ }).closest("li");
    if (!saa) throw new Error("no SAA card");
    expect(saa).toHaveTextContent("65 questions");
    expect(saa).toHaveTextContent("130 min");
    expect(saa).toHaveTextContent("720 / 1000");
    expect(screen.getAllByRole("link", { name: /^[A-Z]{3}-C\d{2} / })).toHaveLength(
      catalog.exams.length,
    );
  });

  it("speaks Japanese when the learner chose it", () => {
    useSettings.setState({ lang: "ja" });
    render(<HomeScreen />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("試験");
    const sap = screen.getByRole("link", { name: /SAP-C02/ }).closest("li");
    expect(sap).toHaveTextContent("AWS 認定ソリューションアーキテクト – プロフェッショナル");
    expect(sap).toHaveTextContent("75 問");
    expect(sap).toHaveTextContent("180 分");
  });

  it("shows how many questions of each exam are stored once they are counted", () => {
    useBanks.setState({ counts: new Map([["DVA-C02", 1234]]) });
    render(<HomeScreen />);
    expect(screen.getByRole("link", { name: /DVA-C02/ }).closest("li")).toHaveTextContent(
      "In your banks: 1,234 questions",
    );
    expect(screen.getByRole("link", { name: /SAA-C03/ }).closest("li")).toHaveTextContent(
      "In your banks: 0 questions",
    );
  });

  it("keeps each card's bank line in place, as …, until the banks are counted", () => {
    useBanks.setState({ counts: undefined });
    render(<HomeScreen />);
    expect(screen.getByRole("link", { name: /DVA-C02/ }).closest("li")).toHaveTextContent(
      "In your banks: …",
    );
  });
});
