/**
 * readinessRecomputeMs: readiness of one exam as the app computes it now: its stored
 * per-exam sums read from IndexedDB (ReadinessRepository.stats) and readinessFromStats.
 * Beside it, for the notes: the readiness view's whole load (examReadiness: the sums, the
 * exam's review cards, the bank counts and its attempts), and the sums rebuilt from the
 * whole review log (ReadinessRepository.rebuild, as after a restore), what readiness would
 * cost without them.
 */
import { openRepositories } from "../../../src/db/dexie/repositories.ts";
import { emptyStats, readinessFromStats } from "../../../src/domain/readiness/model.ts";
import { examReadiness, readinessExam } from "../../../src/state/readiness.ts";
import { configureStorage } from "../../../src/state/storage.ts";
import { examOf, ms, NOW } from "./common.ts";

export async function readinessBench(db: string, code: string, runs: number) {
  const exam = examOf(code);
  const repos = openRepositories(db);
  configureStorage(() => Promise.resolve(repos));
  const fromStats: number[] = [];
  let status = "";
  for (let i = 0; i < runs; i++) {
    const [t, r] = await ms(async () => {
      const stats = await repos.readiness.stats(code);
      return readinessFromStats(readinessExam(exam), stats ?? emptyStats(), { now: NOW });
    });
    fromStats.push(t);
    status =
      r.status === "estimate"
        ? `estimate, from ${Math.round(r.evidence)} weighted answers`
        : r.status;
  }
  const view: number[] = [];
  for (let i = 0; i < 5; i++) view.push((await ms(() => examReadiness(code, NOW)))[0]);
  const [rebuildMs] = await ms(() => repos.readiness.rebuild());
  return { fromStats, status, view, rebuildMs };
}
