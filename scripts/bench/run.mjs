// npm run bench: the performance budgets of issue 11, measured in Debian's headless
// Chromium against a production build. Prints what it does, a table (field, value,
// target, ok/over) and, as its last line, one JSON object of the figures (null where a
// measurement failed, with the reason above). Exits 0 whether or not targets are met;
// 1 only when it cannot run (no Chromium, the build fails, the port is taken).
// Ports: 4177 (the preview), 4178 (the bare React page). Takes 2–4 minutes here. See README "Benchmarks".
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath, haveChromium } from "../chromium.mjs";
import { appPhase, EXAM } from "./app-phase.mjs";
import { buildAll, serve } from "./build.mjs";
import { initialJs } from "./initial-js.mjs";
import { lighthouseHome } from "./lighthouse.mjs";
import { offlineStart } from "./offline-start.mjs";
import { median, quantile, report } from "./report.mjs";

const PORT = 4177;
const log = (line) => console.log(`· ${line}`);
const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")} (1/5/15 min)`;
const med = (xs) => median(xs.filter(Number.isFinite));
const fail = (what, e) =>
  log(`${what}: FAILED, ${e instanceof Error ? e.message.split("\n")[0] : e}`);

if (!haveChromium()) {
  console.error(
    `bench: no Chromium at ${chromiumPath()} (apt-get install chromium, or set CHROME_PATH)`,
  );
  process.exit(1);
}
console.log(`machine: ${cpus().length} CPUs, ${load()} at start`);
const probe = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
console.log(`browser: Chromium ${probe.version()}, headless`);
await probe.close();

const out = mkdtempSync(join(tmpdir(), "zenkan-bench-"));
let server;
try {
  const t0 = Date.now();
  const dirs = await buildAll(out);
  log(`built the app, the harness and a bare React page in ${Date.now() - t0} ms`);
  server = await serve(dirs.app, PORT);
} catch (e) {
  console.error(`bench: cannot run: ${e instanceof Error ? e.message : e}`);
  rmSync(out, { recursive: true, force: true });
  await server?.stop();
  process.exit(1);
}

const v = {};
try {
  const app = initialJs(join(out, "app"));
  const bare = initialJs(join(out, "bare"));
  log(`initial JS: ${app.files.map((f) => `${f.file} ${f.gzip} B`).join(", ")}`);
  log(`bare React: ${bare.files.map((f) => `${f.file} ${f.gzip} B`).join(", ")}`);
  Object.assign(v, {
    initialJsGzipBytes: app.gzipBytes,
    bareReactJsGzipBytes: bare.gzipBytes,
    initialJsRatio: app.gzipBytes / bare.gzipBytes,
  });
} catch (e) {
  fail("initial JS", e);
}

// Lighthouse first, while the machine is quietest: the phases after it seed a large
// database and drive Chromium for minutes, and what they leave running (the load average
// stays up for a minute or more) shows in Total Blocking Time, not in the app.
try {
  log(`${load()} before Lighthouse`);
  const runs = await lighthouseHome(server.base);
  log(
    `Lighthouse runs (perf / LCP / TBT): ${runs.map((r) => `${r.performance}/${r.lcpMs}/${r.tbtMs}`).join(", ")}`,
  );
  v.lighthousePerformance = med(runs.map((r) => r.performance));
  v.lcpMs = med(runs.map((r) => r.lcpMs));
  v.tbtMs = med(runs.map((r) => r.tbtMs));
} catch (e) {
  fail("Lighthouse", e);
}
// The floor beside it: the bare React page, same Lighthouse, right after. What React's own
// start-up costs under the 4× CPU slowdown on this machine now, which no app code can go under.
let bareServer;
try {
  bareServer = await serve(join(out, "bare"), PORT + 1);
  const runs = await lighthouseHome(bareServer.base);
  log(
    `platform floor: the bare React page, same Lighthouse (perf / LCP / TBT): ` +
      `${runs.map((r) => `${r.performance}/${r.lcpMs}/${r.tbtMs}`).join(", ")}; median TBT ` +
      `${med(runs.map((r) => r.tbtMs))} ms`,
  );
} catch (e) {
  fail("Lighthouse of the bare React page", e);
} finally {
  await bareServer?.stop();
}

try {
  const starts = await offlineStart(server.base, log);
  v.coldOfflineStartMs = med(starts.map((s) => s.handledAt));
} catch (e) {
  fail("cold offline start", e);
}

