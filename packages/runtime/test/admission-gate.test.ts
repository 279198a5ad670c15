import { GraphQLError } from 'graphql';
import { AdmissionGate } from '../src/admission/admission-gate.js';
import { maskInternalErrors } from '../src/errors/mask-internal-errors.js';
import { createLogger } from '../src/logger.js';
import { PeerRequestError } from '../src/peers/peer-request-error.js';

/** A call that finishes when the test says so. */
function pending(): { promise: Promise<string>; finish: () => void } {
  let finish = () => {};
  const promise = new Promise<string>((resolve) => {
    finish = () => resolve('done');
  });
  return { promise, finish };
}

describe('AdmissionGate', () => {
  it('runs at most maxInFlight at once and admits the waiting in arrival order', async () => {
    const gate = new AdmissionGate({ name: 'drafts', maxInFlight: 2, maxWaiting: 10, maxWaitMs: 5_000 });
    const calls = [pending(), pending(), pending(), pending()];
    const started: number[] = [];
    const results = calls.map((call, index) => gate.run(() => (started.push(index), call.promise)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect(gate.stats()).toMatchObject({ inFlight: 2, waiting: 2 });
    calls[1]!.finish();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    calls[0]!.finish();
    await results[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2, 3]);
    calls[2]!.finish();
    calls[3]!.finish();
    await Promise.all(results);
    expect(gate.stats()).toEqual({ inFlight: 0, waiting: 0, admitted: 4, refused: 0 });
  });

  it('refuses with SERVICE_UNAVAILABLE when the line is full or a turn does not come in time, and frees the slot of a failed call', async () => {
    const gate = new AdmissionGate({ name: 'reply drafts', maxInFlight: 1, maxWaiting: 1, maxWaitMs: 50 });
    const first = pending();
    const running = gate.run(() => first.promise);
    const waitsTooLong = gate.run(async () => 'never');
    const lineFull = gate.run(async () => 'never');
    await expect(lineFull).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await expect(waitsTooLong).rejects.toThrow('Too many reply drafts at once; retry shortly');
    first.finish();
    await running;
    await expect(gate.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(gate.run(async () => 'after')).resolves.toBe('after');
    expect(gate.stats()).toMatchObject({ inFlight: 0, waiting: 0, refused: 2 });
  });
});

describe('a request whose peer subgraph did not answer', () => {
  const silent = createLogger('test', 'silent');

  it.each(['TIMEOUT', 'UNREACHABLE', 'HTTP_ERROR'] as const)('is SERVICE_UNAVAILABLE after %s, not an internal error', (failure) => {
    const cause = new PeerRequestError('tickets', failure, 'no answer within 5000 ms');
    const formatted = maskInternalErrors(silent)({ message: cause.message, path: ['draftReply'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(cause.message, { originalError: cause }));
    expect(formatted).toEqual({ message: 'A service this request needs is unavailable; retry shortly', path: ['draftReply'], extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('stays an internal error when the peer answered with its own GraphQL error', () => {
    const cause = new PeerRequestError('tickets', 'GRAPHQL_ERROR', 'bad', ['BAD_USER_INPUT']);
    const formatted = maskInternalErrors(silent)({ message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(cause.message, { originalError: cause }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

it('finds the peer failure under both wrappers a field resolver error gets (field rules, then Apollo)', () => {
  const cause = new PeerRequestError('tickets', 'TIMEOUT', 'no answer within 5000 ms');
  const fromFieldRules = new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: cause });
  const located = new GraphQLError(fromFieldRules.message, { originalError: fromFieldRules, path: ['draftReply'] });
  const formatted = maskInternalErrors(createLogger('test', 'silent'))({ message: located.message, path: ['draftReply'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, located);
  expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
});
