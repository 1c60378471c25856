import { expect, type Page, test } from "@playwright/test";

test.use({ locale: "en-US" });

/** Opens an exam's start page once the bundled banks are in storage, and starts a timed form. */
async function startExam(page: Page, code: string) {
  await page.goto(`/exam/${code}`);
  const start = page.getByRole("button", { name: "Start exam" });
  await expect(start).toBeEnabled({ timeout: 15_000 });
  await start.focus();
  await page.keyboard.press("Enter");
  const counter = page.getByText(/^Question 1 of \d+$/);
  await expect(counter).toBeVisible();
  return Number((await counter.textContent())?.match(/of (\d+)/)?.[1]);
}

/** Answers the item on screen with the keyboard only, whatever its type. */
async function answerWithKeyboard(page: Page) {
  const choose = page.locator(".options .choose");
  if (await choose.count()) {
    const text = (await choose.textContent()) ?? "";
    const n = Number(text.match(/Choose (\d+)/)?.[1] ?? 1);
    for (let k = 1; k <= n; k++) await page.keyboard.press(String(k));
    return;
  }
  const keep = page.getByRole("button", { name: "Use this order" });
  if (await keep.count()) {
    await page
      .getByRole("button", { name: /^Move .* down$/ })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    return;
  }
  const selects = page.locator(".matching select");
  for (let k = 0; k < (await selects.count()); k++) {
    await selects.nth(k).focus();
    await page.keyboard.press("ArrowDown");
  }
}

async function press(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).focus();
  await page.keyboard.press("Enter");
}

/** Presses Next and waits until the next item (or the review) is on screen: a move is shown once stored. */
async function next(page: Page) {
  const before = await page.locator(".counter").textContent();
  await press(page, "Next");
  await expect(page.locator(".counter")).not.toHaveText(before ?? "");
}

const timeLeftSeconds = async (page: Page) => {
  const [h, m, s] = ((await page.getByRole("timer").textContent()) ?? "").split(":").map(Number);
  return s === undefined ? (h ?? 0) * 60 + (m ?? 0) : (h ?? 0) * 3600 + (m ?? 0) * 60 + s;
};

for (const [code, size] of [
  ["SAA-C03", 65],
  ["SAP-C02", 75],
] as const) {
  test(`sits a whole ${code} form (${size} items) with the keyboard only, from start to score report`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const total = await startExam(page, code);
    expect(total).toBe(size);
    await expect(page.getByRole("timer")).toBeVisible();
    for (let i = 1; i <= total; i++) {
      await expect(page.getByText(`Question ${i} of ${total}`, { exact: true })).toBeVisible();
      await answerWithKeyboard(page);
      await expect(page.getByText("Saved", { exact: true })).toBeVisible();
      if (i === 2) await press(page, "Flag for review");
      // Nothing on the exam screen tells right from wrong, or scored from unscored.
      await expect(page.locator("main")).not.toContainText(/Correct answer|Unscored|Explanation/);
      await next(page);
    }
    await expect(page.getByRole("heading", { name: "Review", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Unanswered (0)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Flagged for review (1)" })).toBeVisible();
    await press(page, "Submit exam");
    const dialog = page.getByRole("dialog", { name: "Submit the exam?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Submit exam" }).focus();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1, name: /Score report/ })).toBeVisible();
    await expect(page.locator(".score .result")).toHaveText(/^(Pass|Fail)$/);
    await expect(page.locator(".rating").first()).toHaveText(
      /Meets Competencies|Needs Improvement|no scored questions/,
    );
    await expect(page.locator(".report-item")).toHaveCount(total);
    expect(
      await page.locator(".report-item .tag", { hasText: "Unscored" }).count(),
    ).toBeGreaterThan(0);
    await page.getByRole("radio", { name: "Flagged" }).check();
    await expect(page.locator(".report-item")).toHaveCount(1);
    await expect(page.locator(".report-item").first()).toContainText("Question 2");

    // The report reopens from the exam's history.
    await page.goto(`/exam/${code}`);
    await page
      .getByRole("link", { name: /Pass|Fail/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /Score report/ })).toBeVisible();
  });
}

