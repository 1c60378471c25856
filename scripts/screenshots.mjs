// npm run screenshots [-- /path …]: builds, serves the production app and saves screenshots
// of each path in English and Japanese, light and dark, at 360×740 and 1280×800 into
// screenshots/. For looking at what a change shows people; not a test.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { startPreview } from "./preview-server.mjs";

const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
if (paths.length === 0) paths.push("/");
const dark = process.argv.includes("--dark");
const { base, stop } = await startPreview(4174);
try {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  for (const locale of ["en-US", "ja-JP"]) {
    for (const [w, h] of [
      [360, 740],
      [1280, 800],
    ]) {
      const context = await browser.newContext({
        locale,
        viewport: { width: w, height: h },
        deviceScaleFactor: 1,
        colorScheme: dark ? "dark" : "light",
      });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(base + path);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
        const name = `screenshots/${path.replace(/\W+/g, "_") || "home"}-${locale.slice(0, 2)}-${w}${dark ? "-dark" : ""}.png`;
        await page.screenshot({ path: name, fullPage: process.argv.includes("--full") });
        console.log(name);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  stop();
}
