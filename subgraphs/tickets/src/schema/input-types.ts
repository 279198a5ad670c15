import { Field, ID, InputType, Int } from 'type-graphql';
import { TicketChannel, TicketPriority, TicketStatus } from './enums.js';

@InputType('CustomerInput')
export class CustomerInput {
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType('CreateTicketInput')
export class CreateTicketInput {
  @Field(() => String) subject!: string;
  @Field(() => String) description!: string;
  @Field(() => TicketChannel, { nullable: true }) channel?: TicketChannel | null;
  @Field(() => TicketPriority, { nullable: true, description: 'Default NORMAL' }) priority?: TicketPriority | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => CustomerInput, { nullable: true, description: 'Required for staff; customers open tickets for themselves' })
  customer?: CustomerInput | null;
}

@InputType('AddMessageInput')
export class AddMessageInput {
  @Field(() => String) body!: string;
  @Field(() => Boolean, { nullable: true, description: 'An internal note, visible to the support team only' })
  internal?: boolean | null;
}

@InputType('UpdateTicketInput')
export class UpdateTicketInput {
  @Field(() => Int, { description: 'The version you read; a newer stored version fails with CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => TicketPriority, { nullable: true }) priority?: TicketPriority | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

@InputType('TicketFilter')
export class TicketFilterInput {
  @Field(() => [TicketStatus], { nullable: true }) status?: TicketStatus[] | null;
  @Field(() => [TicketPriority], { nullable: true }) priority?: TicketPriority[] | null;
  @Field(() => String, { nullable: true }) assigneeId?: string | null;
  @Field(() => ID, { nullable: true, description: "A team's queue: tickets assigned to the team's members" }) teamId?: string | null;
  @Field(() => String, { nullable: true }) customerId?: string | null;
  @Field(() => String, { nullable: true }) tag?: string | null;
  @Field(() => String, { nullable: true, description: 'Case-insensitive text in subject or description' }) text?: string | null;
}
