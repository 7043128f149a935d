// The one way to queue work: read-modify-write on one storage value, events stepped from the
// state the previous one left, one stretch window at a time.

/** Runs each task after every task given before it has settled; answers with the task's own result. */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A queue that runs tasks one at a time, in the order they were given. A task that fails does
 * not hold up the ones after it, and its caller still sees its error (the queue never swallows
 * it, and never rejects on its own).
 */
export function serial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
