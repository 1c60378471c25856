import { expect, test } from "@playwright/test";
import { offlineReady } from "./offline-ready.ts";

test.use({ locale: "en-US" });

test("after one visit the app opens, deep links included, and a mock exam starts with no network", async ({
  page,
  context,
}) => {
  await page.goto("/");
  // Ready for offline once the service worker controls the page and the banks are stored.
  await offlineReady(page);

  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto("/");
  await expect(offline.getByRole("heading", { level: 1, name: "Exams" })).toBeVisible();
  await expect(offline.locator(".exam-card")).toHaveCount(13);

  await offline.goto("/exam/SAA-C03");
  await expect(offline.getByRole("heading", { level: 1, name: /SAA-C03/ })).toBeVisible();
  await offline.getByRole("button", { name: "Start exam" }).click();
  await expect(offline.getByText(/^Question 1 of \d+$/)).toBeVisible();

  for (const path of ["/study", "/readiness", "/planner", "/banks", "/settings"]) {
    await offline.goto(path);
    await expect(offline.locator("h1"), path).toBeVisible();
  }
});

test("the web app manifest is installable: name, icons, standalone display", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(href ?? "")).json();
  expect(manifest).toMatchObject({
    short_name: "Zenkan",
    display: "standalone",
    start_url: "/",
    lang: "en",
  });
  const sizes = manifest.icons.map(
    (i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ""}`,
  );
  expect(sizes).toEqual(["192x192", "512x512", "512x512 maskable"]);
  for (const icon of manifest.icons)
    expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
});
