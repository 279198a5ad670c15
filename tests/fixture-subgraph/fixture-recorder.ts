/** What the fixture subgraph "holds" (ticket ids) and how its privacy fields were called, for the test to look at. */
export class FixtureRecorder {
  private readonly held = new Set<string>();
  readonly eraseCalls: string[][] = [];
  /** Privacy requests still to refuse with HTTP 503, as a subgraph that is restarting would. */
  unavailableFor = 0;

  hold(ticketId: string): void {
    this.held.add(ticketId);
  }

  holds(ticketId: string): boolean {
    return this.held.has(ticketId);
  }

  /** Idempotent, like every participant's erasure: a second call finds nothing left. */
  forget(ticketIds: readonly string[]): number {
    this.eraseCalls.push([...ticketIds]);
    return ticketIds.filter((id) => this.held.delete(id)).length;
  }
}
