import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('RetentionRun', { description: 'One retention run: when, up to when, what was purged and what was held' })
export class RetentionRunType {
  @Field(() => Date) ranAt!: Date;
  @Field(() => Date, { description: 'Tickets closed before this lost their text' }) cutoff!: Date;
  @Field(() => String, { description: 'Who ran it: an admin, or the scheduled job' }) actor!: string;
  @Field(() => Int) purgedTicketCount!: number;
  @Field(() => [ID]) purgedTicketIds!: string[];
  @Field(() => [ID], { description: 'Due, but under legal hold (tag legal-hold): left whole' }) heldTicketIds!: string[];
}
