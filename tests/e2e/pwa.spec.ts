import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";

test.use({ locale: "en-US" });

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
  await page.goto("/exam/CLF-C02");
  await page.getByRole("button", { name: "Start exam" }).click();
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit exam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Score report/ })).toBeVisible();
  expect(foreign).toEqual([]);
});

test("Settings shows whether storage is persistent and how much is used", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Storage on this device" });
  await expect(section).toContainText(/Persistent: |Not persistent: /);
  await expect(section).toContainText(/Using [\d.,]+ [MG]B of [\d.,]+ [MG]B available\./);
});
