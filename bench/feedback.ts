import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cubeCellsOf, createFeedbackStore, type TicketFactRecord } from '@support-graph/feedback';
import { issueDevToken, loadConfig, loadOrCreateDevKeys, seededRandom } from '@support-graph/runtime';
import { runLoad, type LoadResult } from './http-load.js';
import { startPlatformProcess } from './platform-process.js';

/**
 * `npm run -s bench:feedback [-- --tickets 100000 --days 90 --duration 5]`: fills the feedback
 * store with N tickets' facts and signals (CSAT, draft verdicts, triage reviews, thumbs, LLM usage)
 * and their rollups, starts the platform on it in its own process, then drives the gateway over HTTP:
 * every analytics query (figures and each breakdown, filtered, and drill-downs) as a lead, and
 * signal recording (help visits, article votes, thumbs on suggestions). Prints one JSON object.
 */
const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    days: { type: 'string', default: '90' },
    duration: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '4' },
    port: { type: 'string', default: '4150' },
  },
});
const TICKETS = Number(values.tickets);
const DAYS = Number(values.days);
const durationMs = Number(values.duration) * 1000;
const concurrency = Number(values.concurrency);

const TEAMS = { cards: ['card_arrival', 'card_declined', 'card_lost', 'pin_blocked'], payments: ['transfer_failed', 'refund_missing', 'pending_payment'], account: ['password_reset', 'verify_identity', 'close_account'], general: ['other', 'fees', 'exchange_rate'] };
const CHANNELS = ['WEB', 'EMAIL', 'CHAT', 'API', 'PHONE'];
const LANGUAGES = ['en', 'en', 'en', 'de', 'fr', 'es', 'nl'];
const DAY_MS = 86_400_000;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A realistic spread of tickets over the last DAYS days, with signals on a share of them. */
function* facts(): Generator<TicketFactRecord> {
  const random = seededRandom(14);
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const teams = Object.entries(TEAMS);
  for (let index = 0; index < TICKETS; index += 1) {
    const createdAt = new Date(today - Math.floor(random() * DAYS) * DAY_MS + Math.floor(random() * DAY_MS));
    const [team, categories] = pick(teams, random);
    const ai = random() < 0.35;
    const resolved = random() < 0.85;
    const firstResponseMs = ai ? 5_000 + random() * 60_000 : 10 * 60_000 + random() * 8 * 3_600_000;
    const resolutionMs = resolved ? firstResponseMs + random() * 48 * 3_600_000 : null;
    const drafted = !ai && random() < 0.5;
    const edited = drafted && random() < 0.6;
    const reviewed = random() < 0.2;
    yield {
      ticketId: `bench-${index}`,
      number: `SUP-${100_000 + index}`,
      day: createdAt.toISOString().slice(0, 10),
      createdAt,
      team,
      category: pick(categories, random),
      channel: pick(CHANNELS, random),
      language: pick(LANGUAGES, random),
      mode: ai ? 'AI' : 'HUMAN',
      status: resolved ? 'RESOLVED' : 'OPEN',
      resolved,
      resolvedAt: resolutionMs === null ? null : new Date(createdAt.getTime() + resolutionMs),
      reopened: resolved && random() < 0.06,
      firstResponseMs,
      resolutionMs,
      slaMet: resolved ? random() < 0.9 : null,
      aiResolved: resolved && ai,
      csatScore: resolved && random() < 0.3 ? 1 + Math.floor(random() * 5) : null,
      draftsAsIs: drafted && !edited ? 1 : 0,
      draftsEdited: edited ? 1 : 0,
      draftsDiscarded: !drafted && !ai && random() < 0.1 ? 1 : 0,
      editDistanceSum: edited ? Math.floor(random() * 200) : 0,
      triageReviewed: reviewed,
      triageCorrected: reviewed && random() < 0.15,
      thumbsUp: random() < 0.1 ? 1 : 0,
      thumbsDown: random() < 0.03 ? 1 : 0,
      tokens: ai || drafted ? 800 + Math.floor(random() * 1500) : 0,
      costUsd: ai || drafted ? 0.002 + random() * 0.01 : 0,
      updatedAt: createdAt,
    };
  }
}

/** Writes the facts and their rollups straight into DATA_DIR/feedback.sqlite before the platform starts. */
async function seed(dataDir: string): Promise<{ seconds: number; cells: number }> {
  const started = performance.now();
  const store = await createFeedbackStore({ DATA_DIR: dataDir }, join(dataDir, 'feedback.sqlite'));
  const all: TicketFactRecord[] = [];
  let batch: TicketFactRecord[] = [];
  for (const fact of facts()) {
    all.push(fact);
    batch.push(fact);
    if (batch.length === 2_000) {
      await store.saveFactsAndCells(batch, []);
      batch = [];
    }
  }
  if (batch.length) await store.saveFactsAndCells(batch, []);
  const cells = cubeCellsOf(all);
  for (let offset = 0; offset < cells.length; offset += 2_000) await store.saveFactsAndCells([], cells.slice(offset, offset + 2_000));
  await store.close();
  return { seconds: Math.round((performance.now() - started) / 100) / 10, cells: cells.length };
}

