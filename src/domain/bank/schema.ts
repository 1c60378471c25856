import { z } from "zod";

/**
 * Question-bank format v1 (documented in question-banks/README.md).
 * The zod schema checks the shape of one bank and what can be checked inside it alone
 * (keys name existing options, case ids exist, ids are unique in the file). What needs
 * the catalog or other banks (exam, domain, item type, ids across files) is checked in
 * ./validate.ts.
 */

export const ITEM_TYPES = ["single", "multiple", "ordering", "matching"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;

export const LocalizedTextSchema = z
  .object({
    en: z.string().trim().min(1, "empty English text").optional(),
    ja: z.string().trim().min(1, "empty Japanese text").optional(),
  })
  .strict()
  .refine(
    (t) => t.en !== undefined || t.ja !== undefined,
    "needs text in at least one language (en or ja)",
  );

const localId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "an id is letters, digits, '-' or '_'");
const itemId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, "an item id is letters, digits, '.', '-' or '_'");

const Choice = z
  .object({
    id: localId,
    text: LocalizedTextSchema,
    /** Why this option is right or wrong; shown after answering. */
    why: LocalizedTextSchema.optional(),
  })
  .strict();
const Labelled = z.object({ id: localId, text: LocalizedTextSchema }).strict();

const base = {
  id: itemId,
  domain: z.string().min(1),
  caseId: localId.optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  stem: LocalizedTextSchema,
  explanation: LocalizedTextSchema,
  references: z.array(z.url({ protocol: /^https?$/, error: "a reference is an http(s) URL" })),
  tags: z.array(z.string()).optional(),
};

const ChoiceItem = <T extends "single" | "multiple">(type: T) =>
  z
    .object({
      ...base,
      type: z.literal(type),
      options: z.array(Choice).min(2, "needs at least two options").max(10),
      /** Ids of the right options. */
      answer: z.array(localId).min(1, "needs at least one key"),
    })
    .strict();

export const SingleItemSchema = ChoiceItem("single");
export const MultipleItemSchema = ChoiceItem("multiple");

export const OrderingItemSchema = z
  .object({
    ...base,
    type: z.literal("ordering"),
    items: z
      .array(Labelled)
      .min(3, "an ordering item has 3 to 6 steps")
      .max(6, "an ordering item has 3 to 6 steps"),
    /** Ids of `items` in the right order. */
    answer: z.array(localId),
  })
  .strict();

export const MatchingItemSchema = z
  .object({
    ...base,
    type: z.literal("matching"),
    prompts: z
      .array(Labelled)
      .min(3, "a matching item has 3 to 7 prompts")
      .max(7, "a matching item has 3 to 7 prompts"),
    responses: z.array(Labelled).min(2).max(10),
    /** prompt id → response id. */
    answer: z.record(z.string(), localId),
  })
  .strict();

export const QuestionSchema = z.discriminatedUnion(
  "type",
  [SingleItemSchema, MultipleItemSchema, OrderingItemSchema, MatchingItemSchema],
  { error: () => `type must be one of ${ITEM_TYPES.join(", ")}` },
);

const CaseSchema = z
  .object({ id: localId, title: LocalizedTextSchema, scenario: LocalizedTextSchema })
  .strict();

type Ctx = z.core.$RefinementCtx;

function uniqueIds(list: { id: string }[], path: (string | number)[], what: string, ctx: Ctx) {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id))
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "id"],
        message: `duplicate ${what} id "${x.id}"`,
      });
    seen.add(x.id);
  });
}

/** Checks that need the whole item: keys name existing options, counts fit the type. */
function checkItem(q: z.infer<typeof QuestionSchema>, at: (string | number)[], ctx: Ctx) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: [...at, ...path], message });
  if (q.type === "single" || q.type === "multiple") {
    uniqueIds(q.options, [...at, "options"], "option", ctx);
    const ids = new Set(q.options.map((o) => o.id));
    q.answer.forEach((k, i) => {
      if (!ids.has(k))
        issue(["answer", i], `key "${k}" names no option (options are ${[...ids].join(", ")})`);
    });
    if (new Set(q.answer).size !== q.answer.length)
      issue(["answer"], "the key lists an option twice");
    if (q.type === "single" && q.answer.length !== 1) {
      issue(["answer"], `a single item has exactly one key, not ${q.answer.length}`);
    }
    if (q.type === "multiple") {
      if (q.answer.length < 2)
        issue(["answer"], `a multiple item has at least two right answers, not ${q.answer.length}`);
      else if (q.answer.length >= q.options.length)
        issue(["answer"], "a multiple item needs at least one wrong option");
    }
  } else if (q.type === "ordering") {
    uniqueIds(q.items, [...at, "items"], "step", ctx);
    const ids = q.items.map((s) => s.id);
    const key = [...q.answer].sort().join("\n");
    if (key !== [...ids].sort().join("\n")) {
      issue(["answer"], `the key must list every step exactly once (steps are ${ids.join(", ")})`);
    }
  } else {
    uniqueIds(q.prompts, [...at, "prompts"], "prompt", ctx);
    uniqueIds(q.responses, [...at, "responses"], "response", ctx);
    const responses = new Set(q.responses.map((r) => r.id));
    const prompts = new Set(q.prompts.map((p) => p.id));
    for (const p of prompts) {
      if (!(p in q.answer)) issue(["answer"], `prompt "${p}" has no key`);
    }
    for (const [p, r] of Object.entries(q.answer)) {
      if (!prompts.has(p)) issue(["answer", p], `key names no prompt "${p}"`);
      else if (!responses.has(r)) issue(["answer", p], `key "${r}" names no response`);
    }
  }
}

export const BankSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1, { error: "schemaVersion must be 1 (this is format v1)" }),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a bank id is lower-case words joined by '-'"),
    exam: z.string().min(1),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    license: z.string().min(1),
    source: z.string().min(1),
    cases: z.array(CaseSchema).optional(),
    questions: z.array(QuestionSchema).min(1, "a bank has at least one question"),
  })
  .strict()
  .superRefine((bank, ctx) => {
    uniqueIds(bank.questions, ["questions"], "question", ctx);
    uniqueIds(bank.cases ?? [], ["cases"], "case", ctx);
    const cases = new Map((bank.cases ?? []).map((c) => [c.id, 0]));
    bank.questions.forEach((q, i) => {
      checkItem(q, ["questions", i], ctx);
      if (q.caseId !== undefined) {
        const n = cases.get(q.caseId);
        if (n === undefined)
          ctx.addIssue({
            code: "custom",
            path: ["questions", i, "caseId"],
            message: `case "${q.caseId}" is not in this bank's cases`,
          });
        else cases.set(q.caseId, n + 1);
      }
    });
    (bank.cases ?? []).forEach((c, i) => {
      if ((cases.get(c.id) ?? 0) < 2) {
        ctx.addIssue({
          code: "custom",
          path: ["cases", i],
          message: `case "${c.id}" needs two or more questions`,
        });
      }
    });
  });

export type Bank = z.infer<typeof BankSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type ChoiceQuestion = z.infer<typeof SingleItemSchema> | z.infer<typeof MultipleItemSchema>;
export type OrderingQuestion = z.infer<typeof OrderingItemSchema>;
export type MatchingQuestion = z.infer<typeof MatchingItemSchema>;
export type CaseStudy = z.infer<typeof CaseSchema>;
