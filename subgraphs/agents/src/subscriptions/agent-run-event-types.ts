import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgentRunStatus } from '../schema/enums.js';
import { AgentRunType } from '../schema/object-types.js';

@ObjectType('AgentRunUpdate', { description: 'A status change of an agent run, delivered live over WebSocket by the gateway' })
export class AgentRunUpdateType {
  @Field(() => ID) runId!: string;
  @Field(() => ID) ticketId!: string;
  @Field(() => String) agent!: string;
  @Field(() => AgentRunStatus) status!: AgentRunStatus;
  @Field(() => AgentRunType, { nullable: true, description: 'The run as it is now' }) run!: AgentRunType | null;
}

@ObjectType('ReplyCitation')
export class ReplyCitationType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
}

@ObjectType('ReplyChunk', { description: 'One piece of a streamed reply draft, in order' })
export class ReplyChunkType {
  @Field(() => ID) runId!: string;
  @Field(() => Int, { description: '0, 1, 2… without gaps; pass the last one seen as afterSeq to resume' }) seq!: number;
  @Field(() => String) delta!: string;
  @Field(() => Boolean, { description: 'The last chunk of the reply' }) done!: boolean;
  @Field(() => [ReplyCitationType], { description: 'Articles the reply relies on; on the last chunk' }) citations!: ReplyCitationType[];
}
