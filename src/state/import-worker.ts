import { parseImport } from "../domain/import/parse-import.ts";
import type { ParseMessage, ParseRequest } from "./import-protocol.ts";

/**
 * The import worker: parses a file off the main thread, so a 5 MB file never freezes the
 * page, and reports its progress as it goes. One request per worker.
 */

const post = (m: ParseMessage) => postMessage(m);

addEventListener("message", (e: MessageEvent<ParseRequest>) => {
  try {
    const result = parseImport(e.data.text, {
      ...e.data.options,
      onProgress: (fraction) => post({ type: "progress", fraction }),
    });
    post({ type: "done", result });
  } catch (err) {
    // The parsers never throw on bad input; this is a bug, reported rather than hidden.
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
});
