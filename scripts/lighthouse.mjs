// npm run lighthouse [-- /path …] [--no-build]: Lighthouse 12 (default mobile emulation)
// against the production build served by `vite preview`, in Debian's Chromium. Prints a
// table per page and, as its last line, one JSON object with the scores and timings.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { startPreview } from "./preview-server.mjs";

const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith("/"));
if (paths.length === 0) paths.push("/");
const { base, stop } = await startPreview(4176, { build: !args.includes("--no-build") });
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  const results = [];
  for (const path of paths) {
    const { lhr } = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    results.push({
      path,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
      failing,
    });
  }
  console.log("path                 perf  a11y  best   LCP ms  TBT ms  failing audits");
  for (const r of results) {
    console.log(
      `${r.path.padEnd(20)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.lcpMs).padStart(7)}  ${String(r.tbtMs).padStart(6)}  ${r.failing.join(", ") || "-"}`,
    );
  }
  const worst = (k) => Math.min(...results.map((r) => r[k]));
  console.log(
    JSON.stringify({
      performance: worst("performance"),
      accessibility: worst("accessibility"),
      bestPractices: worst("bestPractices"),
      lcpMs: Math.max(...results.map((r) => r.lcpMs)),
      tbtMs: Math.max(...results.map((r) => r.tbtMs)),
      pages: results.map((r) => r.path),
    }),
  );
} finally {
  await chrome?.kill();
  stop();
}
