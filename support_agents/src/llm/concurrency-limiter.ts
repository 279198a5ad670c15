/** Gives back a slot taken from a `ConcurrencyLimiter`; calling it twice is harmless. */
export type ReleaseSlot = () => void;

/**
 * Caps simultaneous calls to a paid provider. A Redis-backed limiter (a semaphore shared by every
 * process) can implement the same interface.
 */
export interface ConcurrencyLimiter {
  /** Waits for a free slot; resolves to `undefined` when none frees up in time or the queue is full. */
  acquire(signal?: AbortSignal): Promise<ReleaseSlot | undefined>;
}

export interface LocalConcurrencyLimiterOptions {
  /** Calls allowed at once. */
  readonly maxConcurrent: number;
  /** Callers allowed to wait for a slot; more are turned away at once. Default: 100. */
  readonly maxQueued?: number;
  /** Longest wait for a slot before giving up (the caller then falls back). Default: 2 000 ms. */
  readonly maxWaitMs?: number;
}

interface Waiter {
  readonly grant: (release: ReleaseSlot | undefined) => void;
}

/** In-process semaphore with a bounded FIFO queue. */
export class LocalConcurrencyLimiter implements ConcurrencyLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];
  private readonly maxQueued: number;
  private readonly maxWaitMs: number;

  constructor(private readonly options: LocalConcurrencyLimiterOptions) {
    this.maxQueued = options.maxQueued ?? 100;
    this.maxWaitMs = options.maxWaitMs ?? 2_000;
  }

  get inFlight(): number {
    return this.active;
  }

  acquire(signal?: AbortSignal): Promise<ReleaseSlot | undefined> {
    if (this.active < this.options.maxConcurrent) {
      this.active++;
      return Promise.resolve(this.releaseOnce());
    }
    if (this.queue.length >= this.maxQueued || signal?.aborted) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const giveUp = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        settle(undefined);
      };
      const timer = setTimeout(giveUp, this.maxWaitMs);
      const settle = (release: ReleaseSlot | undefined) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', giveUp);
        resolve(release);
      };
      const waiter: Waiter = { grant: settle };
      signal?.addEventListener('abort', giveUp, { once: true });
      this.queue.push(waiter);
    });
  }

  private releaseOnce(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // Hand the slot straight to the next waiter, so `active` never dips and lets a newcomer jump the queue.
      if (next) next.grant(this.releaseOnce());
      else this.active--;
    };
  }
}
