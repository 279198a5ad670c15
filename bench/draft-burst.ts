import { parseArgs } from 'node:util';
import { issueDevToken, loadConfig, loadOrCreateDevKeys } from '@support-graph/runtime';
import { startPlatformProcess } from './platform-process.js';

/**
 * `npm run -s bench:burst`: the outside attacker's burst (issue 11, finding 7) — N concurrent
 * `draftReply` calls at one ticket, once from one identity and once from N distinct identities
 * (each needs its own directory lookup) — and what each call got back: HTTP status and error code.
 * A 500 is a defect; a 503 SERVICE_UNAVAILABLE or 429 RATE_LIMITED is the platform saying no on purpose.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4700' },
    calls: { type: 'string', default: '550' },
  },
});
const calls = Number(values.calls);

const platform = await startPlatformProcess(Number(values.port), {
  AGENTS_AUTOMATION: 'false',
  TRIAGE_TRAINING_DATA: 'none',
  RATE_LIMIT_BURST: '1000000',
  RATE_LIMIT_PER_SECOND: '1000000',
});

interface Outcome {
  readonly status: number;
  readonly code: string;
}

function tally(outcomes: readonly Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, code } of outcomes) counts[`${status} ${code}`] = (counts[`${status} ${code}`] ?? 0) + 1;
  return counts;
}

try {
  const config = loadConfig({ DATA_DIR: platform.dataDir });
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  const token = (subject: string) => issueDevToken({ role: 'agent', subject, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }, keys.jwtPrivateKey);
  const agent = await token('burst@support.local');
  const post = async (bearer: string, query: string, variables: Record<string, unknown>): Promise<Outcome & { body: any }> => {
    const response = await fetch(platform.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', body };
  };
  const created = await post(agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
    i: { subject: 'Refund not received', description: 'How long does a refund take to show up on my card?', customer: { email: 'burst@example.com' } },
  });
  const ticketId = created.body.data.createTicket.id as string;
  const draft = 'mutation($id: ID!) { draftReply(ticketId: $id) { id status } }';

  async function burst(tokens: readonly string[]): Promise<{ outcomes: Record<string, number>; seconds: number }> {
    const started = performance.now();
    const outcomes = await Promise.all(tokens.map((bearer) => post(bearer, draft, { id: ticketId }).catch(() => ({ status: 0, code: 'CONNECTION_FAILED' }))));
    return { outcomes: tally(outcomes), seconds: Math.round((performance.now() - started) / 10) / 100 };
  }

  const oneIdentity = await burst(Array.from({ length: calls }, () => agent));
  const distinct = await burst(await Promise.all(Array.from({ length: calls }, (_, index) => token(`burst-${index}@support.local`))));
  const count500 = (outcomes: Record<string, number>) => Object.entries(outcomes).filter(([key]) => key.startsWith('500')).reduce((sum, [, n]) => sum + n, 0);
  process.stdout.write(
    `${JSON.stringify({ calls, one_identity: oneIdentity, distinct_identities: distinct, http_500: count500(oneIdentity.outcomes) + count500(distinct.outcomes), peak_rss_mb: platform.peakRssMb() })}\n`,
  );
} finally {
  await platform.stop();
}
