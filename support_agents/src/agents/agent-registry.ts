import type { AgentDeclaration } from './agent-reads.js';
import type { SupportAgent } from './support-agent.js';
import { createEscalationAgent } from './escalation/escalation-agent.js';
import { createKnowledgeSuggestionAgent } from './knowledge-suggestion/knowledge-suggestion-agent.js';
import { createLanguageAgent } from './language/language-agent.js';
import { createMissingInformationAgent } from './missing-information/missing-information-agent.js';
import { createReplyDraftingAgent } from './reply-drafting/reply-drafting-agent.js';
import { createSentimentAgent } from './sentiment/sentiment-agent.js';
import { createTriageAgent } from './triage/triage-agent.js';

/** One agent as the registry knows it: its name, the factory that builds it from its options, and its declaration. */
export interface AgentRegistration<TName extends string = string, TOptions = never, TAgent extends SupportAgent = SupportAgent> extends AgentDeclaration {
  readonly name: TName;
  readonly create: (options?: TOptions) => TAgent;
}

/** Ties a name to a factory, keeping both types so the registry can derive its option, agent and result types. */
function register<const TName extends string, TOptions, TAgent extends SupportAgent>(
  name: TName,
  create: (options?: TOptions) => TAgent,
  declaration: AgentDeclaration,
): AgentRegistration<TName, TOptions, TAgent> {
  return { name, create, ...declaration };
}

/**
 * Every agent, in the order `names()` lists them, with what it reads (the ticket pipeline runs each
 * after those: see `orderByReads`). A new agent is a folder plus one line here.
 */
export const AGENT_REGISTRATIONS = [
  register('language', createLanguageAgent, { reads: [] }),
  register('triage', createTriageAgent, { reads: ['language'] }),
  register('sentiment', createSentimentAgent, { reads: ['language'] }),
  register('missing-information', createMissingInformationAgent, { reads: ['language', 'triage'] }),
  register('knowledge-suggestion', createKnowledgeSuggestionAgent, { reads: ['language'] }),
  register('reply-drafting', createReplyDraftingAgent, { reads: ['language', 'triage'], runsOnEveryTicket: false }),
  register('escalation', createEscalationAgent, { reads: ['language', 'sentiment', 'missing-information', 'triage'] }),
] as const;

type Registered = (typeof AGENT_REGISTRATIONS)[number];

export type AgentName = Registered['name'];

/** The agent registered under `TName`, as its factory types it (some read a context extension, e.g. `earlier`). */
export type AgentOf<TName extends AgentName> = ReturnType<Extract<Registered, { readonly name: TName }>['create']>;

/** The result type of the agent registered under `TName`. */
export type AgentResultOf<TName extends AgentName> = AgentOf<TName> extends SupportAgent<infer TResult> ? TResult : never;

/** Each agent's factory options, keyed by agent name; every key is optional (the factories document their defaults). */
export type AgentDependencies = {
  readonly [R in Registered as R['name']]?: R extends AgentRegistration<string, infer TOptions, SupportAgent> ? TOptions : never;
};

export interface AgentRegistry {
  /** The agent registered under `name`, typed by its factory. */
  get<TName extends AgentName>(name: TName): AgentOf<TName>;
  /** For names from outside (a GraphQL argument): `undefined` when no agent has that name. */
  get(name: string): SupportAgent | undefined;
  /** Registered agent names, in registration order. */
  names(): AgentName[];
}

export function isAgentName(name: string): name is AgentName {
  return AGENT_REGISTRATIONS.some((registration) => registration.name === name);
}

/** Builds every registered agent once, each from its own entry of `dependencies`. */
export function createAgentRegistry(dependencies: AgentDependencies = {}): AgentRegistry {
  const agents = new Map<string, SupportAgent>();
  for (const registration of AGENT_REGISTRATIONS) {
    // The name/options pairing is guaranteed by `AgentDependencies`' construction; TypeScript cannot follow it through the union.
    const create = registration.create as (options?: unknown) => SupportAgent;
    agents.set(registration.name, create(dependencies[registration.name]));
  }
  return {
    get: ((name: string) => agents.get(name)) as AgentRegistry['get'],
    names: () => AGENT_REGISTRATIONS.map((registration) => registration.name),
  };
}
