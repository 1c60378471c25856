import { expect, type Page, test } from "@playwright/test";

test.use({ locale: "en-US" });
test.setTimeout(120_000);

/**
 * Script-injection payloads of many kinds, each setting window.__xss (or opening a dialog)
 * if it ever runs. Bank text must be shown as text: none may run, none may become markup.
 */
const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=2">`,
  `<svg onload="window.__xss=3">`,
  `<svg><script>window.__xss=4</script></svg>`,
  `<iframe src="javascript:top.__xss=5"></iframe>`,
  `<a href="javascript:window.__xss=6">link six</a>`,
  `[link seven](javascript:window.__xss=7)`,
  `<body onload="window.__xss=8">`,
  `<div style="background:url(javascript:window.__xss=9)">nine</div>`,
  `<style>@import 'javascript:window.__xss=10';</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=11">`,
  `<details open ontoggle="window.__xss=12">`,
  `<input autofocus onfocus="window.__xss=13">`,
  `<video><source onerror="window.__xss=14"></video>`,
  `<audio src=x onerror="window.__xss=15">`,
  `<object data="javascript:window.__xss=16"></object>`,
  `<embed src="javascript:window.__xss=17">`,
  `<form action="javascript:window.__xss=18"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=19">`,
  `<marquee onstart="window.__xss=20">`,
  `"><script>window.__xss=21</script>`,
  `'';!--"<XSS>=&{()} alert(22)`,
  `<scr<script>ipt>window.__xss=23</scr</script>ipt>`,
  `<IMG SRC="jav&#x09;ascript:window.__xss=24">`,
  `<img src="x" onerror="&#119;indow.__xss=25">`,
  `{{constructor.constructor('window.__xss=26')()}}`,
  "${window.__xss=27}",
  `<base href="javascript:window.__xss=28//">`,
  `<link rel="stylesheet" href="javascript:window.__xss=29">`,
  `<svg><animate onbegin="window.__xss=30" attributeName="x" dur="1s">`,
  `<x onclick="window.__xss=31">click me</x>`,
  `javascript:window.__xss=32`,
  `data:text/html,<script>window.__xss=33</script>`,
  `<div onmouseover="window.__xss=34">hover</div>`,
  `<svg><style>*{background:url(javascript:window.__xss=35)}</style></svg>`,
  `<template><img src=x onerror="window.__xss=36"></template>`,
];

const WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "glade", "heron", "inlet"];
/** A stem unlike every other one, so no item is taken for a near-duplicate of another. */
const unique = (i: number) =>
  `${WORDS[i % 9]} ${WORDS[(i * 4 + 1) % 9]} ${(i * 104_729).toString(36)} ${(i * 7_919 + 13).toString(36)} ${i}`;

function markdown(indices: number[]): string {
  return indices
    .map((i) => {
      const p = PAYLOADS[i] ?? "";
      return `### Which option is right for case ${unique(i)}? ${p}\n\n- [x] ${p} right ${i}\n- [ ] wrong answer for ${unique(i)}\n\nBecause ${p} see https://docs.aws.amazon.com/general/latest/gr/aws-general.pdf\n`;
    })
    .join("\n");
}

const half = PAYLOADS.length / 2;
const studyItems = Array.from({ length: half }, (_, i) => i);
const examItems = Array.from({ length: PAYLOADS.length - half }, (_, i) => i + half);

async function assertInert(page: Page, where: string) {
  const report = await page.evaluate(() => {
    const onAttributes = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name.startsWith("on"))
        .map((a) => `${el.tagName} ${a.name}`),
    );
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      onAttributes,
      bodyScripts: document.body.querySelectorAll("script").length,
      injected: document.querySelectorAll(
        "main iframe, main object, main embed, main img, main video, main audio, main marquee, main x, main math, main base, main template, main form[action^='javascript']",
      ).length,
      jsLinks: document.querySelectorAll("a[href^='javascript'], a[href^='data']").length,
    };
  });
  expect(report, where).toEqual({
    xss: null,
    onAttributes: [],
    bodyScripts: 0,
    injected: 0,
    jsLinks: 0,
  });
}

async function importFile(page: Page, name: string, indices: number[], exam: string) {
  await page.goto("/banks");
  await expect(page.locator(".banks .cards li").first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole("combobox", { name: /^For exam/ }).selectOption(exam);
  await page.getByRole("button", { name: "Import question bank" }).setInputFiles({
    name,
    mimeType: "text/markdown",
    buffer: Buffer.from(markdown(indices)),
  });
  await expect(page.getByText(`${indices.length} questions found`)).toBeVisible();
  await assertInert(page, `preview of ${name}`);
  await page.getByRole("button", { name: `Import ${indices.length} questions` }).click();
  await expect(page.getByText(`Imported ${indices.length} questions`)).toBeVisible();
}

test("bank text carrying script-injection payloads is shown as text in study and exam screens, and never runs", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);

  // Half for study, not mapped to an exam.
  await importFile(page, "study.md", studyItems, "");
  await page.goto("/study");
  const form = page.locator(".practice-form");
  await form
    .getByRole("combobox", { name: /^Exam/ })
    .selectOption({ label: "Imported, not mapped to an exam" });
  await form.getByRole("combobox", { name: /^Number of questions/ }).selectOption("20");
  await form.getByRole("button", { name: "Start practice" }).click();
  for (let i = 0; i < studyItems.length; i++) {
    await expect(
      page.getByText(`Question ${i + 1} of ${studyItems.length}`, { exact: true }),
    ).toBeVisible();
    await page.locator(".study-card .option").first().click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.locator(".feedback")).toContainText("Because");
    await assertInert(page, `study item ${i + 1}`);
    await page.locator(".study-card > .run-actions button.primary").click();
  }
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  // Shown as the very text the file had.
  await page.goto("/study/mistakes");
  await assertInert(page, "mistakes notebook");

  // The other half mapped to CLF-C02 and one of its domains, so mock exams draw them.
  await importFile(page, "exam.md", examItems, "CLF-C02");
  const bank = page
    .locator(".imported-bank")
    .filter({ has: page.getByRole("heading", { name: "exam", exact: true }) });
  await bank
    .getByRole("combobox", { name: /^Put every question in domain/ })
    .selectOption({ label: "Cloud Concepts" });
  await bank.getByText("Map questions one by one").click();
  await assertInert(page, "imported bank's items");
  for (let i = 1; i <= examItems.length; i++)
    await expect(
      bank.getByRole("combobox", { name: `Domain of question ${i}`, exact: true }),
    ).not.toHaveValue("");
  await page.goto("/exam/CLF-C02");
  await page.getByRole("button", { name: "Start exam" }).click();
  const total = Number(
    (await page.getByText(/^Question 1 of \d+$/).textContent())?.split(" of ")[1],
  );
  let seen = 0;
  for (let i = 0; i < total; i++) {
    const stem = (await page.locator(".stem").textContent()) ?? "";
    if (stem.includes("__xss") || stem.includes("XSS")) {
      seen++;
      // The payload is on screen as the very characters the file had.
      expect(
        PAYLOADS.some((p) => stem.includes(p)),
        stem,
      ).toBe(true);
      await page.locator(".option").first().click();
      await assertInert(page, `exam item ${i + 1}`);
    }
    await page.locator(".run-actions button.primary").click();
  }
  expect(seen, "payload items drawn into the mock exam").toBeGreaterThan(0);
  await page.locator(".review > .run-actions button.primary").click();
  await page.locator("dialog button.primary").click();
  await expect(page.locator(".score")).toBeVisible();
  await assertInert(page, "score report");
  expect(dialogs).toEqual([]);
});
