import { demoTargets, loadDemoWorkspace } from '@support-graph/gateway';
import { loadConfig, resolveInternalSigningKey } from '@support-graph/runtime';

/**
 * `npm run seed:demo`: loads the demo workspace (demo/) into a running platform, on demand and
 * idempotently; the subgraphs are called directly as an admin signed with the internal key
 * (TICKETS_URL / KNOWLEDGE_URL, else TICKETS_PORT / KNOWLEDGE_PORT on this machine).
 */
const config = loadConfig();
const targets = demoTargets(
  {
    tickets: () => config.TICKETS_URL ?? `http://127.0.0.1:${config.TICKETS_PORT}/graphql`,
    knowledge: () => config.KNOWLEDGE_URL ?? `http://127.0.0.1:${config.KNOWLEDGE_PORT}/graphql`,
    agents: () => config.AGENTS_URL ?? `http://127.0.0.1:${config.AGENTS_PORT}/graphql`,
  },
  await resolveInternalSigningKey(config),
);
const summary = await loadDemoWorkspace(targets);
const { partnerKey, uncategorisedTicketIds: _uncategorised, ...rest } = summary;
process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
if (partnerKey) process.stdout.write(`\nPartner integration "${summary.partner}": X-Api-Key ${partnerKey}\n(shown once)\n`);
