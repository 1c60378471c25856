import { StrictMode, startTransition, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";
import { watchInstallPrompt } from "../pwa/state.ts";
import { applyPrefs, useSettings } from "../state/settings.ts";
import { configureStorage, useBanks } from "../state/storage.ts";
import { nextTask, whenIdle } from "../ui/idle.ts";
import { App } from "./App.tsx";
import { loadScreenMessages } from "./i18n/t.ts";
import { carryShellFocus } from "./shell-focus.ts";
import "./styles.css";

applyPrefs(useSettings.getState());
watchInstallPrompt();
// Evaluating the storage code and declaring the database are two tasks, not one long one.
configureStorage(
  () =>
    import("../db/dexie/repositories.ts").then(async (m) => {
      await nextTask();
      return m.openRepositories();
    }),
  {
    syncWorker: () =>
      new Worker(new URL("./bank-sync-worker.ts", import.meta.url), { type: "module" }),
  },
);

/** Runs `then` once, when the app's first render is in the DOM. */
function FirstCommit({ then }: { then: () => void }) {
  useLayoutEffect(() => then(), [then]);
  return null;
}

// Loading the bundled banks and precaching for offline use move megabytes: they wait until
// the page has loaded, the app's first render is on screen and the main thread is idle.
function startBackgroundWork() {
  whenIdle(() => {
    // The other screens' text, so the first move off Home waits for nothing.
    void loadScreenMessages().catch(() => undefined);
    void useBanks.getState().loadBundled();
    if (import.meta.env.PROD)
      void import("../pwa/register.ts").then((m) => m.registerServiceWorker());
  }, 3000);
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
const carryFocus = carryShellFocus(root);
function afterFirstRender() {
  carryFocus();
  if (document.readyState === "complete") startBackgroundWork();
  else window.addEventListener("load", startBackgroundWork, { once: true });
}
// The static shell from index.html is already on screen, so the first render can be a
// transition: React works in slices of a few milliseconds and a tap is never kept waiting.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
      <FirstCommit then={afterFirstRender} />
    </StrictMode>,
  ),
);
