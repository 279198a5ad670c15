import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DraftOutcome } from './enums.js';

@ObjectType('DraftRating', { description: 'An agent’s verdict on an AI reply draft' })
export class DraftRatingType {
  @Field(() => ID) runId!: string;
  @Field(() => DraftOutcome) outcome!: DraftOutcome;
  @Field(() => Int, { nullable: true, description: 'Characters changed between the draft and what was sent' }) editDistance!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}
