// npm test: every test, in order: unit, component and database tests (Vitest, jsdom and
// fake-indexeddb), then browser tests (Playwright in Debian's Chromium against the
// production build). Runs both even if the first fails, and ends with one line of counts.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

// Not under test-results/: Playwright empties that folder when it starts.
const out = ".test-counts";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const unit = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${out}/vitest.json`,
]);
let browser = run("node", ["scripts/ensure-chromium.mjs"]);
if (browser === 0) {
  browser = run("npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
  });
}

const read = (f) => {
  try {
    return JSON.parse(readFileSync(`${out}/${f}`, "utf8"));
  } catch {
    return null;
  }
};
let passed = 0;
let failed = 0;
let skipped = 0;
const v = read("vitest.json");
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
const p = read("playwright.json");
if (p) {
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
}
const ok = unit === 0 && browser === 0;
if (!ok && failed === 0) failed = 1; // a runner that failed before counting still fails the run
console.log(
  `\nunit: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : "did not run"}; browser: ${p ? `${p.stats.expected + p.stats.flaky} passed, ${p.stats.unexpected} failed` : "did not run"}`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
