import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { TicketType } from '../schema/object-types.js';

/** The kinds of `ticket.*` domain event a subscriber can receive (see events/tickets-events.ts). */
export enum TicketEventKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  MESSAGE_ADDED = 'MESSAGE_ADDED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ASSIGNED = 'ASSIGNED',
}
registerEnumType(TicketEventKind, { name: 'TicketEventKind' });

@ObjectType('TicketEvent', { description: 'Something that happened to a ticket, delivered live over WebSocket by the gateway' })
export class TicketEventType {
  @Field(() => ID, { description: 'The domain event id: the same event delivered twice keeps it' }) id!: string;
  @Field(() => TicketEventKind) type!: TicketEventKind;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ID) ticketId!: string;
  @Field(() => String, { nullable: true, description: 'STATUS_CHANGED and ASSIGNED: the value before' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'STATUS_CHANGED and ASSIGNED: the value after' }) to!: string | null;
  @Field(() => TicketType, { nullable: true, description: 'The ticket as it is now, with fields from every subgraph' }) ticket!: TicketType | null;
}

@InputType('TicketEventFilter')
export class TicketEventFilterInput {
  @Field(() => [TicketEventKind], { nullable: true, description: 'Only these kinds; all when absent' }) types?: TicketEventKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only events of this ticket' }) ticketId?: string | null;
}
