// npm run screenshots:import: imports a Markdown practice exam with problems in the
// production build: the preview with its line-numbered problems, then the imported bank
// mapped to an exam, in English and Japanese at 360×740, into screenshots/.
import { screenshotWalk } from "./shots.mjs";

const FILE = "tests/fixtures/import/lettered.md";
await screenshotWalk("import", async ({ base, browser, shot }) => {
  for (const locale of ["en-US", "ja-JP"]) {
    const lang = locale.slice(0, 2);
    const page = await browser.newPage({ locale, viewport: { width: 360, height: 740 } });
    await page.goto(`${base}/banks`);
    await page.locator(".banks .cards li").first().waitFor();
    await page.locator(".import input[type=file]").setInputFiles(FILE);
    await page.locator(".import-preview").waitFor();
    await page.locator(".import-preview").scrollIntoViewIfNeeded();
    await page.locator(".import-preview h3").evaluate((el) => el.scrollIntoView());
    await shot(page, `preview-${lang}`);
    await page.locator(".problems").scrollIntoViewIfNeeded();
    await shot(page, `problems-${lang}`);
    await page.locator(".import-preview button.primary").click();
    const bank = page.locator(".imported-bank").first();
    await bank.waitFor();
    await bank.locator("select").first().selectOption("CLF-C02");
    await bank.locator("select").nth(1).waitFor();
    await bank.locator("select").nth(1).selectOption({ index: 2 });
    await bank.locator("details summary").click();
    await bank.locator(".mapping li").first().waitFor();
    await bank.locator(".mapping li").first().locator("select").selectOption({ index: 1 });
    await page.waitForTimeout(300);
    await bank.evaluate((el) => el.scrollIntoView());
    await shot(page, `mapped-${lang}`);
    await shot(page, `mapped-full-${lang}`, true);
    await page.close();
  }
});
