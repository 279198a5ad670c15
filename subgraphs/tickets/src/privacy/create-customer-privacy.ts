import { createPeerClient, serviceIdentity, type Logger, type PeerSubgraph } from '@support-graph/runtime';
import type { TicketsAuditing } from '../audit/tickets-auditing.js';
import type { TicketStore } from '../store/ticket-store.js';
import { CustomerPrivacyService } from './customer-privacy-service.js';
import { peerPrivacyApi, type PeerPrivacyApi } from './peer-privacy-api.js';

/** The identity the tickets subgraph signs when it asks a peer to export or erase: a `service`. */
const TICKETS_SERVICE_IDENTITY = serviceIdentity('tickets');

/** A peer holding a customer's data may be slow to scan it: more time than an ordinary peer call. */
const PRIVACY_TIMEOUT_MS = 30_000;

/** Export and erasure across every peer whose descriptor declares privacy participation. */
export function createCustomerPrivacy(options: {
  readonly store: TicketStore;
  readonly audit: TicketsAuditing;
  readonly signingKey: Buffer;
  readonly peers: readonly PeerSubgraph[];
  readonly logger: Logger;
  /** Stores of this subgraph besides the ticket store that hold data about tickets (attachments, email threads). */
  readonly local?: readonly PeerPrivacyApi[];
}): CustomerPrivacyService {
  const participants = options.peers.flatMap((peer) =>
    peer.privacy
      ? [peerPrivacyApi(createPeerClient({ peer: peer.name, url: peer.url, signingKey: options.signingKey, identity: TICKETS_SERVICE_IDENTITY, timeoutMs: PRIVACY_TIMEOUT_MS }), peer.privacy)]
      : [],
  );
  return new CustomerPrivacyService(options.store, [...participants, ...(options.local ?? [])], options.audit, options.logger);
}
