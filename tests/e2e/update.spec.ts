import { spawnSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";

test.use({ locale: "en-US" });

/** Builds the app again as a new version, in place, as a deployment would. */
function deployNewVersion(id: string) {
  const r = spawnSync("npx", ["vite", "build", "--logLevel", "error"], {
    env: { ...process.env, ZENKAN_BUILD_ID: id },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
}

async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
}

test("a new version is offered with a Reload prompt, but never during an exam", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/exam/SAA-C03");
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 20_000,
  });
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();

  deployNewVersion(`update-test-${Date.now()}`);
  await checkForUpdate(page);
  // The new worker is installed and waiting…
  await page.waitForFunction(
    async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
    null,
    {
      timeout: 30_000,
    },
  );
  // …but the exam is in progress: no prompt, no reload.
  await page.waitForTimeout(500);
  await expect(page.getByText("A new version of Zenkan is ready.")).toHaveCount(0);
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();

  // Leaving the exam lets the prompt appear; Reload switches to the new version.
  await page.getByRole("link", { name: "Home" }).click();
  const prompt = page.getByRole("status").filter({ hasText: "A new version of Zenkan is ready." });
  await expect(prompt).toBeVisible();
  const before = await page.evaluate(
    () => (navigator.serviceWorker.controller as ServiceWorker).scriptURL,
  );
  await prompt.getByRole("button", { name: "Reload" }).click();
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1, name: "Exams" })).toBeVisible();
  await expect(page.getByText("A new version of Zenkan is ready.")).toHaveCount(0);
  const waiting = await page.evaluate(
    async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
  );
  expect(waiting).toBe(false);
  expect(before).toContain("sw.js");
});
