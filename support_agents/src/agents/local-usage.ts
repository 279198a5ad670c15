import type { AgentUsage } from './support-agent.js';

/** Usage of an agent that ran entirely in this process: no tokens, no cost. */
export const LOCAL_USAGE: AgentUsage = Object.freeze({ inputTokens: 0, outputTokens: 0, costUsd: 0, model: 'local' });
