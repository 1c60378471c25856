// Everything measured with a large bank and a long history stored: in one Chromium profile
// on disk (a persistent context: Playwright's ordinary contexts keep IndexedDB in memory,
// which no phone does), the harness page seeds the app's database and times form
// assembly, import and readiness; then the real app runs a full mock exam, timing every
// answer and every "Next", and its heap is read after the readiness view.
// The service worker is blocked here: it would answer /__bench/ with the app's index.html,
// and it plays no part in these figures (coldOfflineStartMs is measured on its own).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";

export const EXAM = "SAP-C02"; // a 75-item form (65 scored + 10 unscored)
const ITEMS = 10_000;
const RESPONSES = 100_000;

/** Installed in the app page: the click that starts a sample, and when a new stem paints. */
function probe() {
  const b = { clickAt: null, stem: null };
  window.__bench = b;
  addEventListener(
    "click",
    (e) => {
      if (b.clickAt === null) b.clickAt = e.timeStamp; // the label's click, not the input's echo
    },
    true,
  );
  new MutationObserver(() => {
    const id = document.querySelector(".stem")?.id;
    if (!id || id === b.stem?.id) return;
    const stem = { id, shownAt: performance.now(), paintedAt: null };
    b.stem = stem;
    // rAF runs just before the frame that shows the stem; a task posted from it runs once
    // that frame is done: "painted" is that moment.
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        stem.paintedAt = performance.now();
      };
      ch.port2.postMessage(0);
    });
  }).observe(document, { childList: true, subtree: true });
}

const poll = { polling: 10, timeout: 15_000 };

async function harness(context, base, log) {
  const page = await context.newPage();
  await page.goto(`${base}/__bench/index.html`);
  await page.waitForSelector("body[data-ready]");
  const run = (fn, ...args) => page.evaluate(([f, a]) => window.bench[f](...a), [fn, args]);
  const seed = await run("seed", "zenkan", EXAM, ITEMS, RESPONSES);
  log(
    `seeded "zenkan": ${seed.items} ${EXAM} items (≈${seed.itemJsonBytes} B of JSON each); ` +
      `${seed.responses} responses in ${seed.attempts} submitted attempts, with their ` +
      `${seed.reviews} review log entries, ${seed.cards} cards and readiness sums (${Math.round(seed.ms)} ms)`,
  );
  const form = await run("formAssembly", "zenkan", EXAM, 20);
  const readiness = await run("readiness", "zenkan", EXAM, 20);
  const imports = await run("importItems", EXAM, ITEMS, 5);
  const put = await run("putLatency", 50);
  put.fromClick = [];
  for (let i = 0; i < 30; i++) {
    await run("armPutOnClick");
    await page.locator("#put-on-click").click();
    const ms = await page.waitForFunction(() => window.bench.clickPutMs(), null, poll);
    put.fromClick.push(await ms.jsonValue());
  }
  await page.close();
  return { seed, form, readiness, imports, put };
}

async function walk(page, base, log) {
  await page.goto(`${base}/exam/${EXAM}`);
  const start = page.locator(".start button.primary").last();
  await start.waitFor({ timeout: 120_000 }); // bundled banks load, then the 10,000 items are read
  await page.waitForFunction(() => !document.querySelector(".start button.primary:disabled"));
  await start.click();
  await page.locator(".counter").waitFor({ timeout: 60_000 });
  const total = await page.locator(".map .cell").count();
  const answers = [];
  const nexts = [];
  for (let i = 0; i < total; i++) {
    await page.evaluate(() => {
      window.__bench.clickAt = null;
      performance.clearMarks("zenkan:response-write");
      performance.clearMarks("zenkan:response-committed");
    });
    await page.locator(".options label.option").first().click();
    const a = await page.waitForFunction(
      () => {
        const [w] = performance.getEntriesByName("zenkan:response-write");
        const [c] = performance.getEntriesByName("zenkan:response-committed");
        return c && w && { click: window.__bench.clickAt, write: w.startTime, commit: c.startTime };
      },
      null,
      poll,
    );
    answers.push(await a.jsonValue());
    const prev = await page.evaluate(() => {
      window.__bench.clickAt = null;
      return window.__bench.stem?.id;
    });
    await page.locator(".run-actions button.primary").click();
    if (i === total - 1) break; // the last "Next" opens the review screen: no stem
    const n = await page.waitForFunction(
      (p) => {
        const s = window.__bench.stem;
        return (
          s.id !== p &&
          s.paintedAt !== null && {
            click: window.__bench.clickAt,
            shown: s.shownAt,
            painted: s.paintedAt,
          }
        );
      },
      prev,
      poll,
    );
    nexts.push(await n.jsonValue());
  }
  log(`walked a ${total}-item form: ${answers.length} answers, ${nexts.length} page turns`);
  // Submit, so the form is a finished one (report, review cards), as a learner leaves it.
  await page.locator(".review > .run-actions button.primary").click();
  await page.locator("dialog button.primary").click();
  await page.locator(".score").waitFor({ timeout: 60_000 });
  return { answers, nexts };
}

/** JS heap in use after two full collections, MiB, on the readiness view of EXAM. */
async function heapAfterReadiness(page, log) {
  await page.locator('nav a[href="/readiness"]').click();
  await page.waitForFunction(() => location.pathname.startsWith("/readiness"));
  // The view opens on the first exam; the learner's history is in EXAM.
  await page.locator("main h1").waitFor();
  const select = page.locator("main select").first();
  if (await select.count()) {
    await select.selectOption(EXAM);
    await page.waitForFunction((code) => location.pathname === `/readiness/${code}`, EXAM);
  }
  await page
    .locator(".readiness-score")
    .waitFor({ timeout: 30_000 })
    .catch(() => log("readiness view: no .readiness-score appeared; measured as it was"));
  await page.waitForTimeout(1000); // its lazily loaded chart, if any
  const heading = await page.locator("main h1").textContent();
  const elements = await page.locator("main *").count();
  log(
    `readiness view: ${await page.evaluate(() => location.pathname)}, "${heading?.trim()}", ${elements} elements`,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
  const mib = (b) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  log(`JS heap after GC: ${mib(usedSize)} used of ${mib(totalSize)} allocated`);
  return usedSize / 2 ** 20;
}

/** @param {(line: string) => void} log */
export async function appPhase(base, log) {
  const dir = mkdtempSync(join(tmpdir(), "zenkan-bench-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    serviceWorkers: "block",
    viewport: { width: 360, height: 740 },
  });
  const out = { errors: {} };
  const attempt = async (key, job) => {
    try {
      return await job();
    } catch (e) {
      out.errors[key] = e instanceof Error ? e.message.split("\n")[0] : String(e);
      return null;
    }
  };
  try {
    out.harness = await attempt("harness", () => harness(context, base, log));
    if (out.harness) {
      const page = await context.newPage();
      await page.addInitScript(probe);
      out.walk = await attempt("walk", () => walk(page, base, log));
      if (out.walk) out.heapMb = await attempt("heap", () => heapAfterReadiness(page, log));
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
