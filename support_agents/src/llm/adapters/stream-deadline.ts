/**
 * Aborts a vendor call that goes silent. The SDKs' own `timeout` only covers the wait for response
 * headers; a stream that starts and then stalls would hang a reply forever. The timer restarts on
 * every event, so a long but lively reply is never cut.
 */
export class StreamDeadline {
  /** Pass to the SDK call: aborted by the caller's signal or by silence. */
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private expired = false;

  constructor(
    /** Longest silence allowed, before the first event and between events. */
    readonly silenceMs: number,
    callerSignal?: AbortSignal,
  ) {
    this.signal = callerSignal ? AbortSignal.any([callerSignal, this.controller.signal]) : this.controller.signal;
    this.touch();
  }

  /** True once the silence limit was hit (as opposed to the caller aborting). */
  get timedOut(): boolean {
    return this.expired;
  }

  /** Something arrived: restart the silence timer. */
  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new Error(`no data for ${this.silenceMs} ms`));
    }, this.silenceMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
