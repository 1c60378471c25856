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
  } catch {
    // Engines word (and place) syntax errors differently, and some give no position:
    // find the first error ourselves so every user sees the same line and column.
    const { offset, message } = locateJsonError(text);
    return { ok: false, ...lineColumn(text, offset), message: `invalid JSON: ${message}` };
  }
}

/** Walks `text` as JSON and returns where and why it first fails. Only used after JSON.parse failed. */
const MAX_DEPTH = 512;

export function locateJsonError(text: string): { offset: number; message: string } {
  let i = 0;
  class Fail {
    constructor(
      readonly offset: number,
      readonly message: string,
    ) {}
  }
  const fail = (message: string, at = i): never => {
    throw new Fail(at, at >= text.length ? "unexpected end of file" : message);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const char = () => JSON.stringify(text.charAt(i));
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${char()}`);
  };
  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\n")
        fail("unterminated string (a line break inside a string must be written \\n)", start);
      if (c === "\\") {
        const e = text.charAt(i + 1);
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("bad \\u escape");
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== "") i += 2;
        else fail(`bad escape \\${e}`);
      } else if (c < " ") fail("control character in string");
      else i++;
    }
    throw new Fail(text.length, "unterminated string");
  };
  // Sticky, so each number is matched where it stands without copying the rest of the text.
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const number = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail(`unexpected ${char()}`);
    else i += m[0].length;
  };
  const value = (depth = 0): void => {
    // Bounded, so a file of a million '[' is reported, not a stack overflow.
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    ws();
    const c = text.charAt(i);
    if (c === "{") {
      i++;
      ws();
      if (text.charAt(i) === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"')
          fail(
            text.charAt(i) === "}"
              ? "trailing comma before '}'"
              : `expected a property name in double quotes, found ${char()}`,
          );
        string();
        ws();
        if (text.charAt(i) !== ":") fail(`expected ':' after a property name, found ${char()}`);
        i++;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ",") i++;
        else if (text.charAt(i) === "}") {
          i++;
          return;
        } else fail(`expected ',' or '}', found ${char()}`);
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text.charAt(i) === "]") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) === "]") fail("trailing comma before ']'");
        value(depth + 1);
        ws();
        if (text.charAt(i) === ",") i++;
        else if (text.charAt(i) === "]") {
          i++;
          return;
        } else fail(`expected ',' or ']', found ${char()}`);
      }
    } else if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c >= "0" && c <= "9")) number();
    else fail(`unexpected ${char()}`);
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) fail(`unexpected ${char()} after the end of the document`);
    return { offset: 0, message: "not valid JSON" };
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, message: e.message };
    throw e;
  }
}
