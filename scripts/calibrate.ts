/**
 * npm run calibrate — a benchmark of the readiness model, not a test.
 *
 * Simulates learners of SAA-C03 with known, uneven skill per domain who study for 60 days
 * (answering items of varied difficulty while their skill grows), then sit a full form of
 * 50 scored items scored by the app's own scaled-score code. The model's pass probability
 * before the form is compared with what happened, and with an oracle that knows each
 * learner's true skill (its pass probability from many simulated forms). Prints a table and,
 * as the last line, one JSON object: brier, brierOracle, ece (10 equal-width bins),
 * passRate, scoreMae (predicted vs actual scaled score), learners.
 */
import { readFileSync } from "node:fs";
import { CatalogSchema } from "../src/domain/catalog/schema.ts";
import { domainQuota } from "../src/domain/exam/quota.ts";
import { scaledScore } from "../src/domain/exam/scoring.ts";
import { seededRng } from "../src/domain/random.ts";
import { type AnswerEvent, readiness } from "../src/domain/readiness/model.ts";

const LEARNERS = Number(process.argv[2] ?? 1000);
const ORACLE_FORMS = 300;
const DAY = 86_400_000;
const catalog = CatalogSchema.parse(
  JSON.parse(readFileSync("question-banks/catalog.json", "utf8")),
);
const found = catalog.exams.find((e) => e.code === "SAA-C03");
if (!found) throw new Error("SAA-C03 missing from the catalog");
const exam = found;
const cut = exam.rawCut ?? exam.passMark / 1000;
const rng = seededRng(20261126);
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
const quota = [...domainQuota(exam.items.scored, exam.domains).values()];

function sitForm(skill: number[]): number {
  let right = 0;
  quota.forEach((n, d) => {
    for (let i = 0; i < n; i++) if (rng() < chance(skill[d] ?? 0.5, 0.6 * normal())) right++;
  });
  return right / exam.items.scored;
}

const rows: { p: number; oracle: number; passed: number; predicted: number; actual: number }[] = [];
let skipped = 0;
for (let l = 0; l < LEARNERS; l++) {
  const ability = 0.66 + 0.09 * normal();
  const start = exam.domains.map(() => clamp(ability + 0.08 * normal()));
  const gain = exam.domains.map(() => 0.08 * rng());
  const days = 60;
  const now = Date.UTC(2026, 10, 26);
  const answers: AnswerEvent[] = [];
  const count = 40 + Math.floor(rng() * 260);
  for (let k = 0; k < count; k++) {
    const day = rng() * days;
    const d = pickDomain();
    const s = clamp((start[d] ?? 0.5) + (gain[d] ?? 0) * (day / days));
    answers.push({
      domain: exam.domains[d]?.id ?? "",
      correct: rng() < chance(s, 0.6 * normal()),
      at: now - (days - day) * DAY,
    });
  }
  const final = start.map((s, d) => clamp(s + (gain[d] ?? 0)));
  const r = readiness(
    {
      passMark: exam.passMark,
      rawCut: exam.rawCut,
      scoredItems: exam.items.scored,
      domains: exam.domains,
    },
    answers,
    { now },
  );
  if (r.status !== "estimate") {
    skipped++;
    continue;
  }
  let passes = 0;
  for (let f = 0; f < ORACLE_FORMS; f++) if (sitForm(final) >= cut) passes++;
  const share = sitForm(final);
  const actual = scaledScore(share, exam.passMark, cut);
  rows.push({
    p: r.passProbability,
    oracle: passes / ORACLE_FORMS,
    passed: actual >= exam.passMark ? 1 : 0,
    predicted: r.scaled,
    actual,
  });
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const brier = mean(rows.map((r) => (r.p - r.passed) ** 2));
const brierOracle = mean(rows.map((r) => (r.oracle - r.passed) ** 2));
const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
for (const r of rows) {
  const b = bins[Math.min(9, Math.floor(r.p * 10))];
  if (!b) continue;
  b.n++;
  b.p += r.p;
  b.y += r.passed;
}
const ece = bins.reduce(
  (s, b) => s + (b.n ? (b.n / rows.length) * Math.abs(b.p / b.n - b.y / b.n) : 0),
  0,
);
const passRate = mean(rows.map((r) => r.passed));
const scoreMae = mean(rows.map((r) => Math.abs(r.predicted - r.actual)));

console.log(
  `SAA-C03, ${rows.length} learners with estimates (${skipped} had not enough data), ${ORACLE_FORMS} oracle forms each`,
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
  `ECE ${ece.toFixed(4)} (target ≤ 0.05); pass rate ${(passRate * 100).toFixed(1)}% (target 35–65%); score MAE ${scoreMae.toFixed(1)}`,
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
