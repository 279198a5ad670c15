import type { Identity } from '@support-graph/runtime';

/** What the gateway knows about a request when it plans and fetches from subgraphs. */
export interface GatewayContext {
  readonly identity: Identity;
}
