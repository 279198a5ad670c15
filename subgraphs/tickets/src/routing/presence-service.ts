import { ClientErrors, type EventBus, type Identity } from '@support-graph/runtime';
import { validId } from '../domain/input-limits.js';
import { TicketChannel } from '../domain/ticket-enums.js';
import type { DirectoryService } from '../directory/directory-service.js';
import type { UserRecord } from '../directory/store/directory-records.js';
import type { AgentRoster } from './roster/agent-roster.js';
import { ANY_CHANNEL, AgentPresence, RoutingStrategy, type AgentProfile, type AgentSkills } from './routing-records.js';
import { presenceChanged } from './routing-events.js';
import type { TicketRouter } from './ticket-router.js';

export interface AgentRoutingCommand {
  readonly agentId: string;
  readonly capacity: readonly { readonly channel: string; readonly limit: number }[];
  readonly skills?: { readonly [K in keyof AgentSkills]?: AgentSkills[K] | null } | null;
}

export interface PresenceSettings {
  /** Reassign an agent's open tickets when they go offline. */
  readonly reassignOnOffline: boolean;
  /** An online agent without console activity this long becomes away; 0: never. */
  readonly awayAfterMs: number;
}

const MANAGERS = new Set(['lead', 'admin']);
const CHANNELS = new Set<string>([...Object.values(TicketChannel), ANY_CHANNEL]);
const MAX_CAPACITY = 200;
const MAX_SKILLS = 50;
const MAX_SKILL_LENGTH = 40;
/** What a new profile can take until a lead sets it: a few tickets on any channel. */
const DEFAULT_CAPACITY = { [ANY_CHANNEL]: 5 };

/**
 * Presence, capacity and skills of agents, and the routing strategy of teams. Agents set their own
 * presence; leads and admins set anyone's, and capacities, skills and strategies. Every change is
 * published (`presenceChanged`) and may move tickets: online drains the agent's queues, offline gives
 * their open work to others.
 */
export class PresenceService {
  constructor(
    private readonly roster: AgentRoster,
    private readonly directory: DirectoryService,
    private readonly router: TicketRouter,
    private readonly bus: EventBus,
    private readonly settings: PresenceSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async setPresence(actor: Identity, presence: AgentPresence, rawAgentId?: string | null): Promise<AgentProfile> {
    const agent = await this.targetAgent(actor, rawAgentId);
    const profile = (await this.roster.profile(agent.id)) ?? (await this.createProfile(agent.id));
    const previous = await this.roster.setPresence(agent.id, presence, this.now());
    await this.afterPresence(agent.id, presence, previous ?? profile.presence);
    return (await this.roster.profile(agent.id)) ?? profile;
  }

  /** The console reports activity: the agent is not idle (auto-away counts from here). */
  async reportActivity(actor: Identity): Promise<AgentProfile> {
    const agent = await this.targetAgent(actor, null);
    const profile = (await this.roster.profile(agent.id)) ?? (await this.createProfile(agent.id));
    await this.roster.setPresence(agent.id, profile.presence, this.now());
    return (await this.roster.profile(agent.id)) ?? profile;
  }

  async configureAgent(actor: Identity, command: AgentRoutingCommand): Promise<AgentProfile> {
    assertManager(actor);
    const agent = await this.requireAgent(validId('agentId', command.agentId));
    const capacity: Record<string, number> = {};
    for (const { channel, limit } of command.capacity) {
      if (!CHANNELS.has(channel)) throw ClientErrors.badInput('capacity.channel', `must be one of ${[...CHANNELS].join(', ')}`);
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_CAPACITY) throw ClientErrors.badInput('capacity.limit', `must be an integer from 0 to ${MAX_CAPACITY}`);
      capacity[channel] = limit;
    }
    const current = await this.roster.profile(agent.id);
    const skills = command.skills ?? {};
    const profile: AgentProfile = {
      agentId: agent.id,
      presence: current?.presence ?? AgentPresence.OFFLINE,
      lastSeenAt: current?.lastSeenAt ?? this.now(),
      capacity: Object.keys(capacity).length > 0 ? capacity : (current?.capacity ?? DEFAULT_CAPACITY),
      skills: {
        categories: validSkills('skills.categories', skills.categories ?? current?.skills.categories ?? []),
        languages: validSkills('skills.languages', skills.languages ?? current?.skills.languages ?? []),
        tiers: validSkills('skills.tiers', skills.tiers ?? current?.skills.tiers ?? []).map((tier) => tier.toUpperCase()),
      },
    };
    await this.roster.saveProfile(profile);
    await this.router.drainTeamsOf(agent.id);
    return profile;
  }

