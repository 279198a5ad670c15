import { signIdentityHeader, verifyIdentityHeader } from '@support-graph/runtime';

const key = Buffer.alloc(32, 1);
const identity = { subject: 'ann@example.com', role: 'customer' as const, email: 'ann@example.com' };

describe('internal identity header', () => {
  it('round-trips an identity signed with the shared key', () => {
    expect(verifyIdentityHeader(signIdentityHeader(identity, key), key)).toEqual(identity);
  });

  it('rejects another key, a changed payload, an expired header and garbage', () => {
    const header = signIdentityHeader(identity, key);
    expect(verifyIdentityHeader(header, Buffer.alloc(32, 2))).toBeUndefined();
    const [version, , signature] = header.split('.');
    const elevated = Buffer.from(JSON.stringify({ sub: 'ann@example.com', role: 'admin', exp: 9_999_999_999 })).toString('base64url');
    expect(verifyIdentityHeader(`${version}.${elevated}.${signature}`, key)).toBeUndefined();
    expect(verifyIdentityHeader(signIdentityHeader(identity, key, 1000), key, 2000)).toBeUndefined();
    for (const junk of [undefined, '', 'v1', 'v1..', 'v2.a.b', 'v1.%%%.###']) expect(verifyIdentityHeader(junk, key)).toBeUndefined();
  });
});
