import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TicketType } from '../../schema/object-types.js';

@ObjectType('TicketSla', { description: 'The ticket\'s deadlines under its SLA policy and team calendar; time waiting on the customer does not count' })
export class TicketSlaType {
  @Field(() => String, { description: 'The policy that applies' }) policy!: string;
  @Field(() => Date) firstResponseDueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Set while a customer message waits for an answer' }) nextResponseDueAt!: Date | null;
  @Field(() => Date) resolutionDueAt!: Date;
  @Field(() => Boolean, { description: 'A deadline passed before it was met' }) breached!: boolean;
  @Field(() => Boolean, { description: 'Waiting on the customer: the clocks stand still' }) paused!: boolean;
}

@ObjectType('SlaPolicy', { description: 'Targets for tickets matching priority, tier and category (null: any); the most specific match wins' })
export class SlaPolicyType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) priority!: string | null;
  @Field(() => String, { nullable: true }) tier!: string | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => Int) firstResponseMinutes!: number;
  @Field(() => Int) nextResponseMinutes!: number;
  @Field(() => Int) resolutionMinutes!: number;
}

@ObjectType('TeamCalendar', { description: 'When a team works; SLA clocks run only then' })
export class TeamCalendarType {
  @Field(() => ID) teamId!: string;
  @Field(() => Int) utcOffsetMinutes!: number;
  @Field(() => [Int], { description: '0 = Sunday' }) openDays!: number[];
  @Field(() => String, { description: 'HH:MM local' }) opensAt!: string;
  @Field(() => String) closesAt!: string;
  @Field(() => [String], { description: 'YYYY-MM-DD' }) holidays!: string[];
}

@InputType('SlaPolicyInput')
export class SlaPolicyInput {
  @Field(() => ID, { nullable: true, description: 'To replace a policy; new when absent' }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) priority?: string | null;
  @Field(() => String, { nullable: true }) tier?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => Int) firstResponseMinutes!: number;
  @Field(() => Int) nextResponseMinutes!: number;
  @Field(() => Int) resolutionMinutes!: number;
}

@InputType('TeamCalendarInput')
export class TeamCalendarInput {
  @Field(() => ID) teamId!: string;
  @Field(() => Int) utcOffsetMinutes!: number;
  @Field(() => [Int]) openDays!: number[];
  @Field(() => String) opensAt!: string;
  @Field(() => String) closesAt!: string;
  @Field(() => [String], { nullable: true }) holidays?: string[] | null;
}

@ObjectType('SlaNotice', { description: 'A deadline of one of your tickets is near, or has passed' })
export class SlaNoticeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) ticketId!: string;
  @Field(() => String, { description: 'FIRST_RESPONSE, NEXT_RESPONSE or RESOLUTION' }) clock!: string;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Boolean) breached!: boolean;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => TicketType, { nullable: true }) ticket!: TicketType | null;
}
