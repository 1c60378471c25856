/**
 * npm run calibrate [learners] [seed] — a benchmark of the readiness model, not a test.
 *
 * Simulates learners of SAA-C03 with known, uneven skill per domain who study for 60 days
 * (answering items of varied difficulty while their skill grows), then sit a full form
 * (50 scored + 15 unscored items) scored by the app's own scoreForm. The model's pass
 * probability before the form is compared with what happened, and with an oracle that knows
 * each learner's true skill (its pass probability from many simulated forms). Readiness is
 * computed the way the app does it: answers folded into ReadinessStats with addAnswer, then
 * readinessFromStats. Learners are simulated until `learners` (default 1,000) have an
 * estimate; those the model calls "not enough data" are counted, not scored.
 * Prints a table and, as the last line, one JSON object: brier, brierOracle, ece (10
 * equal-width bins), passRate, scoreMae (predicted vs actual scaled score), learners.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Question } from "../src/domain/bank/schema.ts";
import { CatalogSchema } from "../src/domain/catalog/schema.ts";
import { domainQuota } from "../src/domain/exam/quota.ts";
import { type Answer, scaledScore, scoreForm } from "../src/domain/exam/scoring.ts";
import { seededRng } from "../src/domain/random.ts";
import {
  type AnswerEvent,
  addAnswer,
  emptyStats,
  type ReadinessStats,
  readinessFromStats,
} from "../src/domain/readiness/model.ts";

const LEARNERS = Number(process.argv[2] ?? 1000);
const SEED = Number(process.argv[3] ?? 20261126);
const ORACLE_FORMS = 300;
const DAYS = 60;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);
const catalog = CatalogSchema.parse(
  JSON.parse(readFileSync("question-banks/catalog.json", "utf8")),
);
const found = catalog.exams.find((e) => e.code === "SAA-C03");
if (!found) throw new Error("SAA-C03 missing from the catalog");
const exam = found;
const readinessExam = {
  passMark: exam.passMark,
  rawCut: exam.rawCut,
  scoredItems: exam.items.scored,
  domains: exam.domains,
};
const cut = exam.rawCut ?? exam.passMark / 1000;
const rng = seededRng(SEED);
const normal = () => {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
};
const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (p: number) => Math.min(0.98, Math.max(0.05, p));
const weights = exam.domains.map((d) => d.weight / 100);
const pickDomain = () => {
  let r = rng();
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r <= 0) return i;
  }
  return weights.length - 1;
};
/** Chance of answering an item of difficulty b right with skill s (item response: logit shift). */
const chance = (s: number, b: number) => sigmoid(logit(s) - b);
const difficulty = () => 0.6 * normal();
const quota = [...domainQuota(exam.items.scored, exam.domains).values()];

// One form's items: single-choice, key "a"; which domain each scored item is from follows the
// exam's quota. The unscored items are answered like the rest and must not count.
const item = (id: string, domain: string): Question => ({
  id,
  domain,
  type: "single",
  stem: { en: id },
  explanation: { en: id },
  references: [],
  options: [
    { id: "a", text: { en: "a" } },
    { id: "b", text: { en: "b" } },
  ],
  answer: ["a"],
});
const formItems = exam.domains.flatMap((d, i) =>
  Array.from({ length: quota[i] ?? 0 }, (_, k) => ({ q: item(`${d.id}-${k}`, d.id), d: i })),
);
const unscoredItems = Array.from({ length: exam.items.unscored }, (_, k) => ({
  q: item(`unscored-${k}`, exam.domains[k % exam.domains.length]?.id ?? ""),
  d: k % exam.domains.length,
}));
const allItems = [...formItems, ...unscoredItems];
const questions = new Map(allItems.map(({ q }) => [q.id, q]));
const itemIds = allItems.map(({ q }) => q.id);
const unscoredIds = unscoredItems.map(({ q }) => q.id);

/** Sits a full form with the given true skill per domain; the app's scoreForm scores it. */
function sitForm(skill: number[]) {
  const answers = new Map<string, Answer>(
    allItems.map(({ q, d }) => [
      q.id,
      rng() < chance(skill[d] ?? 0.5, difficulty()) ? ["a"] : ["b"],
    ]),
  );
  return scoreForm({ exam, questions, itemIds, unscoredIds, answers });
}
/** The same odds without building answers: the oracle sits hundreds of forms per learner. */
function sitShare(skill: number[]): number {
  let right = 0;
  for (const { d } of formItems) if (rng() < chance(skill[d] ?? 0.5, difficulty())) right++;
  return right / exam.items.scored;
}

