import { readFileSync } from 'node:fs';
import { PlatformFixture } from './support/platform-fixture.js';
import { OPEN_TICKET, RUN_AGENT } from './support/agents-operations.js';
import { readChain } from './support/audit-operations.js';

/**
 * A/B experiments through the gateway: an admin splits reply drafts between the `production` and
 * `staging` reply templates; the agents pick the arm per ticket (the same ticket keeps it), each run
 * names its arm and version, agents' ratings and the customer's CSAT move the per-arm results, and
 * stopping returns every ticket to production. Leads read the experiment but cannot start one.
 */
const PROMISING = readFileSync(new URL('../subgraphs/feedback/test/playground/fixtures/promising-reply-template.yaml', import.meta.url), 'utf8');
const PROMISE = 'We guarantee a full refund within 24 hours if this answer does not solve your problem.';
const CANDIDATE_CLOSING = 'If this does not solve your problem, just reply and one of us will take over.';
const CONTROL_CLOSING = 'If it does not solve your problem, just reply and a member of our team will take over.';
const CUSTOMER = 'experiment@example.com';

const SAVE = 'mutation($c: String!) { saveAiConfigVersion(kind: "reply-template", content: $c, message: "candidate closing") { number } }';
const MOVE_STAGING = 'mutation($v: Int!) { moveAiConfigLabel(kind: "reply-template", label: "staging", version: $v) { label { version } } }';
const START = `mutation($s: Int!) { startAiConfigExperiment(kind: "reply-template", candidate: "staging", candidateShare: $s) {
  id kind controlLabel candidateLabel candidateShare controlVersionAtStart candidateVersionAtStart running startedBy } }`;
const STOP = 'mutation { stopAiConfigExperiment(kind: "reply-template") { id running stoppedAt } }';
const EXPERIMENT = `query { aiConfigExperiment(kind: "reply-template") { id running candidateShare
  results { acceptancePValue arms { arm label drafts sentAsIs edited discarded meanEditDistance acceptanceRate csatResponses csatMean } } } }`;
const RUN = 'query($id: ID!) { agentRun(id: $id) { ticketId agentVersion draft { text } experiment { id kind arm label version } } }';
const RATE = 'mutation($r: ID!, $o: DraftOutcome!, $s: String, $why: String, $k: String!) { rateDraft(runId: $r, outcome: $o, sentText: $s, reason: $why, idempotencyKey: $k) { outcome } }';
const STATUS = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }';
const SATISFACTION = 'query($id: ID!) { ticket(id: $id) { satisfaction { open } } }';
const RATE_TICKET = 'mutation($t: ID!, $s: Int!, $k: String!) { rateTicket(ticketId: $t, score: $s, idempotencyKey: $k) { score } }';

interface Draft {
  runId: string;
  ticketId: string;
  text: string;
  agentVersion: string;
  experiment: { id: string; kind: string; arm: string; label: string; version: number } | null;
}

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.['code'];

