import { z } from "zod";

/**
 * The exam catalog (question-banks/catalog.json): every fact about an exam's format,
 * domains, fees and renewal lives there as data with its source, never in code.
 */

const Localized = z
  .object({ en: z.string().min(1).optional(), ja: z.string().min(1).optional() })
  .strict()
  .refine((t) => t.en !== undefined || t.ja !== undefined, "needs text in at least one language");

export const EXAM_LEVELS = ["foundational", "associate", "professional", "specialty"] as const;
export const CATALOG_ITEM_TYPES = [
  "single",
  "multiple",
  "ordering",
  "matching",
  "case-study",
] as const;

const Domain = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a domain id is lower-case words joined by '-'"),
    name: Localized,
    weight: z.number().positive().max(100),
  })
  .strict();

const RenewalEdge = z
  .object({ exam: z.string(), source: z.string().min(1), note: z.string().optional() })
  .strict();

const isoDate = z.iso.date();

const Exam = z
  .object({
    code: z.string().regex(/^[A-Z]{3}-C\d{2}$/, "an exam code looks like SAA-C03"),
    family: z.string().regex(/^[A-Z]{3}$/),
    name: Localized,
    level: z.enum(EXAM_LEVELS),
    status: z.enum(["active", "retired"]),
    retiredOn: isoDate.optional(),
    items: z.object({ scored: z.int().positive(), unscored: z.int().nonnegative() }).strict(),
    minutes: z.int().positive(),
    passMark: z.int(),
    itemTypes: z.array(z.enum(CATALOG_ITEM_TYPES)).min(1),
    domains: z.array(Domain).min(1),
    fees: z.object({ jpy: z.int().positive(), usd: z.number().positive() }).strict(),
    renews: z.array(RenewalEdge),
    guide: z.url(),
    sources: z.array(z.string().min(1)).min(1),
    asOf: isoDate,
    uncertain: z.array(z.string()).optional(),
    notes: Localized.optional(),
    /** Share of scored items that must be right to reach the pass mark (see domain/exam). */
    rawCut: z.number().gt(0).lt(1).optional(),
  })
  .strict()
  .superRefine((exam, ctx) => {
    const total = exam.domains.reduce((sum, d) => sum + d.weight, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({
        code: "custom",
        path: ["domains"],
        message: `domain weights add up to ${total}, not 100`,
      });
    }
    const seen = new Set<string>();
    exam.domains.forEach((d, i) => {
      if (seen.has(d.id))
        ctx.addIssue({
          code: "custom",
          path: ["domains", i, "id"],
          message: `duplicate domain id "${d.id}"`,
        });
      seen.add(d.id);
    });
    if (exam.family !== exam.code.slice(0, 3)) {
      ctx.addIssue({
        code: "custom",
        path: ["family"],
        message: `family "${exam.family}" does not match code ${exam.code}`,
      });
    }
    const n = exam.items.scored + exam.items.unscored;
    if (n !== 65 && n !== 75) {
      ctx.addIssue({
        code: "custom",
        path: ["items"],
        message: `an exam has 65 or 75 items, not ${n}`,
      });
    }
    if (exam.status === "retired" && !exam.retiredOn) {
      ctx.addIssue({
        code: "custom",
        path: ["retiredOn"],
        message: "a retired exam needs retiredOn",
      });
    }
  });

export const CatalogSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    asOf: isoDate,
    scaledScore: z.object({ min: z.int(), max: z.int() }).strict(),
    certificationValidityYears: z.int().positive(),
    renewalReminderMonths: z.int().positive(),
    retakeWaitDays: z.int().nonnegative(),
    eslExtraMinutes: z.int().nonnegative(),
    voucherDiscountPercent: z.number().min(0).max(100),
    consumptionTaxPercent: z.number().min(0).max(100),
    sources: z.record(z.string(), z.string()),
    feesNote: Localized,
    exams: z.array(Exam).min(1),
  })
  .strict()
  .superRefine((cat, ctx) => {
    const codes = new Map<string, number>();
    cat.exams.forEach((e, i) => {
      if (codes.has(e.code))
        ctx.addIssue({
          code: "custom",
          path: ["exams", i, "code"],
          message: `duplicate exam code ${e.code}`,
        });
      codes.set(e.code, i);
    });
    cat.exams.forEach((e, i) => {
      if (e.passMark <= cat.scaledScore.min || e.passMark >= cat.scaledScore.max) {
        ctx.addIssue({
          code: "custom",
          path: ["exams", i, "passMark"],
          message: `pass mark ${e.passMark} is outside the scaled score range`,
        });
      }
      e.renews.forEach((edge, j) => {
        if (!codes.has(edge.exam)) {
          ctx.addIssue({
            code: "custom",
            path: ["exams", i, "renews", j, "exam"],
            message: `renewal edge names unknown exam ${edge.exam}`,
          });
        } else if (edge.exam === e.code) {
          ctx.addIssue({
            code: "custom",
            path: ["exams", i, "renews", j, "exam"],
            message: "an exam cannot list itself as renewed (it always renews itself)",
          });
        }
      });
    });
  });

export type Catalog = z.infer<typeof CatalogSchema>;
export type ExamInfo = Catalog["exams"][number];
export type ExamDomain = ExamInfo["domains"][number];
export type ExamLevel = (typeof EXAM_LEVELS)[number];
export type CatalogItemType = (typeof CATALOG_ITEM_TYPES)[number];
