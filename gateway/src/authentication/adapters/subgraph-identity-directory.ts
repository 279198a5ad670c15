import { IDENTITY_HEADER, isRole, signIdentityHeader } from '@support-graph/runtime';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory.js';

/** The gateway acts as this service identity when it asks the directory. */
const GATEWAY_IDENTITY = { subject: 'gateway', role: 'service' as const };

/**
 * Asks the tickets subgraph's internal (`@inaccessible`, service-only) directory fields over HTTP,
 * with a signed service identity. Clients cannot reach these fields through the gateway.
 */
export class SubgraphIdentityDirectory implements IdentityDirectory {
  constructor(
    private readonly ticketsUrl: () => string,
    private readonly signingKey: Buffer,
  ) {}

  async userByEmail(email: string): Promise<DirectoryUser | null> {
    const data = await this.query<{ directoryIdentity: { role: string; active: boolean } | null }>(
      'query($email: String!) { directoryIdentity(email: $email) { role active } }',
      { email },
    );
    const found = data.directoryIdentity;
    return found && isRole(found.role) ? { role: found.role, active: found.active } : null;
  }

  async partnerForApiKey(key: string): Promise<string | null> {
    const data = await this.query<{ apiKeyPartner: string | null }>('query($key: String!) { apiKeyPartner(key: $key) }', { key });
    return data.apiKeyPartner;
  }

  private async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.ticketsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(GATEWAY_IDENTITY, this.signingKey) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data || body.errors) throw new Error(`directory lookup failed: ${body.errors?.[0]?.message ?? response.status}`);
    return body.data;
  }
}
