// lighthousePerformance, lcpMs, tbtMs: Lighthouse 12 with its default mobile emulation
// (simulated slow 4G and 4× CPU slowdown) on Home, as scripts/lighthouse.mjs runs it.
// Median of RUNS, each field on its own: TBT follows the machine's load closely.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";

const RUNS = 5;

export async function lighthouseHome(base) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${base}/`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
      });
      runs.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
        tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
      });
    }
    return runs;
  } finally {
    await chrome.kill();
  }
}
