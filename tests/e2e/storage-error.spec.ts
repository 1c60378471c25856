import { expect, test } from "@playwright/test";

test.use({ locale: "en-US" });

test("a full disk during an exam gets a clear message, and what was saved before survives", async ({
  page,
}) => {
  // Simulate a device whose storage fills up: while the flag is set, every IndexedDB write fails
  // the way a real quota error does.
  await page.addInitScript(() => {
    const w = window as unknown as { __quotaFull?: boolean };
    for (const method of ["put", "add"] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore["put"]>
      ) {
        if (w.__quotaFull)
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      };
    }
  });
  await page.goto("/exam/CLF-C02");
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  const choose = (await page.locator(".options .choose").textContent()) ?? "";
  const need = Number(choose.match(/Choose (\d+)/)?.[1] ?? 1);
  for (let k = 1; k <= need; k++) await page.keyboard.press(String(k));
  await expect(page.locator(".option.checked")).toHaveCount(need);
  const saved = await page.locator(".option.checked .text").allTextContents();

  await page.evaluate(() => {
    (window as unknown as { __quotaFull: boolean }).__quotaFull = true;
  });
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "This device's storage is full, so your last change was not saved. Free some space (or delete imported banks you no longer need), then try again. Everything saved before is safe.",
  );
  // The flag was not stored, so it is not shown as set.
  await expect(page.getByRole("button", { name: "Flag for review" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );

  await page.evaluate(() => {
    (window as unknown as { __quotaFull: boolean }).__quotaFull = false;
  });
  await page.reload();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page.locator(".option.checked .text")).toHaveText(saved);
  await expect(page.getByRole("button", { name: "Flag for review" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
});
