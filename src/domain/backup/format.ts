import { z } from "zod";
import { parseJson } from "../bank/json.ts";
import { jsonPath } from "../bank/validate.ts";

/**
 * The backup file: one JSON object, versioned, holding every table of the learner's data
 * (see db/ports.ts BackupData). Records are checked for the keys that identify them; the
 * rest of each record is kept as written, so a newer app's extra fields survive a round
 * trip through an older one.
 */

export const BACKUP_FORMAT = "zenkan-backup";
export const BACKUP_VERSION = 1;

const str = z.string().min(1);
const rec = <T extends z.ZodRawShape>(shape: T) => z.array(z.looseObject(shape));

export const BackupFileSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, { error: "this is not a Zenkan backup file" }),
    version: z.literal(BACKUP_VERSION, {
      error: `this backup's version is not ${BACKUP_VERSION}: it was made by another version of Zenkan`,
    }),
    exportedAt: z.iso.datetime(),
    app: z.string().optional(),
    data: z.object({
      attempts: rec({
        id: str,
        exam: str,
        status: z.enum(["in-progress", "submitted"]),
        itemIds: z.array(z.string()),
      }),
      forms: rec({ attemptId: str, items: z.array(z.looseObject({ id: str })) }),
      responses: rec({ attemptId: str, itemId: str }),
      cards: rec({
        itemId: str,
        exam: str,
        due: z.number(),
        card: z.looseObject({ due: z.number() }),
      }),
      reviewLog: rec({ itemId: str, reviewedAt: z.number() }),
      certifications: rec({ id: str, exam: str, passedOn: z.iso.date() }),
      settings: rec({ key: str }),
      // Added after the first backups were written: a file without them has none.
      studySessions: rec({ id: str, itemIds: z.array(z.string()) }).default([]),
      notes: rec({ itemId: str }).default([]),
      problemReports: rec({ id: str, itemId: str }).default([]),
      banks: rec({ id: str, exam: str, origin: z.literal("imported") }),
      questions: rec({ id: str, bankId: str, exam: str }),
    }),
  })
  .superRefine((file, ctx) => {
    const forms = new Set(file.data.forms.map((f) => f.attemptId));
    file.data.attempts.forEach((a, i) => {
      if (!forms.has(a.id))
        ctx.addIssue({
          code: "custom",
          path: ["data", "attempts", i],
          message: `attempt "${a.id}" has no form`,
        });
    });
  });

export type BackupFile = z.infer<typeof BackupFileSchema>;

export type BackupParse = { ok: true; file: BackupFile } | { ok: false; error: string };

/** Reads a backup file's text; a problem is reported with where it is (line:column or JSON path). */
export function parseBackup(text: string): BackupParse {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, error: `${json.line}:${json.column}: ${json.message}` };
  const r = BackupFileSchema.safeParse(json.value);
  if (!r.success) {
    const first = r.error.issues[0];
    return {
      ok: false,
      error: first ? `${jsonPath(first.path)}: ${first.message}` : "not a Zenkan backup file",
    };
  }
  return { ok: true, file: r.data };
}

export function backupCounts(file: BackupFile): Record<keyof BackupFile["data"], number> {
  const d = file.data;
  return {
    attempts: d.attempts.length,
    forms: d.forms.length,
    responses: d.responses.length,
    cards: d.cards.length,
    reviewLog: d.reviewLog.length,
    certifications: d.certifications.length,
    settings: d.settings.length,
    studySessions: d.studySessions.length,
    notes: d.notes.length,
    problemReports: d.problemReports.length,
    banks: d.banks.length,
    questions: d.questions.length,
  };
}
