/** An agent's name and the agents it reads, as the order needs them. */
export interface OrderedAgent {
  readonly name: string;
  readonly reads: readonly string[];
}

/** The declared reads cannot be ordered: an agent reads one that is not there, or reads form a cycle. */
export class AgentOrderError extends Error {
  override readonly name = 'AgentOrderError';
}

/**
 * Stages to run the agents in: every agent after all those it reads, agents of one stage
 * independent of each other (they may run at once). Within a stage, registration order.
 */
export function orderByReads(agents: readonly OrderedAgent[]): string[][] {
  const known = new Set(agents.map((agent) => agent.name));
  for (const agent of agents) {
    const unknown = agent.reads.filter((read) => !known.has(read));
    if (unknown.length > 0) throw new AgentOrderError(`agent ${agent.name} reads ${unknown.join(', ')}, which does not run before it`);
  }
  const stages: string[][] = [];
  const placed = new Set<string>();
  let remaining = [...agents];
  while (remaining.length > 0) {
    const ready = remaining.filter((agent) => agent.reads.every((read) => placed.has(read)));
    if (ready.length === 0) {
      throw new AgentOrderError(`agents read each other in a cycle: ${remaining.map((agent) => `${agent.name} reads ${agent.reads.join(', ')}`).join('; ')}`);
    }
    stages.push(ready.map((agent) => agent.name));
    for (const agent of ready) placed.add(agent.name);
    remaining = remaining.filter((agent) => !placed.has(agent.name));
  }
  return stages;
}
