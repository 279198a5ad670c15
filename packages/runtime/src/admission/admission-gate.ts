import { ClientErrors } from '../errors/client-errors.js';

export interface AdmissionGateOptions {
  /** What the refusal names, e.g. `reply drafts`. */
  readonly name: string;
  /** Calls running at once; the rest wait their turn in arrival order. */
  readonly maxInFlight: number;
  /** Calls allowed to wait; one more is refused at once. */
  readonly maxWaiting: number;
  /** How long a call may wait for its turn before it is refused. */
  readonly maxWaitMs: number;
}

interface Waiter {
  readonly admit: () => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Admission control for an expensive operation under a burst: at most `maxInFlight` run at once and
 * the others wait in order, so the admitted ones finish well inside their peers' timeouts instead of
 * every call of the burst timing out together. A call that cannot get a turn in time (or finds the
 * line full) is refused with SERVICE_UNAVAILABLE, which tells the client to retry; never a 500.
 */
export class AdmissionGate {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];
  private readonly counts = { admitted: 0, refused: 0 };

  constructor(private readonly options: AdmissionGateOptions) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  stats(): { readonly inFlight: number; readonly waiting: number; readonly admitted: number; readonly refused: number } {
    return { inFlight: this.inFlight, waiting: this.waiting.length, ...this.counts };
  }

  private enter(): Promise<void> {
    if (this.inFlight < this.options.maxInFlight) {
      this.inFlight += 1;
      this.counts.admitted += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.maxWaiting) return Promise.reject(this.refusal());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          this.counts.admitted += 1;
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(this.refusal());
        }, this.options.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** The slot passes straight to the next waiter, so a newcomer never jumps the line. */
  private leave(): void {
    const next = this.waiting.shift();
    if (next) next.admit();
    else this.inFlight -= 1;
  }

  private refusal(): Error {
    this.counts.refused += 1;
    return ClientErrors.serviceUnavailable(`Too many ${this.options.name} at once; retry shortly`);
  }
}
