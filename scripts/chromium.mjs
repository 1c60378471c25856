// Where the browser tests find Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from "node:fs";

export const chromiumPath = () => process.env.CHROME_PATH || "/usr/bin/chromium";

// Flags Chromium needs here: run as root, on a closed network, without a GPU.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const haveChromium = () => existsSync(chromiumPath());
