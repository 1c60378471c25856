/**
 * The benchmark's page (built by scripts/bench/build.mjs, served at /__bench/ on the app's
 * own origin): it runs the app's modules in real Chromium and exposes window.bench for
 * Playwright. It seeds the app's database ("zenkan") so the real app can be measured with
 * a large bank and a long history, and times what is easier to time from inside: drawing a
 * form, an import, readiness, and plain IndexedDB beside them.
 */

import { ZenkanDatabase } from "../../../src/db/dexie/database.ts";
import { rebuildSeen } from "../../../src/db/dexie/form-index.ts";
import { openRepositories } from "../../../src/db/dexie/repositories.ts";
import { BUNDLED_POLICY, checkBankText } from "../../../src/domain/bank/validate.ts";
import { bankRecords } from "../../../src/state/bank-sync.ts";
import { catalog } from "../../../src/state/catalog.ts";
import { examOf, NOW } from "./common.ts";
import { formAssembly } from "./form-bench.ts";
import { generateBank, generateHistory } from "./generate.ts";
import { armClickPut, importBench, putLatency } from "./raw-indexeddb.ts";
import { readinessBench } from "./readiness-bench.ts";

function bankOf(code: string, items: number) {
  const exam = examOf(code);
  const bank = generateBank(exam, items, 1);
  return { exam, bank, ...bankRecords(bank, "imported", "bench", NOW) };
}

/**
 * Stores in database `db`: `items` generated items (checked as the bank checker checks a
 * bundled bank) and a history of `responses` answers, with the attempts, review log and
 * cards their submits wrote; then the app folds the log into its readiness sums.
 */
async function seed(db: string, code: string, items: number, responses: number) {
  const t0 = performance.now();
  const { exam, bank, record, questions } = bankOf(code, items);
  const json = JSON.stringify(bank);
  const { issues } = checkBankText("bench.json", json, catalog, BUNDLED_POLICY);
  if (issues.length) throw new Error(`generated bank is invalid: ${JSON.stringify(issues[0])}`);
  await ZenkanDatabase.delete(db);
  const repos = openRepositories(db);
  await repos.banks.replace(record, questions);
  const history = generateHistory(exam, bank.questions, responses, NOW, 2);
  const dexie = new ZenkanDatabase(db);
  for (let i = 0; i < history.responses.length; i += 10_000) {
    await dexie.responses.bulkAdd(history.responses.slice(i, i + 10_000));
    await dexie.reviewLog.bulkAdd(history.reviewLog.slice(i, i + 10_000));
  }
  await dexie.attempts.bulkAdd(history.attempts);
  await dexie.cards.bulkAdd(history.cards);
  // The attempts were written directly: their exam's seen ids are derived as a restore does.
  await dexie.transaction("rw", dexie.attempts, dexie.seen, () =>
    rebuildSeen(dexie.attempts, dexie.seen),
  );
  dexie.close();
  await repos.readiness.rebuild();
  return {
    items: questions.length,
    responses: history.responses.length,
    reviews: history.reviewLog.length,
    cards: history.cards.length,
    attempts: history.attempts.length,
    itemJsonBytes: Math.round(new TextEncoder().encode(json).length / questions.length),
    ms: performance.now() - t0,
  };
}

async function importItems(code: string, items: number, runs: number) {
  const { record, questions } = bankOf(code, items);
  return importBench(record, questions, runs);
}

let clickPut: () => number | null = () => null;
/** Arms #put-on-click for one timed put; clickPutMs() reads the result. */
async function armPutOnClick() {
  const button = document.getElementById("put-on-click");
  if (!button) throw new Error("the harness page has no #put-on-click");
  clickPut = await armClickPut(button);
}

const bench = {
  seed,
  formAssembly,
  readiness: readinessBench,
  importItems,
  putLatency,
  armPutOnClick,
  clickPutMs: () => clickPut(),
};
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.body.dataset.ready = "true";