test("a reload mid-exam restores answers, flags, position and time left", async ({ page }) => {
  const total = await startExam(page, "SAA-C03");
  for (let i = 1; i <= 3; i++) {
    await answerWithKeyboard(page);
    if (i === 2) await press(page, "Flag for review");
    await next(page);
  }
  await expect(page.getByText(`Question 4 of ${total}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const before = await timeLeftSeconds(page);
  const mapBefore = await page
    .locator(".map .cell")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));

  await page.reload();
  await expect(page.getByText(`Question 4 of ${total}`, { exact: true })).toBeVisible();
  const after = await timeLeftSeconds(page);
  expect(Math.abs(before - after)).toBeLessThanOrEqual(2);
  const mapAfter = await page
    .locator(".map .cell")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(mapAfter).toEqual(mapBefore);
  expect(mapAfter.slice(0, 4)).toEqual([
    "Question 1: answered",
    "Question 2: answered, flagged",
    "Question 3: answered",
    "Question 4: unanswered",
  ]);
});

test("closing the page without unload handlers loses nothing: Resume exam restores it", async ({
  page,
  context,
}) => {
  const total = await startExam(page, "SAP-C02");
  await answerWithKeyboard(page);
  await next(page);
  await answerWithKeyboard(page);
  await press(page, "Flag for review");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const before = await timeLeftSeconds(page);
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto("/exam/SAP-C02");
  await again.getByRole("button", { name: "Resume exam" }).click();
  await expect(again.getByText(`Question 2 of ${total}`, { exact: true })).toBeVisible();
  await expect(again.getByRole("button", { name: "Flag for review" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(Math.abs(before - (await timeLeftSeconds(again)))).toBeLessThanOrEqual(2);
  const labels = await again
    .locator(".map .cell")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(labels.slice(0, 3)).toEqual([
    "Question 1: answered",
    "Question 2: answered, flagged",
    "Question 3: unanswered",
  ]);
});

test("warns at 10 and 5 minutes and submits by itself when time runs out", async ({ page }) => {
  await page.clock.install();
  await startExam(page, "SAA-C03");
  await answerWithKeyboard(page);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const left = await timeLeftSeconds(page);
  await page.clock.fastForward((left - 10 * 60 + 1) * 1000);
  await expect(page.getByRole("alert")).toContainText("10 minutes left.");
  await page.clock.fastForward(5 * 60 * 1000);
  await expect(page.getByRole("alert")).toContainText("5 minutes left.");
  await page.clock.fastForward(6 * 60 * 1000);
  await expect(page.getByRole("heading", { level: 1, name: /Score report/ })).toBeVisible();
  await expect(page.getByText("Submitted automatically when time ran out.")).toBeVisible();
});

test("a deadline that passed while the page was closed submits the attempt when it is reopened", async ({
  page,
  context,
}) => {
  await page.clock.install();
  await startExam(page, "DVA-C02");
  await answerWithKeyboard(page);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const url = page.url();
  const left = await timeLeftSeconds(page);
  await page.close({ runBeforeUnload: false });
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + (left + 60) * 1000 });
  await later.goto(url);
  await expect(later.getByText("Submitted automatically when time ran out.")).toBeVisible();
});

test("a second tab says the exam is open elsewhere and can take it over with nothing lost", async ({
  page,
  context,
}) => {
  const total = await startExam(page, "SAA-C03");
  await answerWithKeyboard(page);
  await press(page, "Flag for review");
  await next(page);
  await expect(page.getByText(`Question 2 of ${total}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole("alert")).toHaveText(/open in another tab or window/);
  await second.getByRole("button", { name: "Continue here" }).click();
  await expect(second.getByText(`Question 2 of ${total}`, { exact: true })).toBeVisible();
  const labels = await second
    .locator(".map .cell")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(labels[0]).toBe("Question 1: answered, flagged");
  await expect(page.getByRole("alert")).toHaveText(/taken over in another tab/);
});

test("practice mode is labelled, untimed, and pauses", async ({ page }) => {
  await page.goto("/exam/CLF-C02");
  await page.getByRole("radio", { name: /Practice/ }).check();
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page.getByText("Practice: untimed, not the real format")).toBeVisible();
  await expect(page.getByRole("timer", { name: "Time spent" })).toBeVisible();
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByText("Paused. The clock is stopped.")).toBeVisible();
  await expect(page.locator(".stem")).toHaveCount(0);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".stem")).toBeVisible();
});

test("the exam, review and report work at 360 px and have no WCAG 2.1 AA violations", async ({
  page,
}) => {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const scan = async (where: string) => {
    const r = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(r.violations.map((v) => `${where} ${v.id}: ${v.help}`)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter(
          (e) => e.getBoundingClientRect().right + window.scrollX > 361 && !e.closest("nav li"),
        )
        .slice(0, 3)
        .map((e) => `${e.tagName}.${e.className}: ${(e.textContent ?? "").slice(0, 40)}`),
    );
    expect(width, `${where}: ${wide.join(" | ")}`).toBeLessThanOrEqual(360);
  };
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/exam/MLA-C01");
  await expect(page.getByRole("button", { name: "Start exam" })).toBeEnabled({ timeout: 15_000 });
  await scan("start");
  const total = await startExam(page, "MLA-C01");
  let scannedCase = false;
  for (let i = 1; i <= total; i++) {
    await answerWithKeyboard(page);
    if (i === 1) {
      await page.locator(".map summary").click();
      await scan(`item ${i}`);
    } else if (!scannedCase && (await page.locator(".case").count())) {
      scannedCase = true;
      await scan(`case item ${i}`);
    }
    await next(page);
    await expect(page.locator(".counter")).toHaveText(
      i < total ? `Question ${i + 1} of ${total}` : "Review",
    );
  }
  await scan("review");
  await press(page, "Submit exam");
  await page.getByRole("dialog").getByRole("button", { name: "Submit exam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Score report/ })).toBeVisible();
  await scan("report");
});
