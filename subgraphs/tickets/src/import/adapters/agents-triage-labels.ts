import { createPeerClient, type Identity } from '@support-graph/runtime';
import type { TriageLabels } from '../triage-labels.js';

const OVERRIDE_TRIAGE =
  'mutation ImportedCategory($ticketId: ID!, $category: String!, $team: String) { overrideTriage(ticketId: $ticketId, category: $category, team: $team) { id } }';

/** The agents subgraph's public `overrideTriage`, called directly with the importing admin's identity signed, as peers do. */
export class AgentsTriageLabels implements TriageLabels {
  constructor(
    private readonly agentsUrl: () => string,
    private readonly signingKey: Buffer,
  ) {}

  async record(actor: Identity, ticketId: string, category: string, team: string | null): Promise<void> {
    const client = createPeerClient({ peer: 'agents', url: this.agentsUrl, signingKey: this.signingKey, identity: actor, timeoutMs: 30_000 });
    await client.request(OVERRIDE_TRIAGE, { ticketId, category, team });
  }
}