const rows: { p: number; oracle: number; passed: number; predicted: number; actual: number }[] = [];
const statsKept: ReadinessStats[] = [];
let simulated = 0;
let skipped = 0;
while (rows.length < LEARNERS && simulated < 10 * LEARNERS) {
  simulated++;
  const ability = 0.66 + 0.09 * normal();
  const start = exam.domains.map(() => clamp(ability + 0.08 * normal()));
  const gain = exam.domains.map(() => 0.08 * rng());
  const answers: AnswerEvent[] = [];
  const count = 40 + Math.floor(rng() * 260);
  for (let k = 0; k < count; k++) {
    const day = rng() * DAYS;
    const d = pickDomain();
    const s = clamp((start[d] ?? 0.5) + (gain[d] ?? 0) * (day / DAYS));
    answers.push({
      domain: exam.domains[d]?.id ?? "",
      correct: rng() < chance(s, difficulty()),
      at: NOW - (DAYS - day) * DAY,
    });
  }
  // In the app each answer updates the stored stats as it is recorded: in time order.
  answers.sort((x, y) => x.at - y.at);
  const stats = answers.reduce((s, e) => addAnswer(s, e), emptyStats());
  const r = readinessFromStats(readinessExam, stats, { now: NOW });
  if (r.status !== "estimate") {
    skipped++;
    continue;
  }
  statsKept.push(stats);
  const final = start.map((s, d) => clamp(s + (gain[d] ?? 0)));
  let passes = 0;
  for (let f = 0; f < ORACLE_FORMS; f++)
    if (scaledScore(sitShare(final), exam.passMark, cut) >= exam.passMark) passes++;
  const report = sitForm(final);
  rows.push({
    p: r.passProbability,
    oracle: passes / ORACLE_FORMS,
    passed: report.passed ? 1 : 0,
    predicted: r.scaled,
    actual: report.scaled,
  });
}

if (rows.length < LEARNERS)
  console.log(
    `only ${rows.length} of ${simulated} simulated learners had enough data for an estimate`,
  );

// Time readinessFromStats alone, as the readiness view will call it on the stored stats.
const CALLS = 100_000;
let sink = 0;
const t0 = performance.now();
for (let i = 0; i < CALLS; i++) {
  const stats = statsKept[i % statsKept.length];
  if (stats) sink += readinessFromStats(readinessExam, stats, { now: NOW }).evidence;
}
const microsPerCall = ((performance.now() - t0) * 1000) / CALLS;
// Using the results keeps the calls from being optimised away, and checks them.
if (!Number.isFinite(sink)) throw new Error("readinessFromStats gave a non-finite evidence");

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const brier = mean(rows.map((r) => (r.p - r.passed) ** 2));
const brierOracle = mean(rows.map((r) => (r.oracle - r.passed) ** 2));
function calibration(prob: (r: (typeof rows)[number]) => number) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const r of rows) {
    const b = bins[Math.min(9, Math.floor(prob(r) * 10))];
    if (!b) continue;
    b.n++;
    b.p += prob(r);
    b.y += r.passed;
  }
  const ece = bins.reduce(
    (s, b) => s + (b.n ? (b.n / rows.length) * Math.abs(b.p / b.n - b.y / b.n) : 0),
    0,
  );
  return { bins, ece };
}
const { bins, ece } = calibration((r) => r.p);
// The oracle's ECE is the noise floor: what sampling alone gives with this many learners.
const eceOracle = calibration((r) => r.oracle).ece;
const passRate = mean(rows.map((r) => r.passed));
const scoreMae = mean(rows.map((r) => Math.abs(r.predicted - r.actual)));

console.log(
  `SAA-C03, seed ${SEED}: ${simulated} learners simulated, ${rows.length} scored, ${skipped} had not enough data; ${ORACLE_FORMS} oracle forms each`,
);
console.log("bin        n   mean p   passed");
bins.forEach((b, i) => {
  if (b.n)
    console.log(
      `${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}  ${String(b.n).padStart(5)}   ${(b.p / b.n).toFixed(3)}    ${(b.y / b.n).toFixed(3)}`,
    );
});
console.log(
  `Brier ${brier.toFixed(4)} (oracle ${brierOracle.toFixed(4)}, ratio ${(brier / brierOracle).toFixed(2)}; target ≤ 1.25)`,
);
console.log(
  `ECE ${ece.toFixed(4)} (target ≤ 0.05; the oracle's own ECE here, i.e. sampling noise, ${eceOracle.toFixed(4)})`,
);
console.log(
  `pass rate ${(passRate * 100).toFixed(1)}% (target 35–65%); score MAE ${scoreMae.toFixed(1)}`,
);
console.log(
  `readinessFromStats: ${microsPerCall.toFixed(2)} µs per call (mean of ${CALLS.toLocaleString("en")} calls on the learners' stats)`,
);
console.log(
  JSON.stringify({
    brier: Number(brier.toFixed(4)),
    brierOracle: Number(brierOracle.toFixed(4)),
    ece: Number(ece.toFixed(4)),
    passRate: Number(passRate.toFixed(4)),
    scoreMae: Number(scoreMae.toFixed(1)),
    learners: rows.length,
  }),
);
