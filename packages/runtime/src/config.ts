import { resolve } from 'node:path';
import { z } from 'zod';
import { consoleSignInSettings } from './settings/console-sign-in-settings.js';
import { emailSettings } from './settings/email-settings.js';
import { llmSettings } from './settings/llm-settings.js';
import { routingSettings } from './settings/routing-settings.js';
import { slaSettings } from './settings/sla-settings.js';
import { retentionSettings } from './settings/retention-settings.js';
import { feedbackSettings } from './settings/feedback-settings.js';
import { roadmapSettings } from './settings/roadmap-settings.js';
import { triageSettings } from './settings/triage-settings.js';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const optionalUrl = z.string().url().optional().or(z.literal('').transform(() => undefined));

/**
 * Every setting the platform reads, validated once at start-up. Unset production URLs mean the
 * embedded default for that port (DESIGN.md §2). Nothing else in the code reads `process.env`.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Where embedded stores and generated dev keys live. */
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GATEWAY_PORT: port(4000),
  /** Address a subgraph listens on: loopback by default; `0.0.0.0` in a container, where only the gateway and peers may reach it (network policy). */
  SUBGRAPH_HOST: z.string().min(1).default('127.0.0.1'),
  /** OpenTelemetry collector (OTLP over HTTP, e.g. `http://otel-collector:4318`): spans go to `<url>/v1/traces`; unset means no tracing at all. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** Neo4j (bolt) URL and credentials; switches the knowledge graph from embedded Kùzu to Neo4j. */
  NEO4J_URL: optionalUrl,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  /** Weaviate URL (+ optional API key); switches the knowledge search index to Weaviate hybrid search. */
  WEAVIATE_URL: optionalUrl,
  WEAVIATE_API_KEY: z.string().optional(),
  /** MongoDB connection string; switches the ticket store from SQLite to MongoDB. */
  MONGODB_URL: optionalUrl,
  /** Redis URL; switches the event bus, the durable event stream, queues, rate limits and caches to Redis. */
  REDIS_URL: optionalUrl,
  /** Starts every Redis key, stream and channel (`<prefix>:…`), so deployments sharing one Redis never see each other's data or events. */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only').default('support-graph'),
  /** JWKS endpoint of the identity provider; unset means the local dev key pair under DATA_DIR. */
  JWT_JWKS_URL: optionalUrl,
  JWT_ISSUER: z.string().default('support-graph-dev'),
  JWT_AUDIENCE: z.string().default('support-graph'),
  /** Secret (≥ 32 chars) the gateway signs forwarded identities with; generated under DATA_DIR when unset. */
  INTERNAL_SIGNING_KEY: z.string().min(32).optional(),
  /** HMAC key (≥ 32 chars) of the audit log's signed anchors (DATA_DIR/audit/anchors); generated under DATA_DIR/keys when unset. Keep it away from the database. */
  AUDIT_ANCHOR_KEY: z.string().min(32).optional(),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(2_000_000),
  /** How long a client may take to send a whole HTTP request (headers and body) to the gateway; slower ones get 408 and are closed. */
  GATEWAY_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Open subscription WebSockets one principal (role + subject, or a partner key) may hold at once. */
  SUBSCRIPTION_MAX_SOCKETS_PER_PRINCIPAL: z.coerce.number().int().positive().default(20),
  /** Labelled CSV (`text,category`) the triage model is trained from on first start; unset means the committed `datasets/banking77/train.csv`, `none` disables training. */
  TRIAGE_TRAINING_DATA: z.string().optional(),
  /** Load the demo workspace (demo/: articles, tickets, teams, users, a partner key) when `npm start` finds no tickets and no articles. */
  DEMO_DATA: z.stringbool().default(true),
  /** Run the AI pipeline (triage, sentiment, missing information…) on every new ticket and customer message. */
  AGENTS_AUTOMATION: z.stringbool().default(true),
  /** Draft a reply automatically on every new ticket and customer message (the draft is stored on a run, never sent). */
  AGENTS_AUTO_DRAFT_REPLY: z.stringbool().default(false),
  /**
   * Automatic reply to a new ticket, for categories support_agents/rules/auto-replies.yaml does not list:
   * `send` the AI draft when grounded and confident (else a holding reply), `hold` (always the holding reply), `off`.
   */
  AGENTS_AUTO_REPLY: z.enum(['send', 'hold', 'off']).default('send'),
  /** Pipeline jobs the agents subgraph works on at once; a burst waits in the queue. */
  AGENTS_QUEUE_CONCURRENCY: z.coerce.number().int().positive().default(4),
  /** Attempts of a pipeline job before it goes to the dead-letter list. */
  AGENTS_QUEUE_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  /** Redis: how long a pipeline job may stay unacknowledged before another worker takes it over (its worker presumed dead, e.g. after kill -9). Longer than any pipeline run. */
  AGENTS_QUEUE_VISIBILITY_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** Deepest field nesting an operation may select at the gateway (a root field is depth 1). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  /** Highest estimated cost of one operation: every field costs 1, times the list sizes above it. */
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
  /** List size assumed for a list field without a `first`/`last` argument, when estimating cost. */
  GRAPHQL_DEFAULT_LIST_SIZE: z.coerce.number().int().positive().default(10),
  /** Most aliased fields in one operation. */
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().nonnegative().default(15),
  /** Most top-level fields in one operation. */
  GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().positive().default(10),
  /** Most lexical tokens in one document; bigger documents are refused while parsing, before validation. */
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(5000),
  /** Most operations in one batched HTTP request (a JSON array); 1 turns batching off. Partners never batch. */
  GRAPHQL_MAX_BATCH_SIZE: z.coerce.number().int().positive().default(10),
  /** Token bucket per principal (role + subject; a partner's API key name): bucket size, i.e. the largest burst. */
  RATE_LIMIT_BURST: z.coerce.number().int().positive().default(100),
  /** Token bucket refill rate, in operations per second, per principal. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(20),
  /** How long an automatically persisted query (first-party clients) is kept, in seconds; in memory (LRU, 30 MiB) or in Redis when REDIS_URL is set. */
  APQ_TTL_SECONDS: z.coerce.number().int().positive().default(86_400),
  /** Data keys for encryption at rest (production): `{"id":"base64(32 bytes)"}` or `id:base64,...`; unset means generated under DATA_DIR/keys. */
  DATA_ENCRYPTION_KEYS: z.string().optional(),
  /** Which of DATA_ENCRYPTION_KEYS encrypts new values; may be left out when there is only one. */
  DATA_ENCRYPTION_ACTIVE_KEY: z.string().optional(),
  /** HMAC key (base64 of 32 bytes) of blind indexes such as the customer email lookup; set together with DATA_ENCRYPTION_KEYS. */
  BLIND_INDEX_KEY: z.string().optional(),
  // Settings grouped by the part that uses them, each group in its own file under settings/.
  /** Paid LLM providers (and OpenAI embeddings), their limits and the response cache; unset keys mean the local, key-less defaults. */
  ...llmSettings,
  /** Triage cascade and escalation thresholds. */
  ...triageSettings,
  /** The console's sign-in at an OpenID Connect provider. */
  ...consoleSignInSettings,
  /** Presence, auto-away and reassignment of the ticket router. */
  ...routingSettings,
  /** SLA warnings before a deadline and breach checks. */
  ...slaSettings,
  /** How long closed tickets keep their text, and how often retention runs. */
  ...retentionSettings,
  ...feedbackSettings,
  /** The email channel: IMAP mailbox, inbound SMTP, outbound relay, attachment limits. */
  ...emailSettings,
  /** The roadmap: offline store or Jira Cloud sync. */
  ...roadmapSettings,
});

