// coldOfflineStartMs: a returning learner opening the app with no network. One visit
// online installs the service worker (it precaches the whole app); then the context goes
// offline and, for each sample, every service worker is stopped (so its start-up counts,
// as after a phone has closed it) and a new page opens Home.
// "Interactive" = from navigation start until the app's Home <h1> is in the DOM (not the
// static shell's, which index.html carries and which no click can drive) and a click on the
// "Study" nav link, dispatched in the first task after that, has been handled by the app's
// router (location.pathname is /study). Median of SAMPLES.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";

const SAMPLES = 9;

function interactiveProbe() {
  const s = {};
  window.__start = s;
  const mo = new MutationObserver(() => {
    const h1 = [...document.querySelectorAll("main h1")].find((h) => !h.closest(".static-home"));
    if (s.h1At || !h1) return;
    s.h1At = performance.now();
    mo.disconnect();
    setTimeout(() => {
      document.querySelector('nav a[href="/study"]')?.click();
      if (location.pathname === "/study") s.handledAt = performance.now();
      else s.error = "a click on the Study link did not navigate";
    }, 0);
  });
  mo.observe(document, { childList: true, subtree: true });
}

/** @returns {Promise<{ samples: object[] }>} */
export async function offlineStart(base, log) {
  const dir = mkdtempSync(join(tmpdir(), "zenkan-bench-offline-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    viewport: { width: 360, height: 740 },
  });
  try {
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(`${base}/`);
    // The worker registers once the page is idle after load; it controls the page only
    // after its install (the precache) finished.
    await first.waitForFunction(() => navigator.serviceWorker?.controller, null, {
      timeout: 60_000,
    });
    await context.setOffline(true);
    const samples = [];
    for (let i = 0; i < SAMPLES; i++) {
      const page = await context.newPage();
      if (i === 0) await first.close();
      const cdp = await context.newCDPSession(page);
      await cdp.send("ServiceWorker.enable");
      await cdp.send("ServiceWorker.stopAllWorkers");
      await page.addInitScript(interactiveProbe);
      await page.goto(`${base}/`);
      const handle = await page.waitForFunction(
        () => window.__start.handledAt || window.__start.error,
        null,
        {
          timeout: 30_000,
        },
      );
      if (typeof (await handle.jsonValue()) === "string") throw new Error(await handle.jsonValue());
      samples.push(
        await page.evaluate(async () => ({
          ...window.__start,
          responseEnd: performance.getEntriesByType("navigation")[0]?.responseEnd,
          // A URL the precache does not hold must fail: proof the page really is offline.
          network: await fetch(`/version.json?bench=${Math.random()}`).then(
            () => "reachable",
            () => "offline",
          ),
        })),
      );
      await page.close();
    }
    const online = samples.filter((s) => s.network !== "offline").length;
    if (online) throw new Error(`${online} of ${SAMPLES} samples could still reach the network`);
    log(
      `cold offline starts (ms, index.html from the stopped service worker / app's h1 / ` +
        `interactive): ${samples.map((s) => `${Math.round(s.responseEnd)}/${Math.round(s.h1At)}/${Math.round(s.handledAt)}`).join(", ")}`,
    );
    return samples;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
