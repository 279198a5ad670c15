import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyticsCube } from '../src/analytics/analytics-cube.js';
import { analyticsFigures } from '../src/analytics/analytics-figures.js';
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
