import { describeUnlessSkipped } from '@support-graph/test-kit';
import { randomUUID } from 'node:crypto';
import { AgentRunStatus, type AgentRunRecord } from '../src/store/agent-run-records.js';
import { RunNotFoundError, type AgentRunStore } from '../src/store/agent-run-store.js';

function run(overrides: Partial<AgentRunRecord> = {}): AgentRunRecord {
  const id = randomUUID();
  return {
    id,
    ticketId: 'ticket-1',
    agent: 'triage',
    agentVersion: '1.0.0',
    status: AgentRunStatus.RUNNING,
    jobKey: `request:${id}`,
    input: '{}',
    output: null,
    confidence: null,
    stage: null,
    costUsd: null,
    inputTokens: 0,
    outputTokens: 0,
    latencyMs: null,
    model: null,
    error: null,
    review: null,
    reviewedBy: null,
    createdAt: new Date(),
    finishedAt: null,
    ...overrides,
  };
}

/** The behaviour every AgentRunStore adapter must have; run against each adapter by its own test file. */
export function agentRunStoreContract(name: string, open: () => Promise<AgentRunStore>, skipReason?: string) {
  describeUnlessSkipped(`AgentRunStore contract: ${name}`, skipReason, () => {
    let store: AgentRunStore;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('creates a run once per job key, and updates it', async () => {
      const first = await store.createRun(run({ jobKey: 'event-1:triage' }));
      const again = await store.createRun(run({ jobKey: 'event-1:triage' }));
      expect(again.id).toBe(first.id);
      const finished = await store.updateRun(first.id, { status: AgentRunStatus.SUCCEEDED, output: '{"category":"card_arrival"}', confidence: 0.9 });
      expect(finished).toMatchObject({ status: 'SUCCEEDED', confidence: 0.9 });
      expect((await store.findRun(first.id))?.output).toBe('{"category":"card_arrival"}');
      expect((await store.findRunByJobKey('event-1:triage'))?.id).toBe(first.id);
      await expect(store.updateRun(randomUUID(), { status: 'FAILED' })).rejects.toBeInstanceOf(RunNotFoundError);
    });

    it('keeps the experiment arm a run was made in', async () => {
      const experiment = { experimentId: 'exp-1', experimentKind: 'reply-template', experimentArm: 'candidate', experimentLabel: 'staging', experimentVersion: 2 };
      const created = await store.createRun(run({ agent: 'reply-drafting', ...experiment }));
      await store.updateRun(created.id, { status: AgentRunStatus.SUCCEEDED, output: '{"text":"hi"}' });
      expect(await store.findRun(created.id)).toMatchObject(experiment);
      const outside = await store.createRun(run());
      expect((await store.findRun(outside.id))?.experimentId ?? null).toBeNull();
    });

    it('lists an experiment’s succeeded runs with their arm, result and review', async () => {
      const inExperiment = (arm: string) => ({ experimentId: 'exp-tally', experimentKind: 'escalation-weights', experimentArm: arm, experimentLabel: arm, experimentVersion: 1 });
      await store.createRun(run({ agent: 'escalation', status: 'SUCCEEDED', output: '{"escalate":true}', ...inExperiment('candidate') }));
      await store.createRun(run({ agent: 'triage', status: 'SUCCEEDED', output: '{"category":null}', review: 'ACCEPTED', ...inExperiment('control') }));
      await store.createRun(run({ agent: 'escalation', status: 'FAILED', ...inExperiment('control') }));
      await store.createRun(run({ agent: 'escalation', status: 'SUCCEEDED', output: '{"escalate":false}', experimentId: 'another' }));
      const runs = await store.experimentRuns('exp-tally');
      expect(runs.map((found) => [found.agent, found.experimentArm, found.output, found.review]).sort()).toEqual([
        ['escalation', 'candidate', '{"escalate":true}', null],
        ['triage', 'control', '{"category":null}', 'ACCEPTED'],
      ]);
      expect(await store.experimentRuns('none')).toEqual([]);
    });

    it('lists a ticket’s runs newest first and gives the latest succeeded run per agent', async () => {
      const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, seconds));
      await store.createRun(run({ ticketId: 't-2', agent: 'sentiment', status: 'SUCCEEDED', output: '"old"', createdAt: at(1) }));
      await store.createRun(run({ ticketId: 't-2', agent: 'sentiment', status: 'SUCCEEDED', output: '"new"', createdAt: at(2) }));
      await store.createRun(run({ ticketId: 't-2', agent: 'sentiment', status: 'FAILED', createdAt: at(3) }));
      await store.createRun(run({ ticketId: 't-3', agent: 'sentiment', status: 'SUCCEEDED', output: '"other"', createdAt: at(1) }));
      expect((await store.listRuns('t-2', 2)).map((r) => r.status)).toEqual(['FAILED', 'SUCCEEDED']);
      const latest = await store.latestSucceededRuns(['t-2', 't-3']);
      expect(latest.map((r) => [r.ticketId, r.output]).sort()).toEqual([['t-2', '"new"'], ['t-3', '"other"']]);
      expect(await store.latestSucceededRuns([])).toEqual([]);
      // Only the named agents' runs, and only what the Ticket fields show (not the input).
      expect(await store.latestSucceededRuns(['t-2'], ['triage'])).toEqual([]);
      const [sentiment] = await store.latestSucceededRuns(['t-2'], ['sentiment']);
      expect(sentiment).toMatchObject({ ticketId: 't-2', agent: 'sentiment', output: '"new"' });
      expect(sentiment?.createdAt).toEqual(at(2));
      expect(sentiment).not.toHaveProperty('input');
    });

    it('keeps overrides for retraining and gives the newest per ticket', async () => {
      const base = { runId: null, text: 'my card has not arrived', priority: null, team: null, actor: 'agent@x' };
      await store.addOverride({ ...base, id: randomUUID(), ticketId: 't-4', category: 'card_arrival', createdAt: new Date(Date.UTC(2030, 0, 1)) });
      await store.addOverride({ ...base, id: randomUUID(), ticketId: 't-4', category: 'card_delivery_estimate', createdAt: new Date(Date.UTC(2030, 0, 2)) });
      expect((await store.latestOverrides(['t-4'])).map((o) => o.category)).toEqual(['card_delivery_estimate']);
      expect((await store.allOverrides()).map((o) => o.category)).toEqual(['card_arrival', 'card_delivery_estimate']);
    });

    it('records a side effect once', async () => {
      expect(await store.hasEffect('event-9:ask')).toBe(false);
      expect(await store.recordEffect('event-9:ask')).toBe(true);
      expect(await store.recordEffect('event-9:ask')).toBe(false);
      expect(await store.hasEffect('event-9:ask')).toBe(true);
    });
  });
}
