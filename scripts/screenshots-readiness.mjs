// npm run screenshots:readiness: three CLF-C02 mock exams a few days apart, answered by a
// learner who gets better (right with chance 0.5, 0.65, 0.8, keys read from the stored
// form), then the readiness view and the Home dashboard, in English and Japanese at
// 360×740, into screenshots/.
import { screenshotWalk } from "./shots.mjs";

const CODE = "CLF-C02";
const T0 = Date.parse("2026-11-02T09:00:00Z");
const DAY = 86_400_000;
const LETTERS = "ABCDEFGHIJ";

/** Letters of the key for every item of the attempt on screen, in form order. */
async function keys(page) {
  const id = new URL(page.url()).pathname.split("/").pop();
  return page.evaluate(
    (attemptId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("zenkan");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("forms").objectStore("forms").get(attemptId);
          get.onsuccess = () => {
            const form = get.result;
            resolve(
              form.items.map((q) => q.answer.map((k) => "ABCDEFGHIJ"[form.order[q.id].indexOf(k)])),
            );
          };
        };
      }),
    id,
  );
}

let seed = 7;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

async function sitExam(page, base, skill) {
  await page.goto(`${base}/exam/${CODE}`);
  const start = page.locator(".start button.primary").last();
  await start.waitFor();
  await page.waitForFunction(() => !document.querySelector(".start button.primary:disabled"));
  await start.click();
  await page.locator(".counter").waitFor();
  const answer = await keys(page);
  for (const key of answer) {
    const right = random() < skill;
    const letters = right
      ? key
      : [LETTERS[(LETTERS.indexOf(key[0]) + 1) % 4], ...key.slice(1)].slice(0, key.length);
    for (const l of letters) await page.keyboard.press(l);
    const before = await page.locator(".counter").textContent();
    await page.locator(".run-actions button.primary").click();
    await page.waitForFunction(
      (b) => document.querySelector(".counter")?.textContent !== b,
      before,
    );
  }
  await page.locator(".review > .run-actions button.primary").click();
  await page.locator("dialog button.primary").click();
  await page.locator(".score").waitFor();
}

await screenshotWalk("readiness", async ({ base, browser, shot }) => {
  for (const locale of ["en-US", "ja-JP"]) {
    const lang = locale.slice(0, 2);
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const [i, skill] of [0.5, 0.65, 0.8].entries()) {
      await context.clock.setFixedTime(T0 + i * 4 * DAY);
      await sitExam(page, base, skill);
    }
    const now = T0 + 9 * DAY;
    await context.clock.setFixedTime(now);
    await page.goto(`${base}/study`);
    const form = page.locator(".exam-date-form");
    await form.locator("select").selectOption(CODE);
    await form
      .locator("input[type=date]")
      .fill(new Date(now + 24 * DAY).toISOString().slice(0, 10));
    await form.locator("button").click();
    await page.locator(".exam-dates li").waitFor();
    await page.goto(`${base}/readiness/${CODE}`);
    await page.locator(".readiness-score").waitFor();
    await shot(page, `view-${lang}`);
    await page.locator("#readiness-domains").scrollIntoViewIfNeeded();
    await shot(page, `domains-${lang}`);
    await page.locator(".trend svg").scrollIntoViewIfNeeded();
    await shot(page, `trend-${lang}`);
    await page.goto(`${base}/`);
    const card = page.locator(".exam-card").filter({ hasText: CODE });
    await card.locator(".exam-progress").waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, `dashboard-${lang}`);
    await context.close();
  }
});
