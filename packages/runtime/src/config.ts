import { resolve } from 'node:path';
import { z } from 'zod';

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
  TICKETS_PORT: port(4001),
  KNOWLEDGE_PORT: port(4002),
  AGENTS_PORT: port(4003),
  /** Where a standalone gateway (or another service) finds each subgraph; unset in the single-process mode. */
  TICKETS_URL: optionalUrl,
  KNOWLEDGE_URL: optionalUrl,
  AGENTS_URL: optionalUrl,
  /** Neo4j (bolt) URL and credentials; switches the knowledge graph from embedded Kùzu to Neo4j. */
  NEO4J_URL: optionalUrl,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  /** Weaviate URL (+ optional API key); switches the knowledge search index to Weaviate hybrid search. */
  WEAVIATE_URL: optionalUrl,
  WEAVIATE_API_KEY: z.string().optional(),
  /** Paid LLM providers and OpenAI embeddings; unset means the local, key-less defaults. */
  ANTHROPIC_API_KEY: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  /** MongoDB connection string; switches the ticket store from SQLite to MongoDB. */
  MONGODB_URL: optionalUrl,
  /** Redis URL; switches the event bus (and later queues, rate limits, caches) to Redis. */
  REDIS_URL: optionalUrl,
  /** JWKS endpoint of the identity provider; unset means the local dev key pair under DATA_DIR. */
  JWT_JWKS_URL: optionalUrl,
  JWT_ISSUER: z.string().default('support-graph-dev'),
  JWT_AUDIENCE: z.string().default('support-graph'),
  /** Secret (≥ 32 chars) the gateway signs forwarded identities with; generated under DATA_DIR when unset. */
  INTERNAL_SIGNING_KEY: z.string().min(32).optional(),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(2_000_000),
});

export type PlatformConfig = Readonly<Omit<z.infer<typeof configSchema>, 'DATA_DIR'> & { DATA_DIR: string }>;

export class ConfigError extends Error {}

/** Reads and validates configuration from an environment (default: this process's). */
export function loadConfig(env: Record<string, string | undefined> = process.env): PlatformConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  return Object.freeze({ ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) });
}
