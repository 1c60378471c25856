/**
 * Writes one at a time, in the order the learner made them: a change computed inside a
 * job sees what the previous job committed. A failed write does not block the next.
 */
export function writeQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
}
