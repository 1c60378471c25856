import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import type { BundledBank } from "../src/state/bank-sync.ts";

/**
 * Ships question-banks/<EXAM>/*.json with the app.
 * Each bank becomes a minified, content-hashed file under /banks/, and the module
 * `virtual:bundled-banks` lists them with their SHA-256, so the app loads into IndexedDB
 * only the banks whose content changed. In dev the same files are served from memory.
 */

const VIRTUAL = "virtual:bundled-banks";
const RESOLVED = `\0${VIRTUAL}`;

function readBanks(root: string): { entry: BundledBank; source: string; path: string }[] {
  const out: { entry: BundledBank; source: string; path: string }[] = [];
  for (const dir of readdirSync(root).sort()) {
    const folder = join(root, dir);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith(".json")) continue;
      const path = join(folder, name);
      let bank: { id?: unknown; exam?: unknown; questions?: unknown; $schema?: unknown };
      try {
        bank = JSON.parse(readFileSync(path, "utf8"));
      } catch (e) {
        throw new Error(
          `${path}: not valid JSON (run npm run banks:check): ${(e as Error).message}`,
        );
      }
      if (
        typeof bank.id !== "string" ||
        typeof bank.exam !== "string" ||
        !Array.isArray(bank.questions)
      ) {
        throw new Error(`${path}: not a bank (run npm run banks:check)`);
      }
      delete bank.$schema;
      const source = JSON.stringify(bank);
      const hash = createHash("sha256").update(source).digest("hex");
      out.push({
        path,
        source,
        entry: {
          id: bank.id,
          exam: bank.exam,
          file: `banks/${bank.id}.${hash.slice(0, 10)}.json`,
          hash,
          questionCount: bank.questions.length,
          bytes: Buffer.byteLength(source),
        },
      });
    }
  }
  return out;
}

export function bundledBanks(root: string): Plugin {
  let banks = readBanks(root);
  return {
    name: "zenkan-bundled-banks",
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      banks = readBanks(root);
      for (const b of banks) this.addWatchFile(b.path);
      return `export const bundledBanks = ${JSON.stringify(banks.map((b) => b.entry))};`;
    },
    generateBundle() {
      for (const b of banks)
        this.emitFile({ type: "asset", fileName: b.entry.file, source: b.source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split("?")[0] ?? "";
        const hit = banks.find((b) => url.endsWith(`/${b.entry.file}`));
        if (!hit) return next();
        res.setHeader("Content-Type", "application/json");
        res.end(hit.source);
      });
    },
  };
}
