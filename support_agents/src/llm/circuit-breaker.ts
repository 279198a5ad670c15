export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default: 5. */
  readonly failureThreshold?: number;
  /** How long an open circuit refuses calls before letting one probe through. Default: 30 000 ms. */
  readonly coolDownMs?: number;
  /** Milliseconds clock; tests pass a fake one. Default: `Date.now`. */
  readonly now?: () => number;
}

/**
 * Stops calling a provider that keeps failing, so replies go straight to the next provider instead
 * of each waiting for a timeout, and the struggling vendor gets room to recover.
 *
 * closed → (threshold consecutive failures, or a vendor `retry-after`) → open → (cool-down) →
 * half-open: exactly one probe call is let through; its success closes the circuit, its failure
 * opens it for another cool-down.
 */
export class CircuitBreaker {
  private readonly failureThreshold: number;
  private readonly coolDownMs: number;
  private readonly now: () => number;
  private consecutiveFailures = 0;
  private openUntil = 0;
  private opened = false;
  private probeInFlight = false;

  constructor(options: CircuitBreakerOptions = {}) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.coolDownMs = options.coolDownMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (!this.opened) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }

  /** Milliseconds until an open circuit lets a probe through (0 unless open). */
  get retryAfterMs(): number {
    return this.state === 'open' ? this.openUntil - this.now() : 0;
  }

  /**
   * Asks to make a call. True means go ahead, and the caller must then report the outcome with
   * `recordSuccess` or `recordFailure` (in half-open, the call is the single probe).
   */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.consecutiveFailures = 0;
    this.opened = false;
    this.probeInFlight = false;
  }

  /**
   * A transient failure. `retryAfterMs` (the vendor said when to come back) opens the circuit at
   * once for that long: calls before then would only be refused again.
   */
  recordFailure(retryAfterMs?: number): void {
    this.consecutiveFailures++;
    const wasProbe = this.probeInFlight;
    this.probeInFlight = false;
    if (retryAfterMs !== undefined) {
      this.open(retryAfterMs);
    } else if (wasProbe || this.consecutiveFailures >= this.failureThreshold) {
      this.open(this.coolDownMs);
    }
  }

  /** The call ended without telling anything about the provider's health (the caller aborted). */
  release(): void {
    this.probeInFlight = false;
  }

  private open(forMs: number): void {
    this.opened = true;
    this.openUntil = this.now() + forMs;
  }
}
