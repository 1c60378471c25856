import { expect, type Page } from "@playwright/test";

/** Waits until the app works offline: the service worker controls the page and the banks are stored. */
export async function offlineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 20_000,
  });
  await expect(page.locator(".exam-card").filter({ hasText: "SAA-C03" })).toContainText(
    /In your banks/,
    { timeout: 15_000 },
  );
}
