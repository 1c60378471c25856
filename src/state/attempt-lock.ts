/**
 * One tab drives an attempt at a time. A Web Lock per attempt is held by the tab that
 * shows it; the browser frees it when the tab closes or crashes. Another tab asks for it
 * without waiting, and can take it over (steal): the first tab is then told it lost it.
 */

export interface AttemptLock {
  release(): void;
  /** Called once if another tab takes the attempt over. */
  onLost(handler: () => void): void;
}

const noLocks: AttemptLock = { release() {}, onLost() {} };

export function acquireAttemptLock(attemptId: string, steal = false): Promise<AttemptLock | null> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  // Without Web Locks (old browsers, tests) every tab may drive; writes stay safe either way.
  if (!locks) return Promise.resolve(noLocks);
  return new Promise((resolve, reject) => {
    let settled = false;
    let released = false;
    let lost = () => {};
    let free = () => {};
    const held = new Promise<void>((r) => {
      free = r;
    });
    const lock: AttemptLock = {
      release() {
        released = true;
        free();
      },
      onLost(handler) {
        lost = handler;
      },
    };
    locks
      .request(
        `zenkan-attempt-${attemptId}`,
        steal ? { steal: true } : { ifAvailable: true },
        async (granted) => {
          settled = true;
          if (!granted) {
            resolve(null);
            return;
          }
          resolve(lock);
          await held;
        },
      )
      .catch((e: unknown) => {
        if (!settled) reject(e);
        else if (!released) lost();
      });
  });
}
