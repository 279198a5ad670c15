import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Ticket')
@Directive('@key(fields: "id")')
export class TicketType {
  @Field(() => ID) id!: string;
}

@ObjectType('TicketSatisfaction', { description: 'The customer’s answer to the one-question survey of a resolved ticket' })
export class TicketSatisfactionType {
  @Field(() => Int, { nullable: true, description: '1 (very unhappy) to 5 (very happy); null until answered' }) score!: number | null;
  @Field(() => String, { nullable: true, description: 'The customer’s optional comment' }) comment!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until when the customer may change the answer; null before the ticket is resolved' })
  changeableUntil!: Date | null;
  @Field(() => Boolean, { description: 'Whether the survey takes an answer now (resolved, within 7 days)' }) open!: boolean;
  @Field(() => String, { nullable: true, description: 'Path of the signed survey page that works without signing in, e.g. /survey?token=<token>' })
  surveyLink!: string | null;
}

@ObjectType('SurveyByLink', { description: 'The CSAT survey a signed link opens, for the survey page that needs no sign-in' })
export class SurveyByLinkType {
  @Field(() => String, { nullable: true, description: 'e.g. SUP-1001' }) ticketNumber!: string | null;
  @Field(() => TicketSatisfactionType) satisfaction!: TicketSatisfactionType;
}
