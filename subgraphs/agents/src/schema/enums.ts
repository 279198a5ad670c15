import { registerEnumType } from 'type-graphql';
import { AgentRunStatus } from '../store/agent-run-records.js';

/** Same name and values as the tickets subgraph's enum: one TicketPriority in the supergraph. */
export const TicketPriority = { LOW: 'LOW', NORMAL: 'NORMAL', HIGH: 'HIGH', URGENT: 'URGENT' } as const;
export type TicketPriority = (typeof TicketPriority)[keyof typeof TicketPriority];

export const SentimentLabel = { POSITIVE: 'POSITIVE', NEUTRAL: 'NEUTRAL', NEGATIVE: 'NEGATIVE' } as const;
export type SentimentLabel = (typeof SentimentLabel)[keyof typeof SentimentLabel];

export const TriageModelState = { UNTRAINED: 'UNTRAINED', TRAINING: 'TRAINING', READY: 'READY' } as const;
export type TriageModelState = (typeof TriageModelState)[keyof typeof TriageModelState];

registerEnumType(AgentRunStatus, { name: 'AgentRunStatus', description: 'QUEUED → RUNNING → SUCCEEDED or FAILED' });
registerEnumType(TicketPriority, { name: 'TicketPriority' });
registerEnumType(SentimentLabel, { name: 'SentimentLabel' });
registerEnumType(TriageModelState, { name: 'TriageModelState', description: 'Until READY, triage runs on the rules alone' });

export { AgentRunStatus };
