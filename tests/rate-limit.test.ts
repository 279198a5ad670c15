import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { LIST_TICKETS } from './support/ticket-operations.js';

describe('rate limits per principal at the gateway', () => {
  let fixture: PlatformFixture;

  beforeAll(async () => {
    // A burst of 3, then one operation every 2 seconds.
    fixture = await PlatformFixture.start({ RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_SECOND: '0.5' });
  });
  afterAll(() => fixture.stop());

  it('refuses the fourth request in a burst with 429 RATE_LIMITED and retry-after; other principals keep their budget', async () => {
    const agent = await fixture.token('agent', 'busy@support.local');
    for (let request = 0; request < 3; request += 1) expect((await fixture.graphql(agent, LIST_TICKETS, {})).status).toBe(200);

    const response = await fetch(fixture.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
      body: JSON.stringify({ query: LIST_TICKETS }),
    });
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(response.status).toBe(429);
    // One token takes 2 s to refill; some of that has passed while the first three ran.
    const retryAfter = Number(response.headers.get('retry-after'));
    expect([1, 2]).toContain(retryAfter);
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);
    expect(body.errors[0]?.extensions.retryAfterSeconds).toBe(retryAfter);
    expect(body.data ?? null).toBeNull();

    const colleague = await fixture.graphql(await fixture.token('agent', 'calm@support.local'), LIST_TICKETS, {});
    expect(colleague.status).toBe(200);
    // Same subject, other role: another principal, another bucket.
    expect((await fixture.graphql(await fixture.token('lead', 'busy@support.local'), LIST_TICKETS, {})).status).toBe(200);
  });

  it('counts every operation of a batch', async () => {
    const agent = await fixture.token('agent', 'batcher@support.local');
    const operation = { query: LIST_TICKETS };
    const batch = await fetch(fixture.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
      body: JSON.stringify([operation, operation, operation, operation]),
    });
    expect(batch.status).toBe(429);
    expect(errorCodes({ status: 429, text: '', ...((await batch.json()) as object) })).toEqual(['RATE_LIMITED']);
  });
});
