import { createHash } from 'node:crypto';
import type { HeaderMap } from '@apollo/server';
import type { DomainEvent, EventBus, Identity, Logger, Unsubscribe } from '@support-graph/runtime';
import type { WebSocket } from 'ws';
import type { RequestAuthenticator } from '../authentication/authenticate-request.js';
import { rateLimitPrincipal } from '../rate-limit/rate-limit-principal.js';
import { SubscriptionCloseCode } from './subscription-close-codes.js';

interface OpenConnection {
  readonly headers: HeaderMap;
  readonly identity: Identity;
  /** sha256 of the partner API key, as `directory.api_key_revoked` names it. */
  readonly apiKeyHash: string | undefined;
  readonly expiry: NodeJS.Timeout | undefined;
}

/** setTimeout's longest delay; a token living longer than ~24 days is re-checked on directory events only. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The `exp` claim of an already verified bearer token, in ms (undefined for API keys or no claim). */
function tokenExpiryMs(headers: HeaderMap): number | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  const claims = token?.split('.')[1];
  if (!claims) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

const sameIdentity = (a: Identity, b: Identity) => a.subject === b.subject && a.role === b.role;

/**
 * A WebSocket outlives the check made at `connection_init`, so open connections are re-checked:
 * when the token expires, and when the directory says a user changed (deactivated, new role) or a
 * partner key was revoked. A connection whose credentials no longer yield the same identity is
 * closed with 4401; the client must sign in again (a new role means a new admission).
 */
export class OpenConnections {
  private readonly open = new Map<WebSocket, OpenConnection>();
  /** Open sockets per principal (role + subject), for the per-principal cap. */
  private readonly perPrincipal = new Map<string, number>();
  private unsubscribe: Unsubscribe | undefined;

  constructor(
    private readonly authenticate: RequestAuthenticator,
    private readonly logger: Logger,
  ) {}

  async listen(bus: EventBus): Promise<void> {
    this.unsubscribe = await bus.subscribe('directory.', (event) => {
      // After this turn: the identity cache drops its entry on the same event, and the re-check must not read the stale one.
      setImmediate(() => void this.recheck(event));
    });
  }

  /** How many sockets this identity's principal holds open now. */
  countFor(identity: Identity): number {
    return this.perPrincipal.get(rateLimitPrincipal(identity)) ?? 0;
  }

  add(socket: WebSocket, headers: HeaderMap, identity: Identity): void {
    const expiresAt = tokenExpiryMs(headers);
    const delay = expiresAt === undefined ? undefined : expiresAt - Date.now();
    const expiry = delay !== undefined && delay < MAX_TIMER_MS ? setTimeout(() => this.revoke(socket, 'The token has expired'), Math.max(0, delay)) : undefined;
    expiry?.unref();
    const apiKey = headers.get('x-api-key');
    this.open.set(socket, { headers, identity, expiry, apiKeyHash: apiKey ? createHash('sha256').update(apiKey.trim()).digest('hex') : undefined });
    const principal = rateLimitPrincipal(identity);
    this.perPrincipal.set(principal, (this.perPrincipal.get(principal) ?? 0) + 1);
    socket.once('close', () => this.remove(socket));
  }

  get size(): number {
    return this.open.size;
  }

  async close(): Promise<void> {
    await this.unsubscribe?.();
    for (const socket of [...this.open.keys()]) this.remove(socket);
  }

  private async recheck(event: DomainEvent): Promise<void> {
    const payload = (event.payload ?? {}) as { email?: unknown; hash?: unknown };
    const email = typeof payload.email === 'string' ? payload.email.trim().toLowerCase() : undefined;
    const hash = typeof payload.hash === 'string' ? payload.hash : undefined;
    const affected = [...this.open].filter(([, connection]) =>
      (hash !== undefined && connection.apiKeyHash === hash) || (email !== undefined && (connection.identity.email ?? connection.identity.subject).toLowerCase() === email),
    );
    await Promise.all(
      affected.map(async ([socket, connection]) => {
        try {
          const identity = await this.authenticate(connection.headers);
          if (!sameIdentity(identity, connection.identity)) this.revoke(socket, 'The account changed; sign in again');
        } catch {
          this.revoke(socket, 'The credentials are no longer valid');
        }
      }),
    );
  }

  private revoke(socket: WebSocket, reason: string): void {
    if (!this.open.has(socket)) return;
    this.remove(socket);
    this.logger.info({ reason }, 'subscription connection closed: credentials no longer valid');
    socket.close(SubscriptionCloseCode.Unauthorized, reason);
  }

  private remove(socket: WebSocket): void {
    const connection = this.open.get(socket);
    if (!connection) return;
    if (connection.expiry) clearTimeout(connection.expiry);
    this.open.delete(socket);
    const principal = rateLimitPrincipal(connection.identity);
    const remaining = (this.perPrincipal.get(principal) ?? 1) - 1;
    if (remaining > 0) this.perPrincipal.set(principal, remaining);
    else this.perPrincipal.delete(principal);
  }
}
