import { expect, test } from "@playwright/test";

test.use({ locale: "en-US" });

test("import a Markdown practice exam: preview with line-numbered problems, save the valid items, map them to an exam", async ({
  page,
}) => {
  await page.goto("/banks");
  await expect(page.getByRole("heading", { name: "Included with Zenkan" })).toBeVisible();
  await expect(page.locator(".banks .cards li").first()).toBeVisible({ timeout: 15_000 });

  // A file cancelled at the preview leaves nothing behind.
  // The file input, by its label (Chromium gives a file input the role of a button).
  const input = page.getByRole("button", { name: "Import question bank" });
  await expect(input).toHaveAttribute("type", "file");
  await input.setInputFiles("tests/fixtures/import/lettered.md");
  await expect(page.getByText("7 questions found")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator(".imported-bank")).toHaveCount(0);

  await input.setInputFiles("tests/fixtures/import/lettered.md");
  const preview = page.locator(".import-preview");
  await expect(preview.getByText("7 questions found")).toBeVisible();
  await expect(preview.getByText("4 can be imported.")).toBeVisible();
  const problems = preview.getByRole("list", { name: "Problems" }).getByRole("listitem");
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText("Line 37");
  await expect(problems.nth(0)).toContainText("The number of keys does not match");
  await expect(problems.nth(1)).toContainText("Line 45");
  await expect(problems.nth(2)).toContainText("Line 47");
  await expect(problems.nth(2)).toContainText("No answer key");
  await preview.getByLabel("Bank title").fill("My practice exam");
  await preview.getByRole("button", { name: "Import 4 questions" }).click();
  await expect(page.getByText("Imported 4 questions as “My practice exam”.")).toBeVisible();

  const bank = page.locator(".imported-bank");
  await expect(bank).toHaveCount(1);
  await expect(bank.getByRole("heading", { name: "My practice exam" })).toBeVisible();
  await bank.getByRole("combobox", { name: /^Mapped to exam/ }).selectOption("CLF-C02");
  await bank
    .getByRole("combobox", { name: /^Put every question in domain/ })
    .selectOption({ label: "Cloud Concepts" });
  await bank.getByText("Map questions one by one").click();
  await expect(bank.getByRole("combobox", { name: "Domain of question 1" })).toHaveValue(/\w/);

  // Stored: still there, mapped, after a reload; and counted in the exam's bank.
  await page.reload();
  await expect(
    page.locator(".imported-bank").getByRole("combobox", { name: /^Mapped to exam/ }),
  ).toHaveValue("CLF-C02");
  await page.goto("/exam/CLF-C02");
  await expect(page.getByText("96 questions", { exact: true })).toBeVisible();

  // Pasted text works the same way.
  await page.goto("/banks");
  await page.locator(".paste summary").click();
  await page
    .getByRole("textbox", { name: "Paste text instead" })
    .fill(
      "Which service stores objects?\nA. Amazon S3\nB. Amazon EBS\nANSWER: A\n\nWhich is a CDN?\nA. Amazon CloudFront\nB. AWS Glue\nANSWER: C\n",
    );
  await page.getByRole("button", { name: "Read pasted text" }).click();
  await expect(page.getByText("2 questions found")).toBeVisible();
  await expect(page.locator(".problems li")).toContainText("Line 9");
});

test("a 5 MB file is parsed in a worker, with progress, and previewed", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("/banks");
  await expect(page.locator(".banks .cards li").first()).toBeVisible({ timeout: 15_000 });
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    blocks.push(
      `Question number ${i} about service ${(i * 2_654_435_761).toString(36)} and its ${i % 7} quirks, in a long enough stem to weigh like a real one?\nA. First option ${i}\nB. Second option ${i}\nC. Third option ${i}\nANSWER: ${"ABC"[i % 3]}\n`,
    );
    size += (blocks.at(-1)?.length ?? 0) + 1;
  }
  const text = blocks.join("\n");
  expect(text.length).toBeGreaterThan(5_000_000);
  await page.getByRole("button", { name: "Import question bank" }).setInputFiles({
    name: "big.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(text),
  });
  await expect(
    page.getByRole("status").filter({ hasText: /Reading the file… \d+%/ }),
  ).toBeVisible();
  await expect(
    page.getByText(`${blocks.length.toLocaleString("en-US")} questions found`),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(workers.some((u) => /import-worker/.test(u))).toBe(true);
});
