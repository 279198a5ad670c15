/**
 * An async iterator over values that are still being computed, delivered in the order they were
 * pushed. It holds at most `capacity` of them: a consumer that falls further behind makes
 * `onOverflow` run and the stream end, so a slow client never grows the gateway's memory.
 * A pushed value that resolves to undefined is skipped (an event this subscriber may not see).
 */
export class BoundedStream<T> implements AsyncIterableIterator<T> {
  private readonly pending: Promise<T | undefined>[] = [];
  private wake: (() => void) | undefined;
  private ended = false;
  private finishing = false;

  constructor(
    private readonly capacity: number,
    private readonly onOverflow: () => void,
    private readonly onEnd: () => void,
  ) {}

  push(value: Promise<T | undefined>): void {
    if (this.ended) return;
    if (this.pending.length >= this.capacity) {
      this.end();
      this.onOverflow();
      return;
    }
    this.pending.push(value);
    this.wakeUp();
  }

  /** Ends after what is already pushed has been delivered. */
  finish(): void {
    this.finishing = true;
    this.wakeUp();
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      const head = this.pending.shift();
      if (head) {
        const value = await head;
        if (value !== undefined && !this.ended) return { value, done: false };
        continue;
      }
      if (this.ended || this.finishing) {
        this.end();
        return { value: undefined, done: true };
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.end();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.pending.length = 0;
    this.wakeUp();
    this.onEnd();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
