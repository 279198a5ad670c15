import { generateKeyPair, SignJWT } from 'jose';
import { SUBGRAPHS } from '@support-graph/gateway';
import { IDENTITY_HEADER, resolveInternalSigningKey, signIdentityHeader } from '@support-graph/runtime';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { LIST_TICKETS } from './support/ticket-operations.js';

describe('authentication at the gateway and the subgraph', () => {
  let fixture: PlatformFixture;

  beforeAll(async () => {
    // Plain ticket behaviour: the AI pipeline would move these tickets on its own.
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  });
  afterAll(() => fixture.stop());

  async function expectUnauthenticated(token: string | undefined, headers: Record<string, string> = {}) {
    const response = await fixture.graphql(token, LIST_TICKETS, {}, { headers });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  }

  it('accepts a dev token', async () => {
    const response = await fixture.graphql(await fixture.token('lead'), LIST_TICKETS, {});
    expect(response.status).toBe(200);
    expect(response.data.tickets.totalCount).toBe(0);
  });

  it('refuses a missing or malformed Authorization header', async () => {
    await expectUnauthenticated(undefined);
    await expectUnauthenticated(undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    await expectUnauthenticated('not-a-jwt');
  });

  it('refuses alg none, a foreign key, an expired token and a wrong audience', async () => {
    const claims = { role: 'admin', sub: 'mallory', iss: fixture.config.JWT_ISSUER, aud: fixture.config.JWT_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 };
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    await expectUnauthenticated(unsigned);

    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'ES256', kid: 'support-graph-dev-1' })
      .setSubject('mallory').setIssuer(fixture.config.JWT_ISSUER).setAudience(fixture.config.JWT_AUDIENCE).setExpirationTime('10m').sign(privateKey);
    await expectUnauthenticated(foreign);

    await expectUnauthenticated(await fixture.token('agent', 'late@support.local', { expiresIn: '-1m' }));
    await expectUnauthenticated(await fixture.token('agent', 'other@support.local', { audience: 'someone-else' }));
  });

  it('refuses a request straight to the subgraph without a gateway signature', async () => {
    const url = fixture.subgraphUrl('tickets');
    const missing = await fixture.graphql(undefined, LIST_TICKETS, {}, { url });
    expect(missing.status).toBe(401);
    expect(errorCodes(missing)).toEqual(['UNAUTHENTICATED']);

    const forgedKey = Buffer.alloc(32, 7);
    const forged = await fixture.graphql(undefined, LIST_TICKETS, {}, {
      url,
      headers: { [IDENTITY_HEADER]: signIdentityHeader({ subject: 'mallory', role: 'admin' }, forgedKey) },
    });
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);

    const tampered = signIdentityHeader({ subject: 'x', role: 'customer' }, forgedKey).replace(/^v1\.[^.]+/, `v1.${Buffer.from('{"sub":"x","role":"admin","exp":9999999999}').toString('base64url')}`);
    const tamperedResponse = await fixture.graphql(undefined, LIST_TICKETS, {}, { url, headers: { [IDENTITY_HEADER]: tampered } });
    expect(errorCodes(tamperedResponse)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a correctly signed identity header that lives longer than any signer issues (issue 11, finding 9)', async () => {
    const url = fixture.subgraphUrl('tickets');
    const key = await resolveInternalSigningKey(fixture.config);
    const tenYearsAhead = Math.floor(Date.now() / 1000) + 10 * 365 * 24 * 3600 - 60;
    const longLived = signIdentityHeader({ subject: 'admin@support.local', role: 'admin' }, key, tenYearsAhead);
    const refused = await fixture.graphql(undefined, LIST_TICKETS, {}, { url, headers: { [IDENTITY_HEADER]: longLived } });
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    const fresh = signIdentityHeader({ subject: 'admin@support.local', role: 'admin' }, key);
    const accepted = await fixture.graphql(undefined, LIST_TICKETS, {}, { url, headers: { [IDENTITY_HEADER]: fresh } });
    expect(accepted.errors).toBeUndefined();
  });

  it('answers /health and /ready', async () => {
    const base = fixture.gatewayUrl.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', subgraphs: Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, true])) });
  });
});
