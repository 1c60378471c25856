import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

interface Exam {
  code: string;
  name: { en: string; ja: string };
  items: { scored: number; unscored: number };
  minutes: number;
  passMark: number;
}
const catalog = JSON.parse(readFileSync("question-banks/catalog.json", "utf8")) as {
  exams: Exam[];
};

async function axe(page: Page) {
  const r = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return r.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

test.describe("Home in English", () => {
  test.use({ locale: "en-US" });

  test("lists all 13 exams with their question count, minutes and pass mark", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Exams" })).toBeVisible();
    const cards = page.locator(".exam-card");
    await expect(cards).toHaveCount(13);
    for (const exam of catalog.exams) {
      const card = cards.filter({
        has: page.getByRole("link", { name: new RegExp(`^${exam.code} `) }),
      });
      await expect(card, exam.code).toContainText(exam.name.en);
      await expect(card, exam.code).toContainText(
        `${exam.items.scored + exam.items.unscored} questions`,
      );
      await expect(card, exam.code).toContainText(`${exam.minutes} min`);
      await expect(card, exam.code).toContainText(`${exam.passMark} / 1000`);
    }
    await expect(cards.filter({ hasText: "MLS-C01" })).toContainText("Retired 2026-03-31");
  });

  test("has no WCAG 2.1 AA violations, light and dark", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".exam-card")).toHaveCount(13);
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axe(page)).toEqual([]);
  });

  test("loads the bundled banks into storage, with progress, and counts them per exam", async ({
    page,
  }) => {
    await page.goto("/");
    // Counts appear on the cards once the banks are stored in IndexedDB.
    await expect(page.locator(".exam-card").filter({ hasText: "SAA-C03" })).toContainText(
      /In your banks: \d+ questions/,
      {
        timeout: 15_000,
      },
    );
    await page.getByRole("link", { name: "Banks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Question banks" })).toBeVisible();
    const bundled = page.getByRole("region", { name: "Included with Zenkan" });
    await expect(bundled.locator(".card")).toHaveCount(12);
    await expect(bundled.locator(".card").first()).toContainText(/\d+ questions/);
  });
});

test.describe("Home in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("opens in Japanese from the browser language and lists the exams", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "試験" })).toBeVisible();
    const cards = page.locator(".exam-card");
    await expect(cards).toHaveCount(13);
    for (const exam of catalog.exams) {
      const card = cards.filter({ hasText: exam.code });
      await expect(card, exam.code).toContainText(exam.name.ja);
      await expect(card, exam.code).toContainText(`${exam.items.scored + exam.items.unscored} 問`);
      await expect(card, exam.code).toContainText(`${exam.minutes} 分`);
      await expect(card, exam.code).toContainText(`${exam.passMark} / 1000`);
    }
  });

  test("has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".exam-card")).toHaveCount(13);
    expect(await axe(page)).toEqual([]);
  });
});
