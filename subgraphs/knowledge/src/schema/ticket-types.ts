import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';

/**
 * The tickets subgraph's Ticket, extended with knowledge fields. `subject` and `description` are
 * owned by tickets: the gateway fetches them there first and hands them to the fields that
 * `@requires` them, so this subgraph never stores or trusts a copy.
 */
@ObjectType('Ticket')
@Directive('@key(fields: "id")')
export class TicketType {
  @Field(() => ID) id!: string;
  @Directive('@external') @Field(() => String) subject!: string;
  @Directive('@external') @Field(() => String) description!: string;
}

@ObjectType('SimilarTicket', { description: 'An earlier ticket that reads like this one' })
export class SimilarTicketType {
  @Field(() => Float, { description: 'Larger is more similar; comparable only within one result list' }) score!: number;
}
