// The table and the closing JSON line. Targets are the (issue 11), for this
// 2-core machine; a field without one is shown for context.

export const median = (xs) => quantile(xs, 0.5);

/** Nearest-rank quantile: the smallest sample with at least q of the samples at or below. */
export function quantile(xs, q) {
  if (!xs?.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

const TARGETS = {
  initialJsRatio: ["<=", 1.5],
  coldOfflineStartMs: ["<=", 300],
  formAssemblyMs: ["<=", 30],
  answerPersistMedianMs: ["<=", 8],
  answerPersistP95Ms: ["<=", 20],
  nextQuestionRenderMs: ["<=", 16],
  importVsRawIndexedDb: [">=", 0.7],
  readinessRecomputeMs: ["<=", 50],
  lighthousePerformance: [">=", 98],
  tbtMs: ["<=", 50],
  jsHeapMb: ["<=", 40],
};

export const FIELDS = [
  "initialJsGzipBytes",
  "bareReactJsGzipBytes",
  "initialJsRatio",
  "coldOfflineStartMs",
  "formAssemblyMs",
  "answerPersistMedianMs",
  "answerPersistP95Ms",
  "nextQuestionRenderMs",
  "importItemsPerSec",
  "rawIndexedDbItemsPerSec",
  "importVsRawIndexedDb",
  "readinessRecomputeMs",
  "lighthousePerformance",
  "lcpMs",
  "tbtMs",
  "jsHeapMb",
];

/** Rounds to what is worth reading: ratios to 2 decimals, the rest to 1 or whole numbers. */
function tidy(key, v) {
  if (typeof v !== "number" || !Number.isFinite(v)) return null;
  if (key.endsWith("Ratio") || key === "importVsRawIndexedDb") return Math.round(v * 100) / 100;
  if (key.endsWith("Bytes") || key.endsWith("PerSec") || key === "lighthousePerformance")
    return Math.round(v);
  return Math.round(v * 10) / 10;
}

/** Prints the table; returns the JSON object (every field, null when not measured). */
export function report(values) {
  const json = Object.fromEntries(FIELDS.map((k) => [k, tidy(k, values[k])]));
  const rows = FIELDS.map((k) => {
    const t = TARGETS[k];
    const v = json[k];
    const ok =
      !t || v === null
        ? v === null
          ? "FAILED"
          : ""
        : (t[0] === "<=" ? v <= t[1] : v >= t[1])
          ? "ok"
          : "over";
    return [k, v === null ? "null" : String(v), t ? `${t[0]} ${t[1]}` : "-", ok];
  });
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
  console.log(
    `\n${"field".padEnd(w[0])}  ${"value".padStart(w[1])}  ${"target".padEnd(w[2])}  result`,
  );
  for (const r of rows)
    console.log(`${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`);
  return json;
}
