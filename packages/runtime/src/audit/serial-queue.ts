/**
 * Runs tasks one after another in submission order. Appends to one chain go through one of these:
 * each reads the head the previous one wrote, so the process never forks its own chain.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
