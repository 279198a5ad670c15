import { IDENTITY_HEADER, signIdentityHeader, type Identity } from '@support-graph/runtime';

/** The identity the tickets subgraph signs when it asks a peer to export or erase: a `service`. */
export const TICKETS_SERVICE_IDENTITY: Identity = Object.freeze({ subject: 'tickets-subgraph', role: 'service' });

export class PrivacyPeerError extends Error {}

/**
 * Calls a peer subgraph directly (not through the gateway: the privacy fields are `@inaccessible`)
 * with a freshly signed `service` identity, as subgraphs/agents/src/peers does.
 */
export class PrivacyPeerClient {
  constructor(
    readonly service: string,
    private readonly url: () => string,
    private readonly signingKey: Buffer,
    private readonly timeoutMs = 30_000,
  ) {}

  async request<TData>(query: string, variables: Record<string, unknown>): Promise<TData> {
    const response = await fetch(this.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(TICKETS_SERVICE_IDENTITY, this.signingKey) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await response.json()) as { data?: TData; errors?: { message: string }[] };
    if (body.errors?.length) throw new PrivacyPeerError(`${this.service} answered: ${body.errors.map((error) => error.message).join('; ')}`);
    if (!response.ok || body.data === undefined) throw new PrivacyPeerError(`${this.service} answered HTTP ${response.status}`);
    return body.data;
  }
}
