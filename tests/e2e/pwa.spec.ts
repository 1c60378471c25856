import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, type Page, test } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";

test.use({ locale: "en-US" });

/** Starts a CLF-C02 mock exam, answers the first item, submits, and waits for the report. */
async function answerOneAndSubmit(page: Page) {
  await page.goto("/exam/CLF-C02");
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await page.keyboard.press("1");
  await expect(page.locator(".option.checked")).toHaveCount(1);
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit exam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Score report/ })).toBeVisible();
}

test("Chromium reports no installability errors (persistent profile)", async ({ baseURL }) => {
  // Installability is not judged in incognito, which is what test contexts are.
  const profile = mkdtempSync(join(tmpdir(), "zenkan-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    locale: "en-US",
  });
  try {
    const page = await context.newPage();
    await page.goto(baseURL ?? "/");
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
      timeout: 20_000,
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    // The browser now offers installation, and Settings shows the button for it.
    await page.goto(`${baseURL}/settings`);
    await expect(page.getByRole("button", { name: "Install app" })).toBeVisible({
      timeout: 10_000,
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("using every screen sends requests only to the app's own origin", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1:4173").origin;
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(r.url());
  });
  await page.goto("/");
  await expect(page.locator(".exam-card").filter({ hasText: "CLF-C02" })).toContainText(
    /In your banks/,
    { timeout: 15_000 },
  );
  for (const path of ["/exam/CLF-C02", "/study", "/readiness", "/planner", "/banks", "/settings"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
  }
  await answerOneAndSubmit(page);
  expect(foreign).toEqual([]);
});

test("Settings shows whether storage is persistent and how much is used", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Storage on this device" });
  await expect(section).toContainText(/Persistent: |Not persistent: /);
  await expect(section).toContainText(/Using [\d.,]+ [MG]B of [\d.,]+ [MG]B available\./);
});

test("backup round trip: export, restore on a fresh device, the history is back", async ({
  page,
  browser,
}) => {
  await answerOneAndSubmit(page);
  const scaled = await page.locator(".scaled strong").textContent();

  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Back up everything" }).click();
  const download = await downloading;
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/^zenkan-backup-\d{4}-\d{2}-\d{2}\.json$/);

  // Another device: a fresh browser context with nothing stored.
  const other = await browser.newContext({ locale: "en-US" });
  const fresh = await other.newPage();
  await fresh.goto("/exam/CLF-C02");
  await expect(fresh.getByText("No attempts yet.")).toBeVisible({ timeout: 15_000 });
  await fresh.goto("/settings");
  await fresh.locator('input[type="file"]').setInputFiles(path);
  const preview = fresh.getByRole("region", { name: "Restore preview" });
  await expect(preview).toContainText(/^.*1 exams, 1 answers, 1 review cards, 1 reviews/);
  await preview.getByRole("button", { name: "Replace my data" }).click();
  await expect(fresh.getByRole("status")).toHaveText(
    "Restored. Your data now includes the backup.",
  );
  await fresh.goto("/exam/CLF-C02");
  await fresh.getByRole("link", { name: /Fail|Pass/ }).click();
  await expect(fresh.locator(".scaled strong")).toHaveText(scaled ?? "");
  await other.close();
});

test("a file that is not a backup gets a clear error and changes nothing", async ({ page }) => {
  await page.goto("/settings");
  await page.locator('input[type="file"]').setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"questions": []}'),
  });
  await expect(page.getByRole("alert")).toHaveText(
    "notes.json cannot be restored: $.format: this is not a Zenkan backup file. Nothing was changed.",
  );
  await expect(page.getByRole("region", { name: "Restore preview" })).toHaveCount(0);
});
