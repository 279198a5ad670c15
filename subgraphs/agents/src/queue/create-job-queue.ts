import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JobQueue, JobQueueOptions } from './job-queue.js';
import { RedisStreamsJobQueue } from './adapters/redis-streams-job-queue.js';
import { SqliteJobQueue } from './adapters/sqlite-job-queue.js';

export interface JobQueueConfig {
  readonly DATA_DIR: string;
  readonly REDIS_URL?: string | undefined;
}

/** Redis Streams when REDIS_URL is set (replicas share the work), else SQLite at `DATA_DIR/<name>-queue.sqlite`. */
export function createJobQueue<TPayload>(config: JobQueueConfig, name: string, options: JobQueueOptions = {}): JobQueue<TPayload> {
  if (config.REDIS_URL) return new RedisStreamsJobQueue<TPayload>(config.REDIS_URL, `support-graph:queue:${name}`, options);
  mkdirSync(config.DATA_DIR, { recursive: true });
  return new SqliteJobQueue<TPayload>(join(config.DATA_DIR, `${name}-queue.sqlite`), options);
}
