import { RoutingStrategy } from '../routing-records.js';

export interface AgentOption {
  readonly agentId: string;
  /** Open tickets on the ticket's channel. */
  readonly load: number;
  readonly capacity: number;
  /** Epoch ms of the agent's last assignment (0: never): the smaller, the longer idle. */
  readonly lastAssignedAt: number;
}

/**
 * The agent a strategy picks among those with spare capacity: load-based takes the lowest share of
 * capacity in use, round robin the least recently assigned; ties go to the one idle longest, then by
 * id so every replica decides alike. The Redis roster runs the same rule in Lua (redis-agent-roster.ts).
 */
export function pickAgent<T extends AgentOption>(options: readonly T[], strategy: RoutingStrategy): T | undefined {
  const open = options.filter((option) => option.load < option.capacity);
  const share = (option: AgentOption) => (strategy === RoutingStrategy.LOAD_BASED ? option.load / option.capacity : 0);
  return open.sort((a, b) => share(a) - share(b) || a.lastAssignedAt - b.lastAssignedAt || a.agentId.localeCompare(b.agentId))[0];
}
