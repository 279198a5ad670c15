import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JobQueue, JobQueueOptions } from './job-queue.js';
import { RedisStreamsJobQueue } from './adapters/redis-streams-job-queue.js';
import { SqliteJobQueue } from './adapters/sqlite-job-queue.js';

/** The configuration keys the queue reads (a `PlatformConfig` fits). */
export interface JobQueueConfig {
  readonly DATA_DIR: string;
  readonly REDIS_URL?: string | undefined;
  /** Prefix of every Redis key; default `support-graph`. */
  readonly REDIS_PREFIX?: string | undefined;
}

/**
 * Redis Streams when REDIS_URL is set (replicas share the work), else SQLite at
 * `DATA_DIR/<name>-queue.sqlite`. `name` is unique per queue, e.g. `agents-pipeline`.
 */
export function createJobQueue<TPayload>(config: JobQueueConfig, name: string, options: JobQueueOptions = {}): JobQueue<TPayload> {
  if (config.REDIS_URL) return new RedisStreamsJobQueue<TPayload>(config.REDIS_URL, name, { ...options, keyPrefix: config.REDIS_PREFIX });
  mkdirSync(config.DATA_DIR, { recursive: true });
  return new SqliteJobQueue<TPayload>(join(config.DATA_DIR, `${name}-queue.sqlite`), options);
}
