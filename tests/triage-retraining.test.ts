import { fileURLToPath } from 'node:url';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';

const DATASET = fileURLToPath(new URL('./fixtures/triage/small-labelled.csv', import.meta.url));
const VERSIONS = `{ triageModelVersions { version trigger examples corrections decision reason active comparedWith
  metrics { accuracy macroF1 examples } servingMetrics { accuracy macroF1 examples } } }`;
const ROLLBACK = 'mutation($v: Int!) { rollbackTriageModel(version: $v) { version active } }';

/** Phrasings of "my card has not arrived", like the dataset's card_arrival examples. */
const CARD_NOT_ARRIVED = [
  'My new card has not arrived yet',
  'Still waiting for my card to be delivered',
  'When will my card arrive in the post',
  'The card you sent me never came',
  'I ordered a card two weeks ago and it is not here',
  'How long does card delivery take',
  'Card delivery is taking too long',
  'Has my card been posted yet',
];
const TAILS = ['', ' please help', ', can you check?', ' - it has been ten days', ' and I need it for travel', ', where is it?'];

/** Polls every half second: training runs at the lowest CPU priority, so a busy poll would starve it. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('triage retraining behind a promotion gate, through the gateway', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let agent: string;

  const versions = async () => {
    const response = await fixture.graphql(admin, VERSIONS);
    expect(response.errors).toBeUndefined();
    return response.data.triageModelVersions as any[];
  };
  const retrainAndWaitFor = async (version: number) => {
    expect((await fixture.graphql(admin, 'mutation { retrainTriage { state } }')).errors).toBeUndefined();
    let found: any;
    await eventually(async () => {
      found = (await versions()).find((record) => record.version === version);
      return found !== undefined;
    }, 120_000);
    return found;
  };
  const servingVersion = async () => (await fixture.graphql(admin, '{ triageModelStatus { state version } }')).data.triageModelStatus;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: DATASET, AGENTS_AUTOMATION: 'off', RATE_LIMIT_BURST: '100000' });
    admin = await fixture.token('admin', 'admin@support.local');
    agent = await fixture.token('agent', 'agent@support.local');
    await eventually(async () => (await versions()).length === 1 && (await servingVersion()).state === 'READY', 120_000);
  }, 150_000);
  afterAll(() => fixture.stop());

  it('promotes the first model, and a retraining that is at least as good', async () => {
    const [first] = await versions();
    expect(first).toMatchObject({ version: 1, trigger: 'STARTUP', decision: 'PROMOTED', reason: 'no model was serving', active: true, comparedWith: null, corrections: 0 });
    expect(first.metrics.examples).toBeGreaterThan(10);
    expect(first.metrics.accuracy).toBeGreaterThan(0.8);

    const second = await retrainAndWaitFor(2);
    expect(second).toMatchObject({ trigger: 'REQUEST', decision: 'PROMOTED', active: true, comparedWith: 1 });
    expect(second.reason).toMatch(/^at least as good on \d+ held-out examples/);
    expect(second.metrics.accuracy).toBeGreaterThanOrEqual(second.servingMetrics.accuracy);
    expect(await servingVersion()).toEqual({ state: 'READY', version: 2 });
  }, 150_000);

  it('refuses a retraining on poisoned corrections: the serving model stays, the candidate is kept with its reason', async () => {
    // Agents "correct" card-arrival tickets to a wrong category, many times over.
    for (const [i, subject] of CARD_NOT_ARRIVED.entries()) {
      for (const tail of TAILS) {
        const created = await fixture.graphql(agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
          i: { subject: `${subject}${tail}`, description: 'Card', customer: { email: `poison-${i}@example.com` } },
        });
        const overridden = await fixture.graphql(agent, 'mutation($t: ID!) { overrideTriage(ticketId: $t, category: "exchange_rate") { id } }', {
          t: created.data.createTicket.id,
        });
        expect(overridden.errors).toBeUndefined();
      }
    }
    const candidate = await retrainAndWaitFor(3);
    expect(candidate).toMatchObject({ decision: 'CANDIDATE', active: false, comparedWith: 2, corrections: CARD_NOT_ARRIVED.length * TAILS.length });
    expect(candidate.reason).toMatch(/^worse than the serving model on \d+ held-out examples: .*accuracy/);
    expect(candidate.metrics.accuracy).toBeLessThan(candidate.servingMetrics.accuracy);
    expect(await servingVersion()).toEqual({ state: 'READY', version: 2 });
    expect((await versions()).map((record) => [record.version, record.active])).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ]);
  }, 180_000);

  it('rolls back to any kept version, admins only, and audits it', async () => {
    const rolled = await fixture.graphql(admin, ROLLBACK, { v: 1 });
    expect(rolled.errors).toBeUndefined();
    expect(rolled.data.rollbackTriageModel).toEqual({ version: 1, active: true });
    expect(await servingVersion()).toEqual({ state: 'READY', version: 1 });
    expect((await versions()).filter((record) => record.active).map((record) => record.version)).toEqual([1]);

    expect(errorCodes(await fixture.graphql(admin, ROLLBACK, { v: 99 }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await fixture.graphql(admin, ROLLBACK, { v: 0 }))).toEqual(['BAD_USER_INPUT']);
    for (const role of ['agent', 'lead', 'analyst'] as const) {
      const token = await fixture.token(role, `${role}@support.local`);
      expect(errorCodes(await fixture.graphql(token, ROLLBACK, { v: 2 }))).toContain('FORBIDDEN');
      expect(errorCodes(await fixture.graphql(token, VERSIONS))).toContain('FORBIDDEN');
    }

    const audit = await fixture.graphql(admin, '{ auditLog(service: "agents", first: 100) { entries { action actorSubject targetId details } } }');
    expect(audit.errors).toBeUndefined();
    const entries = audit.data.auditLog.entries.filter((entry: any) => entry.action.startsWith('triage_model.'));
    expect(entries.map((entry: any) => [entry.action, entry.targetId])).toEqual(
      expect.arrayContaining([
        ['triage_model.promoted', 'v1'],
        ['triage_model.promoted', 'v2'],
        ['triage_model.kept_as_candidate', 'v3'],
        ['triage_model.rolled_back', 'v1'],
      ]),
    );
    const rollback = entries.find((entry: any) => entry.action === 'triage_model.rolled_back');
    expect(rollback.actorSubject).toBe('admin@support.local');
    expect(JSON.parse(rollback.details)).toMatchObject({ from: 2, to: 1 });
  }, 60_000);
});
