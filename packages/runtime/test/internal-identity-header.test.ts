import { IdentityHeaderSigner, IdentityHeaderVerifier, signIdentityHeader, verifyIdentityHeader } from '@support-graph/runtime';

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

describe('identity header signer and verifier caches', () => {
  it('reuse a header for half its validity, then sign a fresh one', () => {
    const signer = new IdentityHeaderSigner(key);
    const first = signer.sign(identity, 1000);
    expect(signer.sign(identity, 1029)).toBe(first);
    expect(signer.sign(identity, 1031)).not.toBe(first);
    expect(signer.sign({ ...identity, role: 'agent' }, 1000)).not.toBe(first);
  });

  it('remember verified headers only until they expire, and never a forged one', () => {
    const verifier = new IdentityHeaderVerifier(key);
    const header = signIdentityHeader(identity, key, 1000);
    expect(verifier.verify(header, 1000)).toEqual(identity);
    expect(verifier.verify(header, 1059)).toEqual(identity);
    expect(verifier.verify(header, 1061)).toBeUndefined();
    const forged = signIdentityHeader({ subject: 'x', role: 'admin' }, Buffer.alloc(32, 9), 1000);
    expect(verifier.verify(forged, 1000)).toBeUndefined();
    expect(verifier.verify(forged, 1000)).toBeUndefined();
  });
});
