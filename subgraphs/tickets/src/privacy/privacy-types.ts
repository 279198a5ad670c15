import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CustomerErasure', { description: 'What eraseCustomer did; running it again is safe' })
export class CustomerErasureType {
  @Field(() => ID) customerId!: string;
  @Field(() => Int, { description: 'Tickets scrubbed (they stay, anonymised, for statistics)' }) ticketCount!: number;
  @Field(() => Int, { description: 'Ticket index entries removed from the knowledge subgraph' }) knowledgeEntriesRemoved!: number;
  @Field(() => Int, { description: 'Agent runs and triage corrections scrubbed in the agents subgraph' }) agentRunsScrubbed!: number;
  @Field(() => [String], { description: 'Services not part of this deployment, so holding nothing' }) skippedServices!: string[];
}
