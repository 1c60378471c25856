// What the walk-through screenshot scripts share: the production build served on port
// 4174, Debian's Chromium, and a `shot` that saves screenshots/<prefix>-<name>.png.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { startPreview } from "./preview-server.mjs";

/** Runs `walk({ base, browser, shot })`, then closes the browser and the server. */
export async function screenshotWalk(prefix, walk) {
  const { base, stop } = await startPreview(4174);
  let browser;
  try {
    mkdirSync("screenshots", { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const shot = async (page, name, fullPage = false) => {
      const path = `screenshots/${prefix}-${name}.png`;
      // Let a transition or a late layout settle before the picture.
      await page.waitForTimeout(200);
      await page.screenshot({ path, fullPage });
      console.log(path);
    };
    await walk({ base, browser, shot });
  } finally {
    await browser?.close();
    stop();
  }
}
