import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.use({ locale: "en-US" });

test("switching language is remembered after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "試験" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "試験" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exams" })).toBeVisible();
});

test("follows the system's dark mode, and the override in Settings wins and is remembered", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/settings");
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg()).toBe("rgb(16, 19, 23)");
  await page.getByRole("radio", { name: "Light" }).check();
  expect(await bg()).toBe("rgb(246, 247, 249)");
  await page.reload();
  await expect(page.getByRole("radio", { name: "Light" })).toBeChecked();
  expect(await bg()).toBe("rgb(246, 247, 249)");
  await page.getByRole("radio", { name: "Same as system" }).check();
  expect(await bg()).toBe("rgb(16, 19, 23)");
});

test("every screen opens from a deep link and has no WCAG 2.1 AA violations", async ({ page }) => {
  for (const [path, heading] of [
    ["/exam/SAA-C03", "SAA-C03 AWS Certified Solutions Architect – Associate"],
    ["/study", "Study"],
    ["/readiness", "Readiness"],
    ["/planner", "Planner"],
    ["/banks", "Question banks"],
    ["/settings", "Settings"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
    const r = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(r.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
  }
});

test("an exam's page shows its format, domains with weights and fee", async ({ page }) => {
  await page.goto("/exam/SAP-C02");
  await expect(page.getByText("75 (65 scored + 10 unscored)")).toBeVisible();
  await expect(page.getByText("180 min")).toBeVisible();
  await expect(page.getByText("750 / 1000")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Design for New Solutions" }),
  ).toContainText("29%");
  await expect(page.getByText("¥40,000 before tax · US$300")).toBeVisible();
});

test("an unknown path or exam says so instead of a blank page", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("alert")).toHaveText("This page does not exist.");
  await page.goto("/exam/ABC-C01");
  await expect(page.getByRole("alert")).toHaveText("There is no exam ABC-C01 in the catalog.");
});

test("works at 360 px wide without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/exam/MLA-C01", "/settings", "/banks"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
});

test("the keyboard reaches the skip link, the navigation and the exams", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /^CLF-C02 / })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/exam\/CLF-C02$/);
});

// Start-up carries only the shell's and Home's text; every other screen's text is a chunk
// loaded with the first other screen. Home must not need it. (No service worker here: it
// would answer from its cache what the test blocks.)
test.describe("the screens' text", () => {
  test.use({ serviceWorkers: "block" });
  for (const [lang, study] of [
    ["en", "Study"],
    ["ja", "学習"],
  ] as const) {
    test(`Home shows all its text without the other screens' text (${lang})`, async ({ page }) => {
      const settled = async () => {
        await expect(page.locator(".banner")).toHaveCount(0, { timeout: 60_000 }); // banks stored
        await expect(page.locator(".exam-card").first()).toBeVisible();
        await page.waitForLoadState("networkidle");
        return page.locator("body").textContent();
      };
      await page.goto("/");
      if (lang === "ja") await page.getByRole("button", { name: "日本語" }).click();
      const whole = await settled();
      const chunk = "**/assets/screen-messages-*.js";
      await page.route(chunk, (route) => route.abort());
      await page.reload();
      expect(await settled()).toBe(whole);
      // Without it another screen cannot open, and says so; with it, it opens.
      await page.getByRole("navigation").getByRole("link", { name: study }).click();
      await expect(page.getByRole("alert")).toContainText(
        lang === "en" ? "could not be loaded" : "読み込めませんでした",
      );
      await page.unroute(chunk);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: study })).toBeVisible();
    });
  }
});

// index.html paints a static shell before the app's JavaScript has loaded: here that
// JavaScript never arrives, so what shows is the shell alone.
test.describe("before the app's code arrives", () => {
  test.use({ serviceWorkers: "block", locale: "ja-JP", colorScheme: "light" });
  test("index.html shows the header and Home's title in the learner's language and theme", async ({
    page,
  }) => {
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "試験", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "学習" })).toBeVisible();
    await expect(page.getByText("Exams", { exact: true })).toBeHidden();
    await page.evaluate(() =>
      localStorage.setItem("zenkan.prefs", JSON.stringify({ lang: "en", theme: "dark" })),
    );
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Exams", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // Another screen's address shows no Home title while its code loads.
    await page.goto("/study");
    await expect(page.getByRole("link", { name: "Study" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  });

  test("a keyboard user who tabbed into the shell keeps focus when the app takes over", async ({
    page,
  }) => {
    // The app's code is held back until the shell's skip link has focus.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Neither "load" nor DOMContentLoaded comes while a module script is held back.
    await page.goto("/", { waitUntil: "commit" });
    await expect(page.locator("main .static-home h1")).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "本文へ移動" });
    await expect(skip).toBeFocused();
    await expect(page.locator("main .static-home")).toHaveCount(1);
    release();
    // The app's own Home replaced the shell, and the skip link (the app's now) has focus.
    await expect(page.locator("main .static-home")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "試験", exact: true })).toBeVisible();
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: /^CLF-C02 / })).toBeFocused();
  });
});
