/**
 * The static shell in index.html can be used before the app is up: a keyboard user may tab
 * to its skip link or a navigation link. The app's first render replaces the shell's
 * elements with its own, which would drop that focus on the floor; this carries it over to
 * the app's element of the same place (same id, or the same link by order).
 */

type Place = { id: string } | { href: string; nth: number };

function placeOf(el: Element, root: Element): Place | null {
  if (el.id) return { id: el.id };
  const href = el.getAttribute("href");
  if (el.tagName !== "A" || href === null) return null;
  const same = [...root.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href") === href);
  return { href, nth: same.indexOf(el) };
}

function find(place: Place, root: Element): HTMLElement | null {
  if ("id" in place) return root.querySelector<HTMLElement>(`[id="${CSS.escape(place.id)}"]`);
  const same = [...root.querySelectorAll<HTMLElement>("a[href]")].filter(
    (a) => a.getAttribute("href") === place.href,
  );
  return same[place.nth] ?? null;
}

/**
 * Starts watching focus inside `root` (which holds the static shell). The returned function,
 * called once the app's first render is in the DOM, stops watching and, if focus was in the
 * shell and is now lost, puts it on the app's element in the same place.
 */
export function carryShellFocus(root: Element): () => void {
  // Focus may have come before this code did.
  const now = document.activeElement;
  let place = now && now !== root && root.contains(now) ? placeOf(now, root) : null;
  const remember = (e: Event) => {
    if (e.target instanceof Element) place = placeOf(e.target, root);
  };
  root.addEventListener("focusin", remember);
  return () => {
    root.removeEventListener("focusin", remember);
    const lost = !document.activeElement || document.activeElement === document.body;
    if (place && lost) find(place, root)?.focus();
  };
}
