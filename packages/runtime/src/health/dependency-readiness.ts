import { redisStatus, usesRedis, type DependencyStatus } from '../redis/redis-connections.js';

/**
 * The shared dependencies this process needs and whether each answers, for `/ready`: Redis when
 * a connection to it was opened. A dependency that is down names itself and the last error, so an
 * operator reads why without searching logs.
 */
export function dependencyReadiness(): Record<string, DependencyStatus> {
  return usesRedis() ? { redis: redisStatus() } : {};
}

export function allReady(dependencies: Record<string, DependencyStatus>): boolean {
  return Object.values(dependencies).every((dependency) => dependency.ready);
}
