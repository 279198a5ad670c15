import { AdmissionGate, createPeerClient, isRole, type PeerClient } from '@support-graph/runtime';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory.js';

/** The gateway acts as this service identity when it asks the directory. */
const GATEWAY_IDENTITY = Object.freeze({ subject: 'gateway', role: 'service' as const });

/**
 * A burst of first requests from many people (each needs a lookup) waits in line for one of 32
 * lookups in flight, so each lookup answers well inside its 5 s timeout instead of hundreds of them
 * timing out together; no turn within 15 s is SERVICE_UNAVAILABLE (the caller maps failures to 503).
 */
const LOOKUP_ADMISSION = { name: 'directory lookups', maxInFlight: 32, maxWaiting: 20_000, maxWaitMs: 15_000 } as const;

/**
 * Asks the tickets subgraph's internal (`@inaccessible`, service-only) directory fields over HTTP,
 * with a signed service identity. Clients cannot reach these fields through the gateway.
 */
export class SubgraphIdentityDirectory implements IdentityDirectory {
  private readonly tickets: PeerClient;
  private readonly admission = new AdmissionGate(LOOKUP_ADMISSION);

  constructor(ticketsUrl: () => string, signingKey: Buffer) {
    this.tickets = createPeerClient({ peer: 'tickets', url: ticketsUrl, signingKey, identity: GATEWAY_IDENTITY });
  }

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

  private query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return this.admission.run(() => this.tickets.request<T>(query, variables));
  }
}
