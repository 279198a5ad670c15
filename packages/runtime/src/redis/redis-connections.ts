import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Longest wait between two reconnection attempts, and the interval of the "still unreachable" log line. */
const RETRY_INTERVAL_MS = 2_000;

export interface OpenRedisOptions {
  readonly logger: Logger;
  /** What the connection is for (`event-bus`, `event-stream`, `rate-limit`…), in log lines and `/ready`. */
  readonly purpose: string;
  /**
   * Request paths: a command fails at once while Redis is away (the caller answers SERVICE_UNAVAILABLE
   * or degrades), instead of waiting for a reconnection. Default false: workers' commands wait
   * through one reconnection attempt, then fail and the worker backs off.
   */
  readonly failFast?: boolean;
  /** Commands slower than this fail (request paths that must not hang on a stalled Redis). */
  readonly commandTimeoutMs?: number;
}

interface TrackedConnection {
  readonly purpose: string;
  readonly redis: Redis;
  lastError: string | undefined;
}

/** Whether Redis answers this process, and why not. */
export interface DependencyStatus {
  readonly ready: boolean;
  /** The last connection error, when not ready. */
  readonly reason?: string;
  /** The connections that are down, by purpose. */
  readonly down?: readonly string[];
}

/**
 * Every Redis connection of this process, opened by `openRedis`: `/ready` reads their state, and
 * reconnection is logged once per interval for all of them (ioredis alone prints an unstructured
 * line per connection and attempt).
 */
const connections = new Set<TrackedConnection>();
let lastRetryLogAt = 0;
let reportedDown = false;

/**
 * The one way the platform opens Redis: reconnects forever with back-off (capped at 2 s), never
 * throws from a connection event, and reports its state through `redisStatus()`.
 */
export function openRedis(url: string, options: OpenRedisOptions): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: options.failFast ? 0 : 1,
    enableOfflineQueue: !options.failFast,
    ...(options.commandTimeoutMs ? { commandTimeout: options.commandTimeoutMs } : {}),
    retryStrategy: (attempt) => {
      const delay = Math.min(100 * 2 ** attempt, RETRY_INTERVAL_MS);
      logStillDown(options.logger, delay);
      return delay;
    },
  });
  const tracked: TrackedConnection = { purpose: options.purpose, redis, lastError: undefined };
  connections.add(tracked);
  // Listening to 'error' is also what keeps ioredis from printing its own unstructured lines.
  redis.on('error', (error: Error) => {
    tracked.lastError = error.message;
  });
  redis.on('ready', () => {
    tracked.lastError = undefined;
    if (reportedDown && redisStatus().ready) {
      reportedDown = false;
      options.logger.info({ dependency: 'redis' }, 'Redis reachable again');
    }
  });
  redis.on('end', () => connections.delete(tracked));
  return redis;
}

/** Ready when every open connection is; otherwise which ones are down and the last error seen. */
export function redisStatus(): DependencyStatus {
  const down = [...connections].filter((connection) => connection.redis.status !== 'ready');
  if (down.length === 0) return { ready: true };
  const reason = down.find((connection) => connection.lastError)?.lastError ?? `connection ${down[0]?.redis.status ?? 'closed'}`;
  return { ready: false, reason, down: [...new Set(down.map((connection) => connection.purpose))] };
}

/** Whether any Redis connection was opened in this process (i.e. Redis is a dependency here). */
export function usesRedis(): boolean {
  return connections.size > 0;
}

/** True for the errors ioredis raises while Redis is unreachable (as opposed to a bad command). */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|ETIMEDOUT|Command timed out|connect ENOENT/.test(error.message)
  );
}

function logStillDown(logger: Logger, retryInMs: number): void {
  const now = Date.now();
  if (now - lastRetryLogAt < RETRY_INTERVAL_MS) return;
  lastRetryLogAt = now;
  reportedDown = true;
  const status = redisStatus();
  logger.warn({ dependency: 'redis', reason: status.reason, down: status.down, retryInMs }, 'Redis unreachable; retrying');
}

/** Closes a connection: QUIT when connected (pending replies arrive first), else stop reconnecting at once. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  await redis.quit().catch(() => redis.disconnect());
}
