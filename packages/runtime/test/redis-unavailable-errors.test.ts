import { GraphQLError } from 'graphql';
import { createLogger } from '../src/logger.js';
import { maskInternalErrors } from '../src/errors/mask-internal-errors.js';
import { isRedisUnavailable, openRedis, redisStatus } from '../src/redis/redis-connections.js';

const silent = createLogger('test', 'silent');

/** A port nothing listens on: Redis "down". */
const DOWN_URL = 'redis://127.0.0.1:1';

describe('a request that needs Redis while it is down', () => {
  it('fails with SERVICE_UNAVAILABLE (not an internal error), and readiness names Redis and why', async () => {
    const redis = openRedis(DOWN_URL, { logger: silent, purpose: 'rate-limit', failFast: true });
    let failure: unknown;
    try {
      await redis.get('any-key');
    } catch (error) {
      failure = error;
    }
    expect(isRedisUnavailable(failure)).toBe(true);
    const status = redisStatus();
    expect(status).toMatchObject({ ready: false, down: ['rate-limit'] });

    const resolverError = new GraphQLError('failed', { originalError: failure as Error, path: ['ticket'] });
    const formatted = maskInternalErrors(silent)({ message: 'failed', path: ['ticket'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, resolverError);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).not.toContain('127.0.0.1');
    redis.disconnect();
  });

  it('still masks other failures as internal errors', () => {
    const formatted = maskInternalErrors(silent)({ message: 'SQLITE_BUSY', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('SQLITE_BUSY: database is locked'));
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
