import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { OrderingQuestion } from "../../domain/bank/schema.ts";
import type { Answer } from "../../domain/exam/scoring.ts";
import { useSettings } from "../../state/settings.ts";
import { OrderingItem } from "./OrderingItem.tsx";

const item: OrderingQuestion = {
  id: "o1",
  domain: "d",
  type: "ordering",
  stem: { en: "Order" },
  explanation: { en: "e" },
  references: [],
  items: ["plan", "build", "test"].map((id) => ({ id, text: { en: id } })),
  answer: ["plan", "build", "test"],
};

/** Stands in for the session: applies updaters to the last saved answer, as the store does. */
function Harness({ saved }: { saved: Answer[] }) {
  const [answer, setAnswer] = useState<Answer>(null);
  return (
    <OrderingItem
      item={item}
      order={["test", "plan", "build"]}
      answer={answer}
      stemId="s"
      onAnswer={(a) => {
        const next = typeof a === "function" ? a(answer) : a;
        saved.push(next);
        setAnswer(next);
      }}
    />
  );
}

describe("ordering by keyboard", () => {
  it("moves a step with the buttons and keeps focus on it, so it can be moved again", async () => {
    useSettings.setState({ lang: "en" });
    const saved: Answer[] = [];
    render(<Harness saved={saved} />);
    const user = userEvent.setup();
    screen.getByRole("button", { name: "Move “test” down" }).focus();
    await user.keyboard("{Enter}");
    expect(saved.at(-1)).toEqual(["plan", "test", "build"]);
    expect(screen.getByRole("button", { name: "Move “test” down" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(saved.at(-1)).toEqual(["plan", "build", "test"]);
    // At the bottom, "down" is disabled: focus goes to "up" of the same step.
    expect(screen.getByRole("button", { name: "Move “test” up" })).toHaveFocus();
    expect(
      screen.getAllByRole("listitem").map((li) => li.textContent?.replace(/[⋮↑↓]/g, "")),
    ).toEqual(["plan", "build", "test"]);
  });
});
