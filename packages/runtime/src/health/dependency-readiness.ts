import { redisStatus, usesRedis, type DependencyStatus } from '../redis/redis-connections.js';

/**
 * The shared dependencies this process needs and whether each answers, for `/ready`: Redis when
 * a connection to it was opened. A dependency that is down names itself and the last error, so an
 * operator reads why without searching logs.
 */
export function dependencyReadiness(): Record<string, DependencyStatus> {
  const checked = Object.fromEntries([...reportedDependencies].map(([name, status]) => [name, status()]));
  return usesRedis() ? { redis: redisStatus(), ...checked } : checked;
}

const reportedDependencies = new Map<string, () => DependencyStatus>();

/**
 * Adds an outside system this process depends on (an email mailbox…) to `/ready`, under `name`,
 * until the returned function is called (when the part that uses it stops).
 */
export function reportDependency(name: string, status: () => DependencyStatus): () => void {
  reportedDependencies.set(name, status);
  return () => {
    if (reportedDependencies.get(name) === status) reportedDependencies.delete(name);
  };
}

export function allReady(dependencies: Record<string, DependencyStatus>): boolean {
  return Object.values(dependencies).every((dependency) => dependency.ready);
}
