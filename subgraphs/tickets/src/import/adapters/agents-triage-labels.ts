import { IDENTITY_HEADER, signIdentityHeader, type Identity } from '@support-graph/runtime';
import type { TriageLabels } from '../triage-labels.js';

const OVERRIDE_TRIAGE = 'mutation ImportedCategory($ticketId: ID!, $category: String!) { overrideTriage(ticketId: $ticketId, category: $category) { id } }';

/** The agents subgraph's public `overrideTriage`, called directly with the admin's identity signed, as peers do. */
export class AgentsTriageLabels implements TriageLabels {
  constructor(
    private readonly agentsUrl: () => string,
    private readonly signingKey: Buffer,
    private readonly timeoutMs = 30_000,
  ) {}

  async record(actor: Identity, ticketId: string, category: string): Promise<void> {
    const response = await fetch(this.agentsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader(actor, this.signingKey) },
      body: JSON.stringify({ query: OVERRIDE_TRIAGE, variables: { ticketId, category } }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`agents answered: ${body.errors.map((error) => error.message).join('; ')}`);
    if (!response.ok) throw new Error(`agents answered HTTP ${response.status}`);
  }
}
