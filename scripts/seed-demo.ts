import { configuredSubgraphUrl, demoTargets, loadDemoWorkspace, SUBGRAPHS } from '@support-graph/gateway';
import { loadConfigOrExit, resolveInternalSigningKey } from '@support-graph/runtime';

/**
 * `npm run seed:demo`: loads the demo workspace (demo/) into a running platform, on demand and
 * idempotently; the subgraphs are called directly as an admin signed with the internal key
 * (`<NAME>_URL`, else `<NAME>_PORT` on this machine, for each subgraph).
 */
const config = loadConfigOrExit(process.env, SUBGRAPHS);
const urlOf = (name: string) => () => configuredSubgraphUrl(config, SUBGRAPHS.find((descriptor) => descriptor.name === name)!);
const targets = demoTargets(
  {
    tickets: urlOf('tickets'),
    knowledge: urlOf('knowledge'),
    agents: urlOf('agents'),
  },
  await resolveInternalSigningKey(config),
);
const summary = await loadDemoWorkspace(targets);
const { partnerKey, uncategorisedTicketIds: _uncategorised, ...rest } = summary;
process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
if (partnerKey) process.stdout.write(`\nPartner integration "${summary.partner}": X-Api-Key ${partnerKey}\n(shown once)\n`);
