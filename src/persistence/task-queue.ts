/**
 * Saving's storage work, one task after another (a write, another tab's news, a check after
 * the connection closed), and work that runs beside it; `settled` waits for both, so a test
 * or a caller can await "everything started so far" instead of waiting for time to pass.
 */
export class TaskQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly aside = new Set<Promise<void>>();

  /**
   * Runs `task` after every task already queued. A task that fails tells its own caller and
   * never the tasks after it: one failed write must not silently skip every later save.
   */
  add(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => {});
    return run;
  }

  /** Keeps track of `work` that runs beside the queue. */
  beside(work: Promise<void>): void {
    const done = () => void this.aside.delete(work);
    this.aside.add(work);
    work.then(done, done);
  }

  /** Resolves once every task and work started so far has finished, and what they started. */
  async settled(): Promise<void> {
    for (;;) {
      const tail = this.tail;
      await Promise.allSettled([tail, ...this.aside]);
      if (tail === this.tail && !this.aside.size) return;
    }
  }
}
