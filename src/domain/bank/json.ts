/** JSON parsing that says where a file is broken, as line and column. */

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

/** 1-based line and column of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    // V8 says "… at position N" (sometimes "(line L column C)"); an early end has no position.
    const lc = /line (\d+) column (\d+)/.exec(raw);
    if (lc) return { ok: false, line: Number(lc[1]), column: Number(lc[2]), message: cleanMessage(raw) };
    const pos = /position (\d+)/.exec(raw);
    const at = lineColumn(text, pos ? Number(pos[1]) : text.length);
    return { ok: false, ...at, message: cleanMessage(raw) };
  }
}

function cleanMessage(raw: string): string {
  const m = raw.replace(/\s*(in JSON )?at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "");
  return `invalid JSON: ${m.charAt(0).toLowerCase()}${m.slice(1)}`;
}