  async setTeamStrategy(actor: Identity, rawTeamId: string, strategy: RoutingStrategy): Promise<RoutingStrategy> {
    assertManager(actor);
    const teamId = validId('teamId', rawTeamId);
    if (!(await this.directory.teamsByIds([teamId]))[0]) throw ClientErrors.notFound('Team', teamId);
    await this.roster.setStrategy(teamId, strategy);
    await this.router.drain(teamId);
    return strategy;
  }

  async teamStrategy(teamId: string): Promise<RoutingStrategy> {
    return (await this.roster.strategy(teamId)) ?? RoutingStrategy.LOAD_BASED;
  }

  profile(agentId: string): Promise<AgentProfile | null> {
    return this.roster.profile(agentId);
  }

  load(agentId: string): Promise<Record<string, number>> {
    return this.roster.load(agentId);
  }

  /** Online agents silent for longer than the setting become away (run on a timer by every replica; idempotent). */
  async markIdleAgentsAway(): Promise<number> {
    if (this.settings.awayAfterMs <= 0) return 0;
    const cutoff = this.now().getTime() - this.settings.awayAfterMs;
    const users = await this.directory.listUsers();
    let marked = 0;
    for (const profile of await this.roster.profiles(users.map((user) => user.id))) {
      if (profile.presence !== AgentPresence.ONLINE || profile.lastSeenAt.getTime() > cutoff) continue;
      await this.roster.setPresence(profile.agentId, AgentPresence.AWAY, profile.lastSeenAt);
      await this.bus.publish(presenceChanged(profile.agentId, AgentPresence.AWAY, AgentPresence.ONLINE));
      marked += 1;
    }
    return marked;
  }

  private async afterPresence(agentId: string, presence: AgentPresence, previous: AgentPresence): Promise<void> {
    if (presence !== previous) await this.bus.publish(presenceChanged(agentId, presence, previous));
    if (presence === AgentPresence.ONLINE) await this.router.drainTeamsOf(agentId);
    if (presence === AgentPresence.OFFLINE && this.settings.reassignOnOffline) await this.router.reassignFrom(agentId);
  }

  private async createProfile(agentId: string): Promise<AgentProfile> {
    const profile: AgentProfile = {
      agentId,
      presence: AgentPresence.OFFLINE,
      capacity: DEFAULT_CAPACITY,
      skills: { categories: [], languages: [], tiers: [] },
      lastSeenAt: this.now(),
    };
    await this.roster.saveProfile(profile);
    return profile;
  }

  /** An agent sets their own presence; a lead or admin may name anyone. */
  private async targetAgent(actor: Identity, rawAgentId: string | null | undefined): Promise<UserRecord> {
    if (rawAgentId) {
      const agent = await this.requireAgent(validId('agentId', rawAgentId));
      if (!MANAGERS.has(actor.role) && agent.email !== actor.subject.toLowerCase()) throw ClientErrors.forbidden('Only leads and admins set the presence of others');
      return agent;
    }
    const self = (await this.directory.listUsers()).find((user) => user.email === actor.subject.toLowerCase());
    if (!self || !self.active) throw ClientErrors.forbidden('Only users of the directory have a presence');
    return self;
  }

  private async requireAgent(id: string): Promise<UserRecord> {
    const user = await this.directory.getUser(id);
    if (!user) throw ClientErrors.notFound('User', id);
    return user;
  }
}

function assertManager(actor: Identity): void {
  if (!MANAGERS.has(actor.role)) throw ClientErrors.forbidden('Only leads and admins configure routing');
}

function validSkills(field: string, values: readonly string[]): string[] {
  if (values.length > MAX_SKILLS) throw ClientErrors.badInput(field, `at most ${MAX_SKILLS} entries`);
  return [...new Set(values.map((value) => value.trim()))].map((value) => {
    if (value.length === 0 || value.length > MAX_SKILL_LENGTH) throw ClientErrors.badInput(field, `entries of 1 to ${MAX_SKILL_LENGTH} characters`);
    return value;
  });
}
