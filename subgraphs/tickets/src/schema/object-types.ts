import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CustomerTier, MessageAuthorRole, TicketChannel, TicketPriority, TicketStatus } from './enums.js';

@ObjectType('TicketMessage', { description: 'One entry of the conversation on a ticket' })
export class TicketMessageType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Who wrote it: a customer email, a user id or an agent name' }) authorId!: string;
  @Field(() => MessageAuthorRole) authorRole!: MessageAuthorRole;
  @Field(() => String, { nullable: true }) body!: string;
  @Field(() => Boolean, { description: 'Internal notes are visible to the support team only' }) internal!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('TicketHistoryEntry', { description: 'Who changed what, when' })
export class TicketHistoryEntryType {
  @Field(() => Date) changedAt!: Date;
  @Field(() => String, { nullable: true }) actor!: string;
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}

@ObjectType('Customer')
@Directive('@key(fields: "id")')
export class CustomerType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string;
  @Field(() => String, { nullable: true }) email!: string;
  @Field(() => CustomerTier) tier!: CustomerTier;
}

@ObjectType('Ticket')
@Directive('@key(fields: "id")')
export class TicketType {
  @Field(() => ID) id!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) description!: string;
  @Field(() => TicketStatus) status!: TicketStatus;
  @Field(() => TicketPriority) priority!: TicketPriority;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => TicketChannel) channel!: TicketChannel;
  @Field(() => [String]) tags!: string[];
  @Field(() => ID, { nullable: true, description: 'Id of the user the ticket is assigned to' }) assigneeId!: string | null;
  @Field(() => [TicketHistoryEntryType], { nullable: true }) history!: TicketHistoryEntryType[];
  @Field(() => String, { nullable: true, description: 'The partner integration that opened the ticket, if any' })
  integration!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) firstResponseAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Date, { description: 'When the next SLA target falls due: the first response, then (once answered) the resolution' }) slaDueAt!: Date;
  @Field(() => Int, { description: 'Increases with every change; pass it back to updateTicket' }) version!: number;
}

@ObjectType('TicketEdge')
export class TicketEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => TicketType) node!: TicketType;
}

@ObjectType('PageInfo')
@Directive('@shareable')
export class PageInfoType {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('TicketConnection')
export class TicketConnectionType {
  @Field(() => [TicketEdgeType]) edges!: TicketEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}
