import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

test.use({ locale: "en-US" });

async function recordPass(page: Page, exam: string, date: string) {
  const form = page.locator("form.add-cert");
  await form.getByLabel("Exam").selectOption(exam);
  await form.getByLabel("Passed on").fill(date);
  await form.getByRole("button", { name: "Add" }).click();
  await expect(page.locator(".cert").filter({ hasText: exam })).toBeVisible();
}

test("records passes, shows expiry, the fewest retakes and the cost plan", async ({ page }) => {
  // A fixed today, so expiry windows do not move with the calendar.
  await page.clock.setFixedTime(new Date("2026-11-26T10:00:00"));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/planner");
  await expect(page.getByText(/None recorded yet/)).toBeVisible();
  await recordPass(page, "CLF-C02", "2024-01-10");
  await recordPass(page, "SAA-C03", "2025-02-01");
  await recordPass(page, "SAP-C02", "2025-06-01");
  await recordPass(page, "MLS-C01", "2024-05-01");

  await expect(page.locator(".cert").filter({ hasText: "CLF-C02" })).toContainText(
    "Expires 2027-01-10",
  );
  await expect(page.locator(".cert").filter({ hasText: "MLS-C01" })).toContainText(
    "MLS-C01 is retired: it cannot be renewed and lapses on 2027-05-01.",
  );
  // SAP renews SAA and CLF: one retake keeps all three, by the earliest of their expiries.
  await expect(page.locator(".keep li")).toHaveText([
    "SAP-C02 by 2027-01-10: keeps CLF-C02, SAA-C03, SAP-C02",
  ]);

  // Default plan: every active exam not held (AIF, SOA, DVA, DEA, MLA, DOP, AIP, ANS, SCS).
  const totals = page.locator(".totals");
  await expect(totals).toContainText("Fees before tax: ¥255,000 (US$1,900)");
  await expect(totals).toContainText("With 10% consumption tax: ¥280,500");
  await expect(totals).toContainText("¥135,000 before tax, ¥148,500 with tax");
  await expect(page.locator(".chain li").first()).toHaveText("AIF-C01: ¥15,000");

  await page.getByRole("checkbox", { name: /AIF-C01/ }).uncheck();
  await expect(page.locator(".chain li").first()).toHaveText(/^(SOA|DVA|DEA|MLA)-C0\d: ¥20,000$/);

  const r = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Recorded passes are stored: they are still there after a reload, and a certification
  // within six months of expiry puts a reminder on every screen.
  await page.reload();
  await expect(page.locator(".cert")).toHaveCount(4);
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "certification expires" })).toHaveText(
    /^Your CLF-C02 certification expires on 2027-01-10\. 1 more are due for renewal\. Plan the renewal/,
  );

  // The investment log: the full fee with tax for each pass recorded without an amount.
  await page.goto("/planner");
  await expect(page.locator(".invest tfoot")).toContainText("¥126,500");
});
