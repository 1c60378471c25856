// Renders public/favicon.svg into the PNG icons the web app manifest needs, with
// Debian's Chromium (no image tools needed). Run once after changing the icon:
//   node scripts/make-icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const svg = readFileSync("public/favicon.svg", "utf8");
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const [name, size, padding] of [
  ["icon-192.png", 192, 0],
  ["icon-512.png", 512, 0],
  // Maskable: the symbol inside the central 80% safe zone, on the brand colour.
  ["icon-maskable-512.png", 512, 0.12],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<html><body style="margin:0;background:#0b5cad"><div style="position:absolute;inset:${inset}px">${svg.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body></html>`,
  );
  await page.screenshot({ path: `public/${name}`, omitBackground: false });
  console.log(`public/${name}`);
}
await browser.close();
