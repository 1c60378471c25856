// npm run screenshots:exam [-- CODE]: walks a mock exam in the production build and saves
// screenshots of the start screen, one item of each type, the question map, the review
// screen and the score report, in English and Japanese at 360×740, into screenshots/.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { startPreview } from "./preview-server.mjs";

const code = process.argv.slice(2).find((a) => /^[A-Z]{3}-C\d{2}$/.test(a)) ?? "AIF-C01";
const { base, stop } = await startPreview(4174);
const shot = async (page, name) => {
  const path = `screenshots/exam-${code}-${name}.png`;
  await page.screenshot({ path, fullPage: name.startsWith("start") });
  console.log(path);
};
try {
  mkdirSync("screenshots", { recursive: true });
  // A form may lack an item type this time: never leave an older run's picture behind.
  for (const f of readdirSync("screenshots"))
    if (f.startsWith(`exam-${code}-`)) rmSync(`screenshots/${f}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  for (const locale of ["en-US", "ja-JP"]) {
    const lang = locale.slice(0, 2);
    const page = await browser.newPage({ locale, viewport: { width: 360, height: 740 } });
    await page.goto(`${base}/exam/${code}`);
    const start = page.locator(".start button.primary").last();
    await start.waitFor();
    await page.waitForFunction(() => !document.querySelector(".start button.primary:disabled"));
    await shot(page, `start-${lang}`);
    await start.click();
    await page.locator(".counter").waitFor();
    const seen = new Set();
    const total = await page.locator(".map .cell").count();
    for (let i = 0; i < total; i++) {
      const type = (await page.locator(".ordering").count())
        ? "ordering"
        : (await page.locator(".matching").count())
          ? "matching"
          : (await page.locator(".options input[type=checkbox]").count())
            ? "multiple"
            : "single";
      const kind = (await page.locator(".case").count()) ? `case-${type}` : type;
      await page.keyboard.press("2");
      if (type === "ordering") await page.locator(".ordering .moves button").nth(1).click();
      if (type === "matching") {
        const n = await page.locator(".matching select").count();
        for (let k = 0; k < n; k++)
          await page
            .locator(".matching select")
            .nth(k)
            .selectOption({ index: (k % 2) + 1 });
      }
      if (i === 1) await page.locator("button[aria-pressed]").click();
      if (!seen.has(kind)) {
        seen.add(kind);
        await page.waitForTimeout(100);
        await shot(page, `${kind}-${lang}`);
      }
      const before = await page.locator(".counter").textContent();
      await page.locator(".run-actions button.primary").click();
      await page.waitForFunction(
        (b) => document.querySelector(".counter")?.textContent !== b,
        before,
      );
    }
    await page.locator(".map summary").click();
    await page.waitForTimeout(100);
    await shot(page, `review-map-${lang}`);
    await page.locator(".review > .run-actions button.primary").click();
    await page.waitForTimeout(200);
    await shot(page, `confirm-${lang}`);
    await page.locator("dialog button.primary").click();
    await page.locator(".score").waitFor();
    await shot(page, `report-${lang}`);
    await page
      .locator(".score")
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY));
    await shot(page, `report-domains-${lang}`);
    await page
      .locator(".filters")
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
    await shot(page, `report-items-${lang}`);
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
