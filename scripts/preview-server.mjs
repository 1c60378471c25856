// Builds (unless told not to) and serves the production app with `vite preview` on a
// port of its own, for the command-line tools that drive Chromium against it.
import { spawn, spawnSync } from "node:child_process";

/** @returns {Promise<{ base: string, stop: () => void }>} */
export async function startPreview(port, { build = true } = {}) {
  if (
    build &&
    spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" }).status !== 0
  ) {
    throw new Error("the production build failed");
  }
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    "node_modules/.bin/vite",
    ["preview", "--port", String(port), "--strictPort"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, stop: () => server.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}
