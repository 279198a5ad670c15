import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyticsCube } from '../src/analytics/analytics-cube.js';
import { analyticsFigures } from '../src/analytics/analytics-figures.js';
import { counterOf, emptyCounts, setCounter } from '../src/analytics/cube-counts.js';
import { HelpOutcome } from '../src/store/feedback-records.js';
import { createFeedbackStore } from '../src/store/create-feedback-store.js';
import type { FeedbackStore } from '../src/store/feedback-store.js';
import { fact } from './feedback-store-contract.js';

let store: FeedbackStore;
const ALL = { fromDay: '2030-01-01', toDay: '2030-01-31', where: {} };

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-cube-'));
  store = await createFeedbackStore({ DATA_DIR: dir }, join(dir, 'feedback.sqlite'));
});
afterEach(() => store.close());

it('moves a ticket’s contribution when its fact changes, and a reloaded cube sees the same', async () => {
  const cube = await AnalyticsCube.load(store);
  await cube.updateFact('t-1', () => fact({ ticketId: 't-1', team: 'cards', csatScore: null }));
  await cube.updateFact('t-2', () => fact({ ticketId: 't-2', team: 'cards', mode: 'AI', aiResolved: true, csatScore: 5 }));
  expect(analyticsFigures(cube.sum(ALL).get('')!, 24)).toMatchObject({ tickets: 2, resolved: 2, csatAverage: 5, csatResponseRate: 0.5, aiResolutionRate: 0.5 });
  // Triage moved t-1 to another team, and its customer answered 1: nothing is counted twice.
  await cube.updateFact('t-1', (current) => ({ ...current!, team: 'payments', csatScore: 1 }));
  const byTeam = cube.sum(ALL, 'team');
  expect([...byTeam.keys()].sort()).toEqual(['cards', 'payments']);
  expect(analyticsFigures(byTeam.get('cards')!, 24)).toMatchObject({ tickets: 1, csatAverage: 5 });
  expect(analyticsFigures(byTeam.get('payments')!, 24)).toMatchObject({ tickets: 1, csatAverage: 1 });
  expect(analyticsFigures(cube.sum({ ...ALL, where: { mode: 'AI' } }).get('')!, 24).tickets).toBe(1);

  const reloaded = await AnalyticsCube.load(store);
  expect(analyticsFigures(reloaded.sum(ALL).get('')!, 24)).toMatchObject({ tickets: 2, csatAverage: 3, csatResponses: 2 });
});

it('estimates medians and p90s from the histograms within 10 %', async () => {
  const cube = await AnalyticsCube.load(store);
  const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 60];
  for (const [index, value] of minutes.entries()) {
    await cube.updateFact(`t-${index}`, () => fact({ ticketId: `t-${index}`, firstResponseMs: value * 60_000 }));
  }
  const figures = analyticsFigures(cube.sum(ALL).get('')!, 24);
  expect(figures.firstResponseMedianMs! / (5 * 60_000)).toBeGreaterThan(0.9);
  expect(figures.firstResponseMedianMs! / (5 * 60_000)).toBeLessThan(1.1);
  expect(figures.firstResponseP90Ms! / (9 * 60_000)).toBeGreaterThan(0.9);
  expect(figures.firstResponseP90Ms! / (9 * 60_000)).toBeLessThan(1.1);
});

it('answers again after a change on a day it had summed (per-day sums are invalidated)', async () => {
  const cube = await AnalyticsCube.load(store);
  await cube.updateFact('t-1', () => fact({ ticketId: 't-1' }));
  expect(analyticsFigures(cube.sum(ALL, 'day').get('2030-01-02')!, 24).tickets).toBe(1);
  await cube.updateFact('t-2', () => fact({ ticketId: 't-2' }));
  expect(analyticsFigures(cube.sum(ALL, 'day').get('2030-01-02')!, 24).tickets).toBe(2);
});

it('loses no increment when two replicas add to the same cells at once', async () => {
  // Two cubes, each with its own memory and its own serialised writes, as two feedback processes
  // have; they share one connection because better-sqlite3 blocks the event loop while it waits for
  // another connection's lock (across processes, SQLite's lock orders the transactions).
  {
    const [first, second] = await Promise.all([AnalyticsCube.load(store), AnalyticsCube.load(store)]);
    const cell = { day: '2030-01-03', team: '', category: '', channel: 'HELP_PAGE', language: 'en', mode: '' };
    const visit = (replica: string, index: number) => {
      const counts = emptyCounts();
      setCounter(counts, 'helpSessions', 1);
      return { counts, signal: { kind: 'visit' as const, record: { sessionId: `${replica}-${index}`, outcome: HelpOutcome.DEFLECTED, language: 'en', articlesRead: 1, createdAt: new Date() } } };
    };
    const rounds = Array.from({ length: 25 }, (_, index) => index);
    await Promise.all([
      ...rounds.map((index) => visit('a', index)).map(({ counts, signal }) => first.addToCell(cell, counts, signal)),
      ...rounds.map((index) => visit('b', index)).map(({ counts, signal }) => second.addToCell(cell, counts, signal)),
      // Tickets opened the same day in the same cell, one replica each.
      ...rounds.map((index) => first.updateFact(`a-${index}`, () => fact({ ticketId: `a-${index}`, day: '2030-01-03' }))),
      ...rounds.map((index) => second.updateFact(`b-${index}`, () => fact({ ticketId: `b-${index}`, day: '2030-01-03' }))),
    ]);
    const reloaded = await AnalyticsCube.load(store);
    const day = { fromDay: '2030-01-03', toDay: '2030-01-03', where: {} };
    expect(counterOf(reloaded.sum(day).get('')!, 'helpSessions')).toBe(50);
    expect(counterOf(reloaded.sum(day).get('')!, 'tickets')).toBe(50);
    // Each replica's memory caught up with the other's increments on its own writes.
    expect(counterOf(first.sum({ ...day, where: { channel: 'HELP_PAGE' } }).get('')!, 'helpSessions')).toBeGreaterThan(25);
  }
});
