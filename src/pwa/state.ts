import { create } from "zustand";

/** What the service worker has told the page. Kept apart from workbox-window so the
 * start-up bundle carries only this store; the worker bridge (./register.ts) loads later. */
export interface PwaState {
  /** A new version is installed and waiting to take over. */
  updateWaiting: boolean;
  /** Switches to the waiting version and reloads. */
  applyUpdate(): void;
}

export const usePwa = create<PwaState>()(() => ({ updateWaiting: false, applyUpdate() {} }));
