/**
 * Runs `job` once the main thread is idle (at the latest after `timeout` ms), so work a
 * screen can show a moment later never delays its first paint or the first tap.
 * Returns a function that cancels it if it has not run.
 */
export function whenIdle(job: () => void, timeout: number): () => void {
  if ("requestIdleCallback" in window) {
    const id = requestIdleCallback(job, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(job, Math.min(timeout, 200));
  return () => clearTimeout(id);
}

/**
 * Resolves in a task of its own, so what follows it does not lengthen the current one:
 * splits start-up work into pieces a tap can slip between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
