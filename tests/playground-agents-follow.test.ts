import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PlatformFixture } from './support/platform-fixture.js';
import { AGENT_RUN, OPEN_TICKET, RUN_AGENT } from './support/agents-operations.js';

/**
 * The agents follow the `production` label of the thresholds, missing-information rules and triage
 * rules without a restart: a lead saves a version, an admin promotes it (these kinds have no
 * evaluation, so only an admin with a reason may), and the next agent run uses it. A version the
 * agents cannot validate is refused and the one in force stays.
 */
const repository = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const THRESHOLDS = repository('subgraphs/feedback/playground/seed/thresholds.yaml');
const MISSING_INFORMATION = repository('support_agents/rules/missing-information.yaml');
const TRIAGE_RULES = repository('support_agents/rules/triage-rules.yaml');

const SAVE = 'mutation($k: String!, $c: String!, $m: String!) { saveAiConfigVersion(kind: $k, content: $c, message: $m) { number } }';
const MOVE = 'mutation($k: String!, $v: Int!, $r: String) { moveAiConfigLabel(kind: $k, label: "production", version: $v, overrideReason: $r) { label { version } } }';

describe('the agents follow the labelled thresholds, missing-information rules and triage rules', () => {
  let fixture: PlatformFixture;
  let lead: string;
  let agent: string;
  let admin: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none', AGENTS_AUTOMATION: 'false' });
    [lead, agent, admin] = await Promise.all([fixture.token('lead'), fixture.token('agent'), fixture.token('admin')]);
  });
  afterAll(() => fixture.stop());

  /** A lead saves a version; an admin promotes it past the gate these kinds cannot pass. */
  async function saveAndPromote(kind: string, content: string): Promise<number> {
    const saved = await fixture.graphql(lead, SAVE, { k: kind, c: content, m: `test ${kind}` });
    expect(saved.errors).toBeUndefined();
    const number: number = saved.data.saveAiConfigVersion.number;
    const moved = await fixture.graphql(admin, MOVE, { k: kind, v: number, r: 'checked by hand' });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveAiConfigLabel.label.version).toBe(number);
    return number;
  }

  /** One agent's run on a fresh ticket, through the gateway. */
  async function run(agentName: string, description: string): Promise<{ output: any; agentVersion: string }> {
    const opened = await fixture.graphql(agent, OPEN_TICKET, { input: { subject: 'Help', description, customer: { email: 'follow@example.com', name: 'Robin' } } });
    const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId: opened.data.createTicket.id, agent: agentName });
    expect(ran.errors).toBeUndefined();
    const read = await fixture.graphql(agent, AGENT_RUN, { id: ran.data.runAgent.id });
    return { output: read.data.agentRun.output, agentVersion: read.data.agentRun.agentVersion };
  }

  /** The agents switch on the label-move event; give the event a moment to arrive. */
  async function runUntil(agentName: string, description: string, done: (result: { output: any; agentVersion: string }) => boolean) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const result = await run(agentName, description);
      if (done(result) || Date.now() > deadline) return result;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('thresholds: an escalation threshold of 0 escalates every ticket; a version out of range is refused and 0 stays', async () => {
    const calm = 'How do I reset my password?';
    expect((await run('escalation', calm)).output.escalate).toBe(false);

    await saveAndPromote('thresholds', THRESHOLDS.replace('escalation: 0.5', 'escalation: 0'));
    const escalated = await runUntil('escalation', calm, (result) => result.output.escalate === true);
    expect(escalated.output.escalate).toBe(true);

    // A YAML mapping the playground stores, but no threshold the agents can use.
    await saveAndPromote('thresholds', THRESHOLDS.replace('escalation: 0.5', 'escalation: 2'));
    // The refusal is silent to runs: prove the event was handled by a later change on the same bus.
    const marker = MISSING_INFORMATION + '\n# refused thresholds checked\n';
    const revision = createHash('sha256').update(marker).digest('hex').slice(0, 8);
    await saveAndPromote('missing-information-rules', marker);
    await runUntil('missing-information', calm, (result) => result.agentVersion.includes(revision));
    expect((await run('escalation', calm)).output.escalate).toBe(true);
  });

  it('missing-information rules: a default requirement makes the agent ask for it, named by the rules revision', async () => {
    const question = 'I have a question about my account.';
    const before = await run('missing-information', question);
    expect(before.output.missing.map((item: { key: string }) => item.key)).not.toContain('order_number');

    const requiring = MISSING_INFORMATION.replace('  default: []', '  default: [order_number]');
    expect(requiring).not.toBe(MISSING_INFORMATION);
    const revision = createHash('sha256').update(requiring).digest('hex').slice(0, 8);
    await saveAndPromote('missing-information-rules', requiring);
    const after = await runUntil('missing-information', question, (result) => result.agentVersion.includes(revision));
    expect(after.agentVersion).toContain(`rules.${revision}`);
    expect(after.output.missing.map((item: { key: string }) => item.key)).toContain('order_number');
  });

  it('triage rules: a new rule decides the category', async () => {
    const text = 'The zebra-crossing feature of the app does not work.';
    expect((await run('triage', text)).output.category).not.toBe('lost_or_stolen_card');

    const withRule = TRIAGE_RULES.replace('rules:\n', "rules:\n  - id: zebra\n    match: ['zebra-crossing']\n    category: lost_or_stolen_card\n");
    expect(withRule).not.toBe(TRIAGE_RULES);
    await saveAndPromote('triage-rules', withRule);
    const after = await runUntil('triage', text, (result) => result.output.category === 'lost_or_stolen_card');
    expect(after.output).toMatchObject({ category: 'lost_or_stolen_card', decidedBy: 'rules' });
  });
});