/** A subgraph as the configuration sees it: the two variables its descriptor implies. */
export interface SubgraphAddress {
  readonly name: string;
  readonly defaultPort: number;
}

/** Where one subgraph listens (`<NAME>_PORT`) and, when run apart, where others find it (`<NAME>_URL`). */
export interface SubgraphEndpoint {
  readonly port: number;
  /** Unset in the single-process mode, where the launcher knows every URL. */
  readonly url: string | undefined;
}

/** Every fixed variable the platform reads (the README's configuration tables document each one); `<NAME>_PORT`/`<NAME>_URL` come from the subgraph list. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(configSchema.shape);

export type PlatformConfig = Readonly<
  Omit<z.infer<typeof configSchema>, 'DATA_DIR'> & {
    DATA_DIR: string;
    /** Each subgraph of the list given to loadConfig, by name: from `<NAME>_PORT` and `<NAME>_URL`. */
    SUBGRAPH_ENDPOINTS: Readonly<Record<string, SubgraphEndpoint>>;
  }
>;

export class ConfigError extends Error {}

/** `tickets` → `TICKETS`: the prefix of a subgraph's variables, so a name must make a variable name. */
function subgraphVariablePrefix(name: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new ConfigError(`Subgraph name "${name}" must be lower-case letters, digits and _ (it prefixes ${name.toUpperCase()}_PORT)`);
  return name.toUpperCase();
}

/** `<NAME>_PORT` (default: the descriptor's port) and `<NAME>_URL` for every subgraph of the list. */
function subgraphEndpointShape(subgraphs: readonly SubgraphAddress[]): Record<string, z.ZodType> {
  return Object.fromEntries(
    subgraphs.flatMap(({ name, defaultPort }) => [
      [`${subgraphVariablePrefix(name)}_PORT`, port(defaultPort)],
      [`${subgraphVariablePrefix(name)}_URL`, optionalUrl],
    ]),
  );
}

/**
 * Reads and validates configuration from an environment (default: this process's). `subgraphs`
 * is the platform's list of subgraphs (gateway/src/subgraphs/subgraph-catalog.ts): each one's
 * `<NAME>_PORT` and `<NAME>_URL` are validated with the rest and land in SUBGRAPH_ENDPOINTS.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, subgraphs: readonly SubgraphAddress[] = []): PlatformConfig {
  const parsed = configSchema.extend(subgraphEndpointShape(subgraphs)).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const variables = parsed.data as Record<string, unknown>;
  const settings = Object.fromEntries(Object.entries(variables).filter(([key]) => key in configSchema.shape)) as z.infer<typeof configSchema>;
  const endpoints = Object.fromEntries(
    subgraphs.map(({ name }) => {
      const prefix = subgraphVariablePrefix(name);
      return [name, Object.freeze({ port: variables[`${prefix}_PORT`] as number, url: variables[`${prefix}_URL`] as string | undefined })];
    }),
  );
  return Object.freeze({ ...settings, DATA_DIR: resolve(settings.DATA_DIR), SUBGRAPH_ENDPOINTS: Object.freeze(endpoints) });
}
