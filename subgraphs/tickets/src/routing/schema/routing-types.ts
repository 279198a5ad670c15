import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgentPresence, RoutingStrategy } from '../routing-records.js';
import { TicketType } from '../../schema/object-types.js';

registerEnumType(AgentPresence, { name: 'AgentPresence', description: 'Only ONLINE agents are assigned tickets' });
registerEnumType(RoutingStrategy, { name: 'RoutingStrategy', description: 'How a team\'s tickets find an agent' });

@ObjectType('ChannelCapacity', { description: 'Open tickets at once on a channel (`*`: every channel without its own limit)' })
export class ChannelCapacityType {
  @Field(() => String) channel!: string;
  @Field(() => Int) limit!: number;
}

@ObjectType('ChannelLoad', { description: 'Open tickets an agent holds on a channel' })
export class ChannelLoadType {
  @Field(() => String) channel!: string;
  @Field(() => Int) open!: number;
}

@ObjectType('AgentSkills', { description: 'What an agent handles; an empty list means any' })
export class AgentSkillsType {
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) languages!: string[];
  @Field(() => [String], { description: 'Customer tiers: STANDARD, PREMIUM, VIP' }) tiers!: string[];
}

@ObjectType('AgentRouting', { description: 'An agent\'s presence, capacity per channel, skills and current load' })
export class AgentRoutingType {
  @Field(() => ID) agentId!: string;
  @Field(() => AgentPresence) presence!: AgentPresence;
  @Field(() => [ChannelCapacityType]) capacity!: ChannelCapacityType[];
  @Field(() => AgentSkillsType) skills!: AgentSkillsType;
  @Field(() => Date) lastSeenAt!: Date;
}

@ObjectType('RoutingDecision', { description: 'What the router did with a ticket' })
export class RoutingDecisionType {
  @Field(() => ID) ticketId!: string;
  @Field(() => ID) teamId!: string;
  @Field(() => ID, { nullable: true, description: 'The agent; null while queued' }) assigneeId!: string | null;
  @Field(() => String) reason!: string;
  @Field(() => TicketType, { nullable: true }) ticket!: TicketType | null;
}

@InputType('ChannelCapacityInput')
export class ChannelCapacityInput {
  @Field(() => String, { description: 'WEB, EMAIL, CHAT, PHONE, API or * (any other)' }) channel!: string;
  @Field(() => Int) limit!: number;
}

@InputType('AgentSkillsInput')
export class AgentSkillsInput {
  @Field(() => [String], { nullable: true }) categories?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => [String], { nullable: true }) tiers?: string[] | null;
}

@InputType('AgentRoutingInput')
export class AgentRoutingInput {
  @Field(() => ID) agentId!: string;
  @Field(() => [ChannelCapacityInput], { description: 'Replaces the capacities; empty keeps them' }) capacity!: ChannelCapacityInput[];
  @Field(() => AgentSkillsInput, { nullable: true, description: 'Lists given replace those skills' }) skills?: AgentSkillsInput | null;
}

@ObjectType('PresenceEvent', { description: 'An agent\'s presence changed' })
export class PresenceEventType {
  @Field(() => ID) id!: string;
  @Field(() => ID) agentId!: string;
  @Field(() => AgentPresence) presence!: AgentPresence;
  @Field(() => AgentPresence, { nullable: true }) previous!: AgentPresence | null;
  @Field(() => Date) occurredAt!: Date;
}

@ObjectType('AssignmentNotification', { description: 'A ticket was assigned to you by the router' })
export class AssignmentNotificationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) ticketId!: string;
  @Field(() => ID) teamId!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => TicketType, { nullable: true }) ticket!: TicketType | null;
}
