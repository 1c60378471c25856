import { create } from "zustand";

/** What the service worker has told the page. Kept apart from workbox-window so the
 * start-up bundle carries only this store; the worker bridge (./register.ts) loads later. */
export interface PwaState {
  /** A new version is installed and waiting to take over. */
  updateWaiting: boolean;
  /** Switches to the waiting version and reloads. */
  applyUpdate(): void;
  /** The browser offers installation (Chromium's beforeinstallprompt). */
  canInstall: boolean;
  install(): Promise<void>;
}

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

let deferred: InstallPromptEvent | null = null;

export const usePwa = create<PwaState>()((set) => ({
  updateWaiting: false,
  applyUpdate() {},
  canInstall: false,
  async install() {
    if (!deferred) return;
    await deferred.prompt();
    await deferred.userChoice;
    deferred = null;
    set({ canInstall: false });
  },
}));

/** Listens for the browser's install offer from start-up on (it may come before any screen asks). */
export function watchInstallPrompt(target: Window = window) {
  target.addEventListener("beforeinstallprompt", (e) => {
    e.preventDefault();
    deferred = e as InstallPromptEvent;
    usePwa.setState({ canInstall: true });
  });
  target.addEventListener("appinstalled", () => {
    deferred = null;
    usePwa.setState({ canInstall: false });
  });
}

/** iOS Safari has no install prompt: people add the app from the Share menu. */
export function needsIosInstallHint(nav: Navigator = navigator): boolean {
  const ios =
    /iPad|iPhone|iPod/.test(nav.userAgent) ||
    (nav.platform === "MacIntel" && nav.maxTouchPoints > 1);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
