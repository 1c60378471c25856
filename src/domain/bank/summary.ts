import type { Catalog } from "../catalog/schema.ts";
import { LANGS, type Lang } from "../text.ts";
import type { Bank } from "./schema.ts";
import { ITEM_TYPES, type ItemType } from "./schema.ts";
import { isAwsDocUrl, itemTexts } from "./validate.ts";

/** Per-exam counts for the bank check's table: domain mix against weights, types, languages. */
export interface ExamSummary {
  exam: string;
  items: number;
  domains: { id: string; count: number; percent: number; target: number }[];
  types: Record<ItemType, number>;
  cases: number;
  /** Items whose every text exists in this language. */
  complete: Record<Lang, number>;
  withAwsReference: number;
}

export function summarize(catalog: Catalog, banks: readonly Bank[]): ExamSummary[] {
  return catalog.exams.map((exam) => {
    const qs = banks.filter((b) => b.exam === exam.code).flatMap((b) => b.questions);
    const types = Object.fromEntries(ITEM_TYPES.map((t) => [t, 0])) as Record<ItemType, number>;
    const complete = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
    const cases = new Set<string>();
    let withAwsReference = 0;
    for (const q of qs) {
      types[q.type]++;
      if (q.caseId) cases.add(q.caseId);
      if (q.references.some(isAwsDocUrl)) withAwsReference++;
      for (const lang of LANGS) {
        let all = true;
        for (const [, t] of itemTexts(q)) if (t[lang] === undefined) all = false;
        if (all) complete[lang]++;
      }
    }
    return {
      exam: exam.code,
      items: qs.length,
      domains: exam.domains.map((d) => {
        const count = qs.filter((q) => q.domain === d.id).length;
        return {
          id: d.id,
          count,
          percent: qs.length ? (100 * count) / qs.length : 0,
          target: d.weight,
        };
      }),
      types,
      cases: cases.size,
      complete,
      withAwsReference,
    };
  });
}
