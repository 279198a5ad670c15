import { describe, it } from '@jest/globals';

/**
 * What a probe found before the tests registered: how to reach the server, or why the suite is
 * skipped. Probing first (top-level await) lets an absent server show as skipped tests, not as
 * tests that passed without checking anything.
 */
export type ServerProbe<TServer extends object = { readonly url: string }> =
  | (TServer & { readonly skipReason?: undefined })
  | { readonly skipReason: string };

/** The reachable server of a probe; for use inside tests of a suite that registered only when it answered. */
export function serverOf<TServer extends object>(probe: ServerProbe<TServer>): TServer {
  if (probe.skipReason !== undefined) throw new Error(`server unavailable (${probe.skipReason}): the suite should have been skipped`);
  return probe as TServer;
}

/**
 * `describe`, or with a skip reason `describe.skip`: every test inside is reported as skipped, the
 * reason is in the suite's title and printed on stderr.
 */
export function describeUnlessSkipped(title: string, skipReason: string | undefined, body: () => void): void {
  if (skipReason === undefined) {
    describe(title, body);
    return;
  }
  process.stderr.write(`${title}: skipped (${skipReason})\n`);
  describe.skip(`${title} (skipped: ${skipReason})`, body);
}

/** `it`, or with a skip reason (a server or data set that is absent) `it.skip` with the reason in the test's title and printed on stderr. */
export function itUnlessSkipped(title: string, skipReason: string | undefined, body: () => void | Promise<void>, timeoutMs?: number): void {
  if (skipReason === undefined) {
    it(title, body, timeoutMs);
    return;
  }
  process.stderr.write(`${title}: skipped (${skipReason})\n`);
  it.skip(`${title} (skipped: ${skipReason})`, body);
}
