import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { openRedis } from '../redis/redis-connections.js';
import type { JobQueue, JobQueueOptions } from './job-queue.js';
import { RedisStreamsJobQueue } from './adapters/redis-streams-job-queue.js';
import { SqliteJobQueue } from './adapters/sqlite-job-queue.js';
import { TracedJobQueue } from '../tracing/traced-job-queue.js';

export interface JobQueueConfig {
  readonly DATA_DIR: string;
  readonly REDIS_URL?: string | undefined;
  readonly REDIS_PREFIX: string;
}

/**
 * Redis Streams when REDIS_URL is set (replicas share the work; keys `<REDIS_PREFIX>:queue:<name>:…`),
 * else SQLite at `DATA_DIR/<name>-queue.sqlite`; either way jobs carry the trace they were enqueued in.
 */
export function createJobQueue<TPayload>(config: JobQueueConfig, logger: Logger, name: string, options: JobQueueOptions = {}): JobQueue<TPayload> {
  return new TracedJobQueue<TPayload>(openJobQueue(config, logger, name, options), name);
}

function openJobQueue<TPayload>(config: JobQueueConfig, logger: Logger, name: string, options: JobQueueOptions): JobQueue<TPayload> {
  if (config.REDIS_URL) {
    const connections = { commands: openRedis(config.REDIS_URL, { logger, purpose: 'job-queue' }), reader: openRedis(config.REDIS_URL, { logger, purpose: 'job-queue' }) };
    return new RedisStreamsJobQueue<TPayload>(connections, `${config.REDIS_PREFIX}:queue:${name}`, options);
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  return new SqliteJobQueue<TPayload>(join(config.DATA_DIR, `${name}-queue.sqlite`), options);
}
