import { expect, type Page, test } from "@playwright/test";
import { offlineReady } from "./offline-ready.ts";

test.use({ locale: "en-US" });

const T0 = Date.parse("2026-11-26T09:00:00Z");
const MINUTE = 60_000;

/** Picks the first option of the card on screen, checks it, and returns the verdict. */
async function answerFirstOption(page: Page): Promise<"Right" | "Wrong"> {
  await page.locator(".study-card .option").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  const verdict = (await page.locator(".feedback h2").textContent()) ?? "";
  expect(verdict).toMatch(/^(Right|Wrong)$/);
  return verdict as "Right" | "Wrong";
}

test("a study session runs offline, survives a reload, and fills the due queue", async ({
  page,
  context,
}) => {
  // Time is fixed, then moved, so what comes due is known: FSRS brings a new card back
  // 1 minute after a wrong answer and 10 minutes after a right one.
  await context.clock.setFixedTime(T0);
  await page.goto("/");
  await offlineReady(page);
  await context.setOffline(true);

  await page.goto("/study");
  await expect(page.getByText("Nothing is due.", { exact: false })).toBeVisible();
  const form = page.locator(".practice-form");
  await form.getByRole("combobox", { name: /^Exam/ }).selectOption("SAA-C03");
  await form.getByRole("radio", { name: /New: never answered/ }).check();
  await form.getByRole("combobox", { name: /^Number of questions/ }).selectOption("5");
  await form.getByRole("button", { name: "Start practice" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "SAA-C03 practice" })).toBeVisible();
  await expect(page.getByText("Question 1 of 5", { exact: true })).toBeVisible();
  const first = await answerFirstOption(page);
  // Feedback at once: the explanation and a reference.
  await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
  await expect(page.locator(".feedback .refs a").first()).toHaveAttribute("href", /^https:\/\//);
  await page.getByRole("button", { name: "Next question" }).click();

  // An answer chosen but not checked is still there after a reload.
  await expect(page.getByText("Question 2 of 5", { exact: true })).toBeVisible();
  await page.locator(".study-card .option").first().click();
  await expect(page.locator(".study-card .option input").first()).toBeChecked();
  await page.reload();
  await expect(page.getByText("Question 2 of 5", { exact: true })).toBeVisible();
  await expect(page.locator(".study-card .option input").first()).toBeChecked();
  await page.getByRole("button", { name: "Check answer" }).click();
  const second = (await page.locator(".feedback h2").textContent()) as "Right" | "Wrong";
  const wrong = [first, second].filter((v) => v === "Wrong").length;

  await page.goto("/study");
  await expect(page.getByRole("link", { name: "SAA-C03 practice" })).toBeVisible();
  await expect(page.getByText("2 of 5 answered")).toBeVisible();

  // Two minutes later only the wrong answers are due; eleven minutes later both are.
  await context.clock.setFixedTime(T0 + 2 * MINUTE);
  await page.reload();
  if (wrong === 0) await expect(page.getByText("Nothing is due.", { exact: false })).toBeVisible();
  else await expect(page.getByText(`${wrong} reviews due`)).toBeVisible();

  await context.clock.setFixedTime(T0 + 11 * MINUTE);
  await page.reload();
  await expect(page.getByText("2 reviews due")).toBeVisible();
  await page.getByRole("button", { name: "Review now (2)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reviews due" })).toBeVisible();
  await expect(page.getByText("Question 1 of 2", { exact: true })).toBeVisible();
});
