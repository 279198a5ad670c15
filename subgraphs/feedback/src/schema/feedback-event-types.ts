import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FeedbackEventKind } from './enums.js';

@ObjectType('FeedbackEvent', { description: 'A new CSAT answer or content gap, delivered live over WebSocket by the gateway' })
export class FeedbackEventType {
  @Field(() => FeedbackEventKind) kind!: FeedbackEventKind;
  @Field(() => String) occurredAt!: string;
  @Field(() => ID, { nullable: true }) ticketId!: string | null;
  @Field(() => Int, { nullable: true }) score!: number | null;
  @Field(() => ID, { nullable: true }) gapId!: string | null;
}
