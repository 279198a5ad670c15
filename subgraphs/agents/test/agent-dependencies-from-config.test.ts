import { loadConfig } from '@support-graph/runtime';
import { createAgentRegistry, createLocalGroundedResponder, type AgentContext } from '@support-graph/support-agents';
import { agentDependenciesFromConfig } from '../src/runs/agent-dependencies-from-config.js';

/** A stolen-card ticket the rules triage as `lost_or_stolen_card` with confidence 1. */
const context: AgentContext = {
  ticket: {
    id: 't-1', number: 'SUP-1', subject: 'Stolen card', description: 'Someone stole my card yesterday, please block it.',
    status: 'NEW', priority: 'NORMAL', channel: 'WEB', tags: [], customer: { id: 'c-1', tier: 'standard' }, messages: [],
  },
  knowledge: { articlesFor: async () => [], resolvedTicketsLike: async () => [] },
  llm: createLocalGroundedResponder(),
  now: () => new Date('2025-03-01T12:00:00Z'),
};

const agentsWith = (env: Record<string, string>) => createAgentRegistry(agentDependenciesFromConfig(loadConfig(env)));

describe('triage and escalation thresholds from the configuration', () => {
  it('decides by the rules under the defaults', async () => {
    const triage = await agentsWith({}).get('triage').run(context);
    expect(triage.result).toMatchObject({ category: 'lost_or_stolen_card', decidedBy: 'rules' });
  });

  it('escalates a proposal of TRIAGE_OUT_OF_SCOPE_CATEGORY', async () => {
    const triage = await agentsWith({ TRIAGE_OUT_OF_SCOPE_CATEGORY: 'lost_or_stolen_card' }).get('triage').run(context);
    expect(triage.result).toMatchObject({ escalated: true, reason: 'out_of_scope' });
  });

  it('hands over at ESCALATION_THRESHOLD', async () => {
    expect((await agentsWith({}).get('escalation').run(context)).result.escalate).toBe(false);
    expect((await agentsWith({ ESCALATION_THRESHOLD: '0' }).get('escalation').run(context)).result.escalate).toBe(true);
  });
});
