import raw from "../../question-banks/catalog.json";
import type { Catalog, ExamInfo, ExamLevel } from "../domain/catalog/schema.ts";

/**
 * The exam catalog, shipped inside the app (a few kilobytes) so Home can list every exam
 * on the first paint without waiting for storage. It is validated by the tests and by
 * `npm run banks:check`, so the app does not carry a validator for it.
 */
export const catalog = raw as unknown as Catalog;

export const LEVEL_ORDER: readonly ExamLevel[] = [
  "foundational",
  "associate",
  "professional",
  "specialty",
];

export function findExam(code: string): ExamInfo | undefined {
  return catalog.exams.find((e) => e.code === code);
}
