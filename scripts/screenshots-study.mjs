// npm run screenshots:study: a practice session in the production build, then the due
// queue and the mistakes notebook, in English and Japanese at 360×740, into screenshots/.
// The clock is fixed and then moved on, so answered cards have come due.
import { screenshotWalk } from "./shots.mjs";

const T0 = Date.parse("2026-11-26T09:00:00Z");
await screenshotWalk("study", async ({ base, browser, shot }) => {
  for (const locale of ["en-US", "ja-JP"]) {
    const lang = locale.slice(0, 2);
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
    await context.clock.setFixedTime(T0);
    const page = await context.newPage();
    await page.goto(`${base}/study`);
    const form = page.locator(".practice-form");
    await form.locator("select").first().waitFor();
    await form.locator("select").first().selectOption("SAA-C03");
    await form.locator("select").last().selectOption("5");
    await form.locator("button.primary").click();
    for (let i = 0; i < 5; i++) {
      await page
        .locator(".study-card .option")
        .nth(i % 3)
        .click();
      if (i === 1) {
        // Checked once stored: the box follows storage, not the click.
        await page.locator(".study-card .unsure input").click();
        await page.locator(".study-card .unsure input:checked").waitFor();
      }
      await page.locator(".study-card .run-actions button.primary").first().click();
      await page.locator(".feedback h2").waitFor();
      if (i === 0) {
        await shot(page, `practice-answered-${lang}`);
        await page.locator(".item-tools details").last().locator("summary").click();
        await page.locator(".item-tools").scrollIntoViewIfNeeded();
        await shot(page, `practice-tools-${lang}`);
      }
      await page.locator(".study-card > .run-actions button.primary").click();
    }
    await page.locator(".session-summary").waitFor();
    await shot(page, `summary-${lang}`);
    await context.clock.setFixedTime(T0 + 11 * 60_000);
    await page.goto(`${base}/study`);
    await page.locator(".due .due-total").waitFor();
    await page.locator(".due").scrollIntoViewIfNeeded();
    await shot(page, `due-${lang}`);
    await page.goto(`${base}/study/mistakes`);
    await page.locator(".mistake-group").first().waitFor();
    await shot(page, `mistakes-${lang}`);
    await context.close();
  }
});
