import { randomUUID } from 'node:crypto';
import { experimentArm, experimentBucket } from '../src/playground/experiment-bucket.js';

const EXPERIMENT = '6f1c7c1e-2c52-4d8e-9a43-0d1f0b7f6a10';
const tickets = Array.from({ length: 10_000 }, (_, index) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`);

describe('the experiment bucket of a ticket', () => {
  it('is the same for the same experiment and ticket, every time', () => {
    const ticket = randomUUID();
    const first = experimentBucket(EXPERIMENT, ticket);
    for (let i = 0; i < 20; i += 1) expect(experimentBucket(EXPERIMENT, ticket)).toBe(first);
    expect(experimentBucket(EXPERIMENT, tickets[0]!)).toBe(experimentBucket(EXPERIMENT, tickets[0]!));
  });

  it('is a whole number from 0 to 99, roughly uniform over tickets', () => {
    const counts = new Array<number>(100).fill(0);
    for (const ticket of tickets) {
      const bucket = experimentBucket(EXPERIMENT, ticket);
      expect(Number.isInteger(bucket) && bucket >= 0 && bucket < 100).toBe(true);
      counts[bucket]! += 1;
    }
    // 100 tickets expected per bucket; a chi-square over 99 degrees of freedom stays below 150 unless the hash is skewed.
    const chiSquare = counts.reduce((sum, count) => sum + (count - 100) ** 2 / 100, 0);
    expect(chiSquare).toBeLessThan(150);
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
  });

  it('gives the candidate about its share of tickets, and a new experiment reshuffles them', () => {
    const share = (percent: number, experiment = EXPERIMENT) => tickets.filter((ticket) => experimentArm(experiment, ticket, percent) === 'candidate').length / tickets.length;
    expect(share(50)).toBeCloseTo(0.5, 1);
    expect(Math.abs(share(10) - 0.1)).toBeLessThan(0.015);
    expect(Math.abs(share(90) - 0.9)).toBeLessThan(0.015);
    // A ticket in the candidate arm at 10 % stays there at 50 %: raising the share only adds tickets.
    expect(tickets.every((ticket) => experimentArm(EXPERIMENT, ticket, 10) === 'control' || experimentArm(EXPERIMENT, ticket, 50) === 'candidate')).toBe(true);
    const other = randomUUID();
    const moved = tickets.filter((ticket) => experimentArm(EXPERIMENT, ticket, 50) !== experimentArm(other, ticket, 50)).length / tickets.length;
    expect(moved).toBeGreaterThan(0.4);
    expect(moved).toBeLessThan(0.6);
  });
});
