// initialJsGzipBytes: the JS a browser must fetch before the first render, as the built
// index.html asks for it: its module scripts and modulepreloads, plus (to be sure nothing
// is missed) every chunk those import statically, followed transitively. Dynamic imports
// (import("…")) are excluded: they are what the app loads later. Each file is gzipped at
// level 9 and the sizes are summed.
import { readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];

/** @returns {{ files: { file: string, gzip: number }[], gzipBytes: number }} */
export function initialJs(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const start = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (tag.startsWith("<script") && attr(tag, "type") === "module" && attr(tag, "src"))
      start.push(attr(tag, "src"));
    if (tag.startsWith("<link") && attr(tag, "rel") === "modulepreload")
      start.push(attr(tag, "href"));
  }
  const seen = new Set();
  const queue = start.map((src) => src.replace(/^\//, ""));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), "utf8");
    // Minified static imports: `import{a as b}from"./x.js"`, `import"./x.js"`; never `import(`.
    for (const m of code.matchAll(
      /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    ))
      queue.push(posix.normalize(posix.join(dirname(file), m[1])));
  }
  const files = [...seen].map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
  }));
  return { files, gzipBytes: files.reduce((s, f) => s + f.gzip, 0) };
}
