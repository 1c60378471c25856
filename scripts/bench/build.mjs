// The three builds the benchmark measures, all into one temporary folder and never into
// dist/: other tools and test runs rebuild dist/ while the benchmark runs, and a preview
// that loses its files half-way measures nothing. So every run builds once, from the
// sources as they are (about 5 s here), rather than trusting a dist/ it does not own.
//   app/           the production app, with the repository's own vite.config.ts
//   app/__bench/   the harness page (served by the same preview, so it shares the app's
//                  origin and can seed the app's own IndexedDB database)
//   bare/          a bare React "hello" page, for initialJsRatio
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { build, preview } from "vite";

// The repository's vite.config.ts imports package.json the way Vite's bundling config
// loader accepts; its notice about a future native loader is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = "true";
const quiet = { logLevel: "warn" };

// The harness imports state/storage.ts, which loads the bundled banks list on demand: the
// benchmark brings its own bank, so the list is empty.
const noBundledBanks = {
  name: "bench-no-bundled-banks",
  resolveId: (id) => (id === "virtual:bundled-banks" ? "\0bench-bundled-banks" : undefined),
  load: (id) => (id === "\0bench-bundled-banks" ? "export const bundledBanks = [];" : undefined),
};

/** Builds the app, the harness and the bare page under `out`; returns their folders. */
export async function buildAll(out) {
  const dirs = { app: join(out, "app"), bare: join(out, "bare") };
  await build({
    ...quiet,
    configFile: "vite.config.ts",
    build: { outDir: dirs.app, emptyOutDir: true },
  });
  await build({
    ...quiet,
    configFile: false,
    root: "scripts/bench/harness",
    base: "/__bench/",
    plugins: [noBundledBanks],
    // It imports the app's modules, storage loader included: the notes about how they
    // split are for the app's build, not this page's.
    logLevel: "error",
    build: { outDir: join(dirs.app, "__bench"), emptyOutDir: true, target: "es2022" },
  });
  // Same plugin and target as the app (vite.config.ts), nothing else.
  await build({
    ...quiet,
    configFile: false,
    root: "scripts/bench/bare",
    plugins: [react()],
    build: { outDir: dirs.bare, emptyOutDir: true, target: "es2022", sourcemap: false },
  });
  return dirs;
}

/**
 * Serves a built folder with `vite preview` in this process (scripts/preview-server.mjs
 * serves dist/ only). Single-page fallback as in production: every path gets index.html.
 * @returns {Promise<{ base: string, stop: () => Promise<void> }>}
 */
export async function serve(dir, port) {
  const server = await preview({
    configFile: false,
    logLevel: "warn",
    build: { outDir: dir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
