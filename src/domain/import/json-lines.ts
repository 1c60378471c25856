/**
 * Lines of JSON values by path (`$.questions[3].answer`), for problems in a bank file
 * that parsed as JSON but broke the format. One pass, no recursion: a stack of open
 * containers. Lines count CRLF, CR and LF as one break each, as `splitLines` does.
 */

type Frame = { path: string; array: boolean; index: number; key: string | undefined };

/** The path segment of an object key, written as `jsonPath` in ../bank/validate.ts writes it. */
function member(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export interface JsonLines {
  /** 1-based line where a value starts. */
  starts: Map<string, number>;
  /** 1-based line where an object or array value ends. */
  ends: Map<string, number>;
}

/**
 * Where each value whose path `want` accepts starts and ends. `text` must be valid JSON
 * (this is only called after JSON.parse succeeded).
 */
export function jsonValueLines(text: string, want: (path: string) => boolean): JsonLines {
  const lines = new Map<string, number>();
  const ends = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  /** Path of the value starting now, in the innermost container (or the root). */
  const here = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return "$";
    return top.array ? `${top.path}[${top.index}]` : member(top.path, top.key ?? "");
  };
  const valueStarts = () => {
    const path = here();
    if (want(path)) lines.set(path, line);
    return path;
  };
  /** Index just after the string starting at `start` (which is a `"`). */
  const skipString = (start: number): number => {
    let j = start + 1;
    while (j < text.length && text.charAt(j) !== '"') j += text.charAt(j) === "\\" ? 2 : 1;
    return j + 1;
  };
  // An object's key is read when we meet it; the value after ":" uses it.
  let expectKey = false;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "\n" || c === "\r") {
      if (c === "\r" && text.charAt(i + 1) === "\n") i++;
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === ":") {
      i++;
    } else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else expectKey = true;
      i++;
    } else if (c === "{" || c === "[") {
      const path = valueStarts();
      stack.push({ path, array: c === "[", index: 0, key: undefined });
      expectKey = c === "{";
      i++;
    } else if (c === "}" || c === "]") {
      const done = stack.pop();
      if (done && lines.has(done.path)) ends.set(done.path, line);
      expectKey = false;
      i++;
    } else if (c === '"') {
      const end = skipString(i);
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        top.key = JSON.parse(text.slice(i, end)) as string;
        expectKey = false;
      } else valueStarts();
      i = end;
    } else {
      valueStarts();
      // A number or a literal: runs to the next delimiter.
      while (i < text.length && !",]} \t\r\n".includes(text.charAt(i))) i++;
    }
  }
  return { starts: lines, ends };
}
