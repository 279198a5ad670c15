import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('SubgraphErasure', { description: 'What erasure removed in one subgraph that holds data about tickets' })
export class SubgraphErasureType {
  @Field({ description: 'The subgraph, by its name in the supergraph' }) subgraph!: string;
  @Field(() => Int, { description: 'Records it deleted or scrubbed in this run (0 when an earlier run already did)' }) recordsErased!: number;
}

@ObjectType('CustomerErasure', { description: 'What eraseCustomer did; running it again is safe' })
export class CustomerErasureType {
  @Field(() => ID) customerId!: string;
  @Field(() => Int, { description: 'Tickets scrubbed (they stay, anonymised, for statistics)' }) ticketCount!: number;
  @Field(() => [SubgraphErasureType], { description: 'Every participating subgraph, each finished' }) subgraphs!: SubgraphErasureType[];
  @Field(() => Int, { description: 'Ticket index entries removed from the knowledge subgraph' }) knowledgeEntriesRemoved!: number;
  @Field(() => Int, { description: 'Agent runs and triage corrections scrubbed in the agents subgraph' }) agentRunsScrubbed!: number;
  @Field(() => [String], {
    description: 'Services not part of this deployment, so holding nothing',
    deprecationReason: 'Every subgraph in the platform list takes part in erasure: always empty. Read `subgraphs`.',
  })
  skippedServices!: string[];
}
