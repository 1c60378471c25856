import type { ParseImportOptions } from "../domain/import/parse-import.ts";
import type { ImportResult } from "../domain/import/types.ts";

/** Messages between the page and the import worker (./import-worker.ts). */

export interface ParseRequest {
  text: string;
  options: Omit<ParseImportOptions, "onProgress">;
}

export type ParseMessage =
  | { type: "progress"; fraction: number }
  | { type: "done"; result: ImportResult }
  | { type: "error"; message: string };
