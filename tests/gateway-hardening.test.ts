import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { PlatformFixture } from './support/platform-fixture.js';

/**
 * Findings of the outside attack (issue 11, findings 8 and 9) that the gateway itself answers:
 * request-shape errors with stable codes, no schema hints in production, security headers on the
 * console, and slow bodies closed.
 */

interface RawResponse {
  readonly status: number;
  readonly text: string;
  readonly headers: Headers;
}

async function post(url: string, token: string | undefined, body: unknown): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

function codesOf(text: string): unknown[] {
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

describe('gateway request hygiene (production mode)', () => {
  let fixture: PlatformFixture;
  let agent: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ NODE_ENV: 'production', GATEWAY_REQUEST_TIMEOUT_MS: '1500' });
    agent = await fixture.token('agent');
  });
  afterAll(() => fixture.stop());

  it('answers an APQ hash that does not match its document with PERSISTED_QUERY_HASH_MISMATCH, not a server error', async () => {
    const query = '{ tickets(first: 1) { totalCount } }';
    const wrongHash = createHash('sha256').update('something else').digest('hex');
    const response = await post(fixture.gatewayUrl, agent, { query, extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } } });
    expect(response.status).toBe(400);
    expect(codesOf(response.text)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
  });

  it('answers an unknown operationName with 400 OPERATION_NOT_FOUND', async () => {
    const response = await post(fixture.gatewayUrl, agent, { query: 'query A { tickets(first: 1) { totalCount } }', operationName: 'B' });
    expect(response.status).toBe(400);
    expect(codesOf(response.text)).toEqual(['OPERATION_NOT_FOUND']);
  });

  it('gives no schema hints in production, for enum values either', async () => {
    const response = await post(fixture.gatewayUrl, agent, { query: '{ tickets(first: 1, filter: { status: [OPN] }) { totalCount } }' });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/Did you mean/i);
    expect(codesOf(response.text)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses a document that repeats one field a thousand times with a stable code', async () => {
    const response = await post(fixture.gatewayUrl, agent, { query: `{ tickets(first: 1) { totalCount ${'totalCount '.repeat(1000)} } }` });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('Validation aborted');
    expect(codesOf(response.text)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('sends security headers with the console: CSP without inline scripts, no framing, nosniff, referrer policy', async () => {
    const response = await fetch(fixture.gatewayUrl.replace('/graphql', '/help'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('closes a connection whose body never finishes arriving', async () => {
    const { port } = new URL(fixture.gatewayUrl);
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
      });
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      // The bound of this test, far above the configured request timeout.
      setTimeout(() => socket.destroy(), 20_000).unref();
    });
    expect(closed).toMatch(/^HTTP\/1\.1 408/);
  });
});