describe('A/B experiments on the reply template', () => {
  let fixture: PlatformFixture;
  let lead: string;
  let agent: string;
  let admin: string;
  let candidateVersion: number;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none', AGENTS_AUTOMATION: 'false' });
    [lead, agent, admin] = await Promise.all([fixture.token('lead'), fixture.token('agent'), fixture.token('admin')]);
    // An article to answer from, so the drafts are grounded and end with their template's closing.
    const created = await fixture.graphql(admin, 'mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', {
      i: { title: 'Reset your password', body: 'Tap Forgot password on the sign-in screen. We email you a reset link that is valid for 30 minutes.', locale: 'en' },
    });
    await fixture.graphql(admin, 'mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: created.data.createArticle.id });
    const saved = await fixture.graphql(lead, SAVE, { c: PROMISING.replace(PROMISE, CANDIDATE_CLOSING) });
    expect(saved.errors).toBeUndefined();
    candidateVersion = saved.data.saveAiConfigVersion.number;
    expect((await fixture.graphql(lead, MOVE_STAGING, { v: candidateVersion })).errors).toBeUndefined();
  });
  afterAll(() => fixture.stop());

  async function openTicket(): Promise<string> {
    const opened = await fixture.graphql(agent, OPEN_TICKET, { input: { subject: 'Password', description: 'How do I reset my password?', customer: { email: CUSTOMER, name: 'Robin' } } });
    expect(opened.errors).toBeUndefined();
    return opened.data.createTicket.id;
  }

  async function draft(ticketId: string): Promise<Draft> {
    const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId, agent: 'reply-drafting' });
    expect(ran.errors).toBeUndefined();
    const read = await fixture.graphql(agent, RUN, { id: ran.data.runAgent.id });
    expect(read.errors).toBeUndefined();
    const run = read.data.agentRun;
    return { runId: ran.data.runAgent.id, ticketId: run.ticketId, text: run.draft.text, agentVersion: run.agentVersion, experiment: run.experiment };
  }

  /** The agents switch on the bus event: draft fresh tickets until one shows the change. */
  async function draftUntil(done: (draft: Draft) => boolean): Promise<Draft> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const made = await draft(await openTicket());
      if (done(made) || Date.now() > deadline) return made;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function rate(runId: string, outcome: string, extra: { s?: string; why?: string } = {}): Promise<void> {
    const rated = await fixture.graphql(agent, RATE, { r: runId, o: outcome, k: `experiment-${runId}`, ...extra });
    expect(rated.errors).toBeUndefined();
  }

  it('splits drafts near 50/50 by ticket, names arm and version on every run, counts ratings per arm, and stops back to production', async () => {
    // Leads may not start one; nothing runs yet.
    expect(code(await fixture.graphql(lead, START, { s: 50 }))).toBe('FORBIDDEN');
    expect((await fixture.graphql(lead, EXPERIMENT)).data.aiConfigExperiment).toBeNull();
    expect(code(await fixture.graphql(admin, START, { s: 100 }))).toBe('BAD_USER_INPUT');

    const started = await fixture.graphql(admin, START, { s: 50 });
    expect(started.errors).toBeUndefined();
    const experiment = started.data.startAiConfigExperiment;
    expect(experiment).toMatchObject({
      kind: 'reply-template',
      controlLabel: 'production',
      candidateLabel: 'staging',
      candidateShare: 50,
      controlVersionAtStart: 1,
      candidateVersionAtStart: candidateVersion,
      running: true,
    });
    expect(code(await fixture.graphql(admin, START, { s: 20 }))).toBe('CONFLICT');

    await draftUntil((made) => made.experiment !== null);
    const drafts: Draft[] = [];
    for (let i = 0; i < 40; i += 1) drafts.push(await draft(await openTicket()));

    for (const made of drafts) {
      const arm = made.experiment!;
      expect(arm).toMatchObject({ id: experiment.id, kind: 'reply-template' });
      const expected = arm.arm === 'candidate' ? { label: 'staging', version: candidateVersion } : { label: 'production', version: 1 };
      expect(arm).toMatchObject(expected);
      expect(made.agentVersion.endsWith(`+template.${expected.version}`)).toBe(true);
      // The arm's template really wrote the draft.
      expect(made.text).toContain(arm.arm === 'candidate' ? CANDIDATE_CLOSING : CONTROL_CLOSING);
    }
    const candidates = drafts.filter((made) => made.experiment!.arm === 'candidate');
    const controls = drafts.filter((made) => made.experiment!.arm === 'control');
    // Binomial(40, 0.5): 10–30 holds with probability > 0.998 for a fair split, and the hash is fixed per ticket.
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    expect(candidates.length).toBeLessThanOrEqual(30);

    // The same ticket keeps its arm.
    for (const made of [...candidates.slice(0, 3), ...controls.slice(0, 3)]) {
      expect((await draft(made.ticketId)).experiment!.arm).toBe(made.experiment!.arm);
    }

    // Agents rate: three control drafts sent as is, one edited; two candidate drafts discarded, one edited.
    for (const made of controls.slice(0, 3)) await rate(made.runId, 'SENT_AS_IS');
    await rate(controls[3]!.runId, 'EDITED', { s: `${controls[3]!.text} Thanks!` });
    for (const made of candidates.slice(0, 2)) await rate(made.runId, 'DISCARDED', { why: 'TONE' });
    await rate(candidates[2]!.runId, 'EDITED', { s: `${candidates[2]!.text} Thanks a lot!` });

    // The customer of a candidate ticket answers the survey once it is resolved.
    const surveyed = candidates[0]!.ticketId;
    await fixture.graphql(agent, STATUS, { id: surveyed, s: 'OPEN' });
    await fixture.graphql(agent, STATUS, { id: surveyed, s: 'RESOLVED' });
    const customer = await fixture.token('customer', CUSTOMER);
    const deadline = Date.now() + 10_000;
    while (!(await fixture.graphql(customer, SATISFACTION, { id: surveyed })).data?.ticket?.satisfaction?.open && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await fixture.graphql(customer, RATE_TICKET, { t: surveyed, s: 2, k: `experiment-csat-${surveyed}` })).errors).toBeUndefined();

    const read = await fixture.graphql(lead, EXPERIMENT);
    expect(read.errors).toBeUndefined();
    const [control, candidate] = read.data.aiConfigExperiment.results.arms;
    expect(control).toEqual({
      arm: 'control',
      label: 'production',
      drafts: 4,
      sentAsIs: 3,
      edited: 1,
      discarded: 0,
      meanEditDistance: 8,
      acceptanceRate: 0.75,
      csatResponses: 0,
      csatMean: null,
    });
    expect(candidate).toEqual({
      arm: 'candidate',
      label: 'staging',
      drafts: 3,
      sentAsIs: 0,
      edited: 1,
      discarded: 2,
      meanEditDistance: 14,
      acceptanceRate: 0,
      csatResponses: 1,
      csatMean: 2,
    });
    const pValue = read.data.aiConfigExperiment.results.acceptancePValue;
    expect(pValue).toBeGreaterThan(0);
    expect(pValue).toBeLessThan(0.1);

    // Only admins stop it; then every ticket is drafted with production again, without an arm.
    expect(code(await fixture.graphql(lead, STOP))).toBe('FORBIDDEN');
    const stopped = await fixture.graphql(admin, STOP);
    expect(stopped.data.stopAiConfigExperiment).toMatchObject({ id: experiment.id, running: false });
    await draftUntil((made) => made.experiment === null);
    for (const made of candidates.slice(0, 3)) {
      const after = await draft(made.ticketId);
      expect(after.experiment).toBeNull();
      expect(after.agentVersion.endsWith('+template.1')).toBe(true);
      expect(after.text).toContain(CONTROL_CLOSING);
    }
    expect((await fixture.graphql(lead, EXPERIMENT)).data.aiConfigExperiment).toMatchObject({ id: experiment.id, running: false });

    const chain = await readChain(fixture, admin, 'playground');
    const startedEntry = chain.find((entry) => entry.action === 'playground.experiment_started' && entry.targetId === experiment.id);
    expect(startedEntry?.actorRole).toBe('admin');
    expect(JSON.parse(startedEntry!.details)).toEqual({ kind: 'reply-template', control: 'production', candidate: 'staging', candidateShare: 50, controlVersion: 1, candidateVersion });
    expect(chain.some((entry) => entry.action === 'playground.experiment_stopped' && entry.targetId === experiment.id)).toBe(true);
  });

  it('counts what the agents did per arm: an escalation-weights candidate that knows a phrase escalates, the control does not', async () => {
    const production = (await fixture.graphql(lead, '{ aiConfigLabelled(kind: "escalation-weights", label: "production") { content } }')).data.aiConfigLabelled.content as string;
    const candidate = production.replace(/^human_request:\n/mu, "human_request:\n  - '\\bpineapple protocol\\b'\n");
    const saved = await fixture.graphql(lead, 'mutation($c: String!) { saveAiConfigVersion(kind: "escalation-weights", content: $c, message: "pineapple") { number } }', { c: candidate });
    expect(saved.errors).toBeUndefined();
    await fixture.graphql(lead, 'mutation($v: Int!) { moveAiConfigLabel(kind: "escalation-weights", label: "staging", version: $v) { label { version } } }', { v: saved.data.saveAiConfigVersion.number });
    const started = await fixture.graphql(admin, 'mutation { startAiConfigExperiment(kind: "escalation-weights", candidate: "staging", candidateShare: 50) { id } }');
    expect(started.errors).toBeUndefined();

    const escalate = async (): Promise<{ arm: string | null; escalate: boolean }> => {
      const opened = await fixture.graphql(agent, OPEN_TICKET, { input: { subject: 'Account', description: 'Please apply the pineapple protocol to my account.', customer: { email: CUSTOMER } } });
      const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId: opened.data.createTicket.id, agent: 'escalation' });
      const read = await fixture.graphql(agent, 'query($id: ID!) { agentRun(id: $id) { output experiment { arm } } }', { id: ran.data.runAgent.id });
      return { arm: read.data.agentRun.experiment?.arm ?? null, escalate: read.data.agentRun.output.escalate };
    };
    const deadline = Date.now() + 10_000;
    let first = await escalate();
    while (first.arm === null && Date.now() < deadline) first = await escalate();
    const runs = [first];
    for (let i = 0; i < 19; i += 1) runs.push(await escalate());
    for (const made of runs) expect(made.escalate).toBe(made.arm === 'candidate');

    const read = await fixture.graphql(lead, `query { aiConfigExperiment(kind: "escalation-weights") { results { arms { arm agentRuns {
      runs escalationRuns escalationRate triageRuns triageAccuracy missingInformationRuns askRate } } } } }`);
    expect(read.errors).toBeUndefined();
    const arms = read.data.aiConfigExperiment.results.arms as { arm: string; agentRuns: Record<string, number | null> }[];
    const count = (arm: string) => runs.filter((made) => made.arm === arm).length;
    expect(arms.map((arm) => [arm.arm, arm.agentRuns])).toEqual([
      ['control', { runs: count('control'), escalationRuns: count('control'), escalationRate: count('control') ? 0 : null, triageRuns: 0, triageAccuracy: null, missingInformationRuns: 0, askRate: null }],
      ['candidate', { runs: count('candidate'), escalationRuns: count('candidate'), escalationRate: count('candidate') ? 1 : null, triageRuns: 0, triageAccuracy: null, missingInformationRuns: 0, askRate: null }],
    ]);
    // The tally is counts, not text: agents cannot read it; the feedback subgraph asks as service.
    expect(code(await fixture.graphql(agent, `query { aiConfigExperimentTally(experimentId: "${started.data.startAiConfigExperiment.id}") { arm } }`))).toBe('FORBIDDEN');
    await fixture.graphql(admin, 'mutation { stopAiConfigExperiment(kind: "escalation-weights") { id } }');
  });

  it('refuses experiments on kinds the agents do not follow, and on labels that point nowhere', async () => {
    const onModel = await fixture.graphql(admin, 'mutation { startAiConfigExperiment(kind: "model", candidate: "staging", candidateShare: 10) { id } }');
    expect(code(onModel)).toBe('BAD_USER_INPUT');
    const nowhere = await fixture.graphql(admin, 'mutation { startAiConfigExperiment(kind: "reply-template", candidate: "nowhere", candidateShare: 10) { id } }');
    expect(code(nowhere)).toBe('BAD_USER_INPUT');
    expect(code(await fixture.graphql(admin, STOP))).toBe('CONFLICT');
  });
});
