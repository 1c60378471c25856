import { type MouseEvent, useSyncExternalStore } from "react";

/**
 * A router of a few lines: paths live in the History API, so deep links and the back
 * button work, and the production server answers every path with index.html.
 */

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
if (typeof window !== "undefined") window.addEventListener("popstate", notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string) {
  if (to === window.location.pathname) return;
  window.history.pushState(null, "", to);
  window.scrollTo(0, 0);
  notify();
}

/** Click handler for <a href>: navigates in-app unless the user asked for a new tab. */
export function onLinkClick(e: MouseEvent<HTMLAnchorElement>) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return;
  const href = e.currentTarget.getAttribute("href");
  if (!href?.startsWith("/")) return;
  e.preventDefault();
  navigate(href);
}
