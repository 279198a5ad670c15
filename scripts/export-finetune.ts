import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { issueDevToken, loadConfigOrExit, loadOrCreateDevKeys } from '@support-graph/runtime';
import { datasheetMarkdown, REDACTION_RULES, type FinetuneDatasheet } from './finetune-export/finetune-datasheet.js';
import { chatRecord, chatTurns, isValidation, passesCsat, type FinetuneFormat } from './finetune-export/finetune-records.js';
import { FINISHED_STATUSES, GatewayConversations } from './finetune-export/gateway-conversations.js';

/**
 * `npm run -s export:finetune -- --format openai|anthropic [--min-csat 4] [--validation 0.1] [--out DIR]
 * [--gateway URL] [--token JWT]`: writes resolved conversations, PII redacted, as chat-format JSONL
 * (DIR/train.jsonl, DIR/validation.jsonl) with DIR/datasheet.md, read through a running gateway as
 * an admin (a dev token from DATA_DIR's keys unless --token is given), and prints the datasheet as JSON.
 */
const USAGE =
  'usage: npm run -s export:finetune -- --format openai|anthropic [--min-csat 1-5] [--validation 0.1] [--out DIR] [--gateway URL] [--token JWT]\n';
const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    'min-csat': { type: 'string' },
    validation: { type: 'string', default: '0.1' },
    out: { type: 'string' },
    gateway: { type: 'string' },
    token: { type: 'string' },
  },
});
const format = values.format?.toLowerCase();
const minCsat = values['min-csat'] === undefined ? null : Number(values['min-csat']);
const validationShare = Number(values.validation);
if (
  (format !== 'openai' && format !== 'anthropic') ||
  (minCsat !== null && !(Number.isFinite(minCsat) && minCsat >= 1 && minCsat <= 5)) ||
  !(validationShare >= 0 && validationShare < 1)
) {
  process.stderr.write(USAGE);
  process.exit(2);
}

const config = loadConfigOrExit();
const exportedAt = new Date().toISOString();
const out = resolve(values.out ?? join(config.DATA_DIR, 'exports', `finetune-${format}-${exportedAt.replace(/[:.]/g, '-')}`));
const token = values.token ?? (await adminDevToken());
const source = new GatewayConversations(values.gateway ?? `http://localhost:${config.GATEWAY_PORT}/graphql`, token);

const withSatisfaction = await source.servesSatisfaction();
if (minCsat !== null && !withSatisfaction) {
  process.stderr.write(
    'export:finetune: --min-csat needs satisfaction scores (Ticket.satisfaction, served by the feedback subgraph), and this platform serves none; run without --min-csat to export every resolved conversation\n',
  );
  process.exit(3);
}

const lines = { train: [] as string[], validation: [] as string[] };
const counts = { resolvedTickets: 0, belowMinCsat: 0, withoutAnswer: 0 };
const categories: Record<string, number> = {};
let from: string | null = null;
let to: string | null = null;
for await (const conversation of source.finished(withSatisfaction)) {
  counts.resolvedTickets += 1;
  if (!passesCsat(conversation, minCsat)) {
    counts.belowMinCsat += 1;
    continue;
  }
  const turns = chatTurns(conversation);
  if (!turns) {
    counts.withoutAnswer += 1;
    continue;
  }
  (isValidation(conversation.id, validationShare) ? lines.validation : lines.train).push(JSON.stringify(chatRecord(format, turns)));
  const category = conversation.category ?? 'uncategorised';
  categories[category] = (categories[category] ?? 0) + 1;
  const resolvedAt = conversation.resolvedAt ?? conversation.createdAt;
  if (from === null || resolvedAt < from) from = resolvedAt;
  if (to === null || resolvedAt > to) to = resolvedAt;
}

const datasheet: FinetuneDatasheet = {
  format,
  exportedAt,
  counts: { ...counts, train: lines.train.length, validation: lines.validation.length },
  resolvedBetween: { from, to },
  filters: { statuses: FINISHED_STATUSES, minCsat, validationShare },
  categories,
  redaction: REDACTION_RULES,
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'train.jsonl'), lines.train.map((line) => `${line}\n`).join(''));
writeFileSync(join(out, 'validation.jsonl'), lines.validation.map((line) => `${line}\n`).join(''));
writeFileSync(join(out, 'datasheet.md'), datasheetMarkdown(datasheet));
process.stdout.write(`${JSON.stringify({ out, ...datasheet })}\n`);

/** An admin's dev token from the local keys (as `npm run token`); deployments with an identity provider pass --token. */
async function adminDevToken(): Promise<string> {
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  return issueDevToken({ role: 'admin', subject: 'finetune-export-cli', issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, expiresIn: '1h' }, keys.jwtPrivateKey);
}
