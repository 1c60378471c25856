// Makes sure the browser tests have a Chromium: $CHROME_PATH or /usr/bin/chromium.
// As root it installs Debian's chromium with apt-get; otherwise it says how, and fails.
import { spawnSync } from "node:child_process";
import { chromiumPath, haveChromium } from "./chromium.mjs";

if (haveChromium()) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no browser there.`);
  process.exit(1);
}
if (typeof process.getuid !== "function" || process.getuid() !== 0) {
  console.error(
    "The browser tests need Chromium at /usr/bin/chromium (or set CHROME_PATH).\n" +
      "Install it with:  sudo apt-get update && sudo apt-get install -y chromium",
  );
  process.exit(1);
}
console.log("Chromium not found: installing Debian's chromium with apt-get…");
const run = (args) =>
  spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
if (
  run(["update"]).status !== 0 ||
  run(["install", "-y", "--no-install-recommends", "chromium"]).status !== 0 ||
  !haveChromium()
) {
  console.error(`Installing chromium failed; the browser tests need it at ${chromiumPath()}.`);
  process.exit(1);
}
