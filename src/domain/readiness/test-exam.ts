import type { ReadinessExam } from "./model.ts";

/** SAA-C03 as the readiness tests use it: its pass mark, scored items and domain weights. */
export const SAA: ReadinessExam = {
  passMark: 720,
  scoredItems: 50,
  domains: [
    { id: "secure", weight: 30 },
    { id: "resilient", weight: 26 },
    { id: "high-performing", weight: 24 },
    { id: "cost-optimized", weight: 20 },
  ],
};
