import { HeaderMap } from '@apollo/server';

/**
 * The credentials of a graphql-ws `connection_init` payload as the HTTP headers the gateway's
 * authenticator reads: `{ authorization: 'Bearer …' }`, `{ token }` (the bare JWT) or, for
 * partners, `{ 'x-api-key': … }`. Header names are matched case-insensitively, like HTTP.
 */
export function connectionHeaders(connectionParams: Readonly<Record<string, unknown>> | undefined): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(connectionParams ?? {})) {
    if (typeof value !== 'string') continue;
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'x-api-key') headers.set(lower, value);
    if (lower === 'token' && !headers.has('authorization')) headers.set('authorization', `Bearer ${value}`);
  }
  return headers;
}