try {
  const r = await appPhase(server.base, log);
  for (const [what, why] of Object.entries(r.errors)) fail(what, why);
  const h = r.harness;
  if (h) {
    const ms = (xs) => `${med(xs).toFixed(1)} ms`;
    log(
      `form: startAttempt over ${h.form.items} stored ${EXAM} items, median of ${h.form.total.length}: ` +
        `${ms(h.form.total)}; its parts, each timed apart: item index ${ms(h.form.entries)}, seen ids ` +
        `${ms(h.form.seen)}, drawing ${ms(h.form.select)}, reading the chosen items ` +
        `${ms(h.form.itemsRead)}, storing the attempt ${ms(h.form.create)}; reading the whole ` +
        `bank instead: ${ms(h.form.wholeBank)}`,
    );
    v.formAssemblyMs = med(h.form.total);
    const appMs = med(h.imports.appMs);
    const rawMs = med(h.imports.rawMs);
    log(
      `import of ${10_000} items, median of ${h.imports.appMs.length}: BankRepository.replace ${Math.round(appMs)} ms, raw IndexedDB ${Math.round(rawMs)} ms`,
    );
    v.importItemsPerSec = 10_000 / (appMs / 1000);
    v.rawIndexedDbItemsPerSec = 10_000 / (rawMs / 1000);
    v.importVsRawIndexedDb = rawMs / appMs;
    log(
      `AttemptRepository.saveResponse alone (the app's answer write, outside the app), median of ` +
        `${h.form.saveResponse.length}: ${med(h.form.saveResponse).toFixed(1)} ms (p95 ${quantile(h.form.saveResponse, 0.95).toFixed(1)})`,
    );
    const p = h.put;
    log(
      `platform floor: one small raw IndexedDB put, committed, median of ${p.default.length}: ` +
        `${med(p.default).toFixed(1)} ms (p95 ${quantile(p.default, 0.95).toFixed(1)}); ` +
        `with durability "relaxed" ${med(p.relaxed).toFixed(1)} ms (p95 ${quantile(p.relaxed, 0.95).toFixed(1)}); ` +
        `started by a click, click → committed: ${med(p.fromClick).toFixed(1)} ms (p95 ${quantile(p.fromClick, 0.95).toFixed(1)})`,
    );
    const rd = h.readiness;
    log(
      `readiness of ${EXAM} (${rd.status}): stored sums read + readinessFromStats, median of ` +
        `${rd.fromStats.length}: ${med(rd.fromStats).toFixed(2)} ms; the readiness view's whole ` +
        `load (examReadiness), median of ${rd.view.length}: ${Math.round(med(rd.view))} ms; the sums ` +
        `rebuilt from the whole review log (ReadinessRepository.rebuild): ${Math.round(rd.rebuildMs)} ms`,
    );
    v.readinessRecomputeMs = med(rd.fromStats);
  }
  if (r.walk) {
    const persist = r.walk.answers.map((a) => a.commit - a.click);
    const write = r.walk.answers.map((a) => a.commit - a.write);
    const paint = r.walk.nexts.map((n) => n.painted - n.click);
    const dom = r.walk.nexts.map((n) => n.shown - n.click);
    log(
      `answer → committed, ${persist.length} samples: median ${med(persist).toFixed(1)} ms, p95 ${quantile(persist, 0.95).toFixed(1)} ms, max ${Math.max(...persist).toFixed(1)} ms; the write alone: median ${med(write).toFixed(1)} ms`,
    );
    log(
      `Next → stem painted, ${paint.length} samples: median ${med(paint).toFixed(1)} ms (stem in the DOM: ${med(dom).toFixed(1)} ms), p95 ${quantile(paint, 0.95).toFixed(1)} ms`,
    );
    v.answerPersistMedianMs = med(persist);
    v.answerPersistP95Ms = quantile(persist, 0.95);
    v.nextQuestionRenderMs = med(paint);
  }
  if (r.heapMb != null) v.jsHeapMb = r.heapMb;
} catch (e) {
  fail("app measurements", e);
}

await server.stop();
rmSync(out, { recursive: true, force: true });
console.log(`\nmachine: ${cpus().length} CPUs, ${load()} at end`);
const json = report(v);
console.log(JSON.stringify(json));
