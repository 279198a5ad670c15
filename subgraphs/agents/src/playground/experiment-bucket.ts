import { createHash } from 'node:crypto';

export type ExperimentArm = 'control' | 'candidate';

/**
 * A ticket's bucket in an experiment, 0–99: the first four bytes of SHA-256 of
 * `<experiment id>:<ticket id>` modulo 100. The same ticket always lands in the same bucket of the
 * same experiment (on every replica, across restarts); a new experiment reshuffles the tickets.
 */
export function experimentBucket(experimentId: string, ticketId: string): number {
  return createHash('sha256').update(`${experimentId}:${ticketId}`).digest().readUInt32BE(0) % 100;
}

/** Buckets below the candidate's share (1–99 percent) get the candidate. */
export function experimentArm(experimentId: string, ticketId: string, candidateShare: number): ExperimentArm {
  return experimentBucket(experimentId, ticketId) < candidateShare ? 'candidate' : 'control';
}
