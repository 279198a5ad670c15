import type { PlatformConfig } from '@support-graph/runtime';
import type { TicketsAuditing } from '../audit/tickets-auditing.js';
import type { TicketStore } from '../store/ticket-store.js';
import { CustomerPrivacyService } from './customer-privacy-service.js';
import { agentsPrivacyApi, knowledgePrivacyApi, type PeerPrivacyApi } from './peer-privacy-api.js';
import { PrivacyPeerClient } from './privacy-peer-client.js';

/** Where a peer answers: the launcher's lookup in one process, KNOWLEDGE_URL / AGENTS_URL when run apart; undefined when it is not deployed. */
function peerUrl(name: string, config: PlatformConfig, subgraphUrl?: (name: string) => string): (() => string) | undefined {
  if (subgraphUrl) {
    // Looked up per call: peers start after this subgraph in the single-process launcher.
    return () => subgraphUrl(name);
  }
  const configured = name === 'knowledge' ? config.KNOWLEDGE_URL : config.AGENTS_URL;
  return configured ? () => configured : undefined;
}

export function createCustomerPrivacy(options: {
  readonly config: PlatformConfig;
  readonly store: TicketStore;
  readonly audit: TicketsAuditing;
  readonly signingKey: Buffer;
  readonly subgraphUrl?: ((name: string) => string) | undefined;
}): CustomerPrivacyService {
  const peers: PeerPrivacyApi[] = [];
  const skipped: string[] = [];
  for (const [name, api] of [['knowledge', knowledgePrivacyApi], ['agents', agentsPrivacyApi]] as const) {
    const url = peerUrl(name, options.config, options.subgraphUrl);
    if (url) peers.push(api(new PrivacyPeerClient(name, url, options.signingKey)));
    else skipped.push(name);
  }
  return new CustomerPrivacyService(options.store, peers, skipped, options.audit);
}
