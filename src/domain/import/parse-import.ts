import { parseAiken } from "./aiken.ts";
import { parseCsv } from "./csv.ts";
import { detectFormat } from "./detect.ts";
import { finalize } from "./finalize.ts";
import { parseGift } from "./gift.ts";
import { problem } from "./item.ts";
import { parseMarkdownLettered } from "./markdown-lettered.ts";
import { parseMarkdownTasks } from "./markdown-tasks.ts";
import type { ImportFormat, ImportOptions, ImportResult } from "./types.ts";
import { parseZenkanJson } from "./zenkan-json.ts";

/**
 * The one call the import worker and `npm run banks -- convert` make: picks the format
 * (given, or detected from the file name and content) and runs its importer. Pure and
 * synchronous; it never throws on bad input, every problem carries a line.
 */

export interface ParseImportOptions extends ImportOptions {
  fileName: string;
  /** Overrides detection (the learner picked a format). */
  format?: ImportFormat;
}

export const PARSERS: Record<
  ImportFormat,
  (text: string, options?: ImportOptions) => ImportResult
> = {
  "zenkan-json": parseZenkanJson,
  "markdown-tasks": parseMarkdownTasks,
  "markdown-lettered": parseMarkdownLettered,
  gift: parseGift,
  aiken: parseAiken,
  csv: parseCsv,
};

export function parseImport(text: string, options: ParseImportOptions): ImportResult {
  const { fileName, format: chosen, ...rest } = options;
  const format = chosen ?? detectFormat(fileName, text);
  if (format === undefined) {
    const result = finalize(
      "markdown-lettered",
      {
        items: [],
        problems: [
          problem(
            1,
            "unknown-format",
            "the file's format is not recognised (Zenkan JSON, Markdown, GIFT, Aiken or CSV)",
          ),
        ],
        found: 0,
      },
      rest,
    );
    return { ...result, format: "unknown" };
  }
  return PARSERS[format](text, rest);
}