let seeded = { seconds: 0, cells: 0 };
const platform = await startPlatformProcess(Number(values.port), { AGENTS_AUTOMATION: 'false', TRIAGE_TRAINING_DATA: 'none', RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000' }, async (dataDir) => {
  seeded = await seed(dataDir);
});
try {
  const config = loadConfig({ DATA_DIR: platform.dataDir });
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  const token = (role: string, subject: string) => issueDevToken({ role: role as 'lead', subject, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }, keys.jwtPrivateKey);
  const asLead = { 'content-type': 'application/json', authorization: `Bearer ${await token('lead', 'bench-lead@support.local')}` };
  const asCustomer = { 'content-type': 'application/json', authorization: `Bearer ${await token('customer', 'bench@example.com')}` };
  const asAgent = { 'content-type': 'application/json', authorization: `Bearer ${await token('agent', 'bench-agent@support.local')}` };
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - (DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const month = new Date(Date.now() - 29 * DAY_MS).toISOString().slice(0, 10);
  const FIGURES = 'tickets resolved ticketsPerHour csatAverage csatResponseRate firstResponseMedianMs firstResponseP90Ms resolutionMedianMs resolutionP90Ms slaAttainment reopenRate aiResolutionRate draftAcceptanceRate deflectionRate triageAccuracy llmTokens llmCostUsd';
  const analytics = (groupBy: string | null, filter: Record<string, string>) =>
    JSON.stringify({ query: `query($f: AnalyticsFilter!, $g: AnalyticsGroupBy) { feedbackAnalytics(filter: $f, groupBy: $g) { totals { ${FIGURES} } groups { key figures { ${FIGURES} } } } }`, variables: { f: filter, g: groupBy } });
  const drill = (figure: string, filter: Record<string, string>) =>
    JSON.stringify({ query: 'query($f: AnalyticsFilter!, $x: AnalyticsFigure!) { feedbackDrillDown(filter: $f, figure: $x, first: 50) { total tickets { id number } } }', variables: { f: filter, x: figure } });

  const queries: Record<string, string> = {
    totals_90_days: analytics(null, { from, to: today }),
    by_day_90_days: analytics('DAY', { from, to: today }),
    by_team_90_days: analytics('TEAM', { from, to: today }),
    by_category_90_days: analytics('CATEGORY', { from, to: today }),
    by_channel_90_days: analytics('CHANNEL', { from, to: today }),
    by_language_90_days: analytics('LANGUAGE', { from, to: today }),
    by_mode_90_days: analytics('MODE', { from, to: today }),
    by_day_30_days_team_cards_email: analytics('DAY', { from: month, to: today, team: 'cards', channel: 'EMAIL' }),
    drill_dissatisfied_30_days: drill('DISSATISFIED', { from: month, to: today }),
    drill_sla_missed_90_days_team: drill('SLA_MISSED', { from, to: today, team: 'payments' }),
    drill_ai_resolved_90_days: drill('AI_RESOLVED', { from, to: today }),
  };
  const run = (headers: Record<string, string>, body: (client: number, sequence: number) => string) => runLoad({ url: platform.url, headers, concurrency, durationMs, body });
  // Warm-up: JIT, query plans, SQLite pages.
  await runLoad({ url: platform.url, headers: asLead, concurrency, durationMs: 1500, body: () => queries['by_day_90_days']! });

  const analyticsResults: Record<string, LoadResult> = {};
  for (const [name, body] of Object.entries(queries)) analyticsResults[name] = await run(asLead, () => body);

  const signals: Record<string, LoadResult> = {
    help_visit: await run(asCustomer, (client, sequence) =>
      JSON.stringify({ query: 'mutation($v: ID!) { recordHelpVisit(visitId: $v, outcome: DEFLECTED, articlesRead: 2, language: "en") }', variables: { v: `bench-visit-${client}-${sequence}` } }),
    ),
    article_vote: await run(asCustomer, (client, sequence) =>
      JSON.stringify({ query: 'mutation($v: ID!) { voteArticle(visitId: $v, articleId: "article-1", helpful: true, language: "en") }', variables: { v: `bench-vote-${client}-${sequence}` } }),
    ),
    suggestion_thumb: await run(asAgent, (client, sequence) =>
      JSON.stringify({
        query: 'mutation($t: ID!, $k: String!) { rateSuggestion(ticketId: $t, kind: "ARTICLE", suggestionId: "article-1", helpful: true, idempotencyKey: $k) }',
        variables: { t: `bench-${(client * 7919 + sequence * 104_729) % TICKETS}`, k: `bench-thumb-${client}-${sequence}` },
      }),
    ),
  };
  const worst = (results: Record<string, LoadResult>) => Math.max(...Object.values(results).map((result) => result.p95_ms));
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'feedback',
        tickets: TICKETS,
        days: DAYS,
        cube_cells: seeded.cells,
        seed_s: seeded.seconds,
        concurrency,
        analytics: analyticsResults,
        analytics_worst_p95_ms: worst(analyticsResults),
        analytics_target_p95_ms: 100,
        signals,
        signals_worst_p95_ms: worst(signals),
        signals_target_p95_ms: 20,
        errors: [...Object.values(analyticsResults), ...Object.values(signals)].reduce((sum, result) => sum + result.errors, 0),
        platform_peak_rss_mb: platform.peakRssMb(),
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await platform.stop();
}
