import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TicketType } from './object-types.js';

@InputType('AnalyticsFilter', { description: 'Days are UTC and inclusive; a ticket counts on the day it was opened' })
export class AnalyticsFilterInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, at most 366 days after from' }) to!: string;
  @Field(() => String, { nullable: true }) team?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'A TicketChannel value, or HELP_PAGE' }) channel?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'AI or HUMAN' }) mode?: string | null;
}

@ObjectType('AnalyticsFigures', { description: 'PII-free figures of a set of tickets and help-page visits; a rate is null without a denominator' })
export class AnalyticsFiguresType {
  @Field(() => Int) tickets!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Float) ticketsPerHour!: number;
  @Field(() => Float, { nullable: true, description: '1–5' }) csatAverage!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of answers that were 4 or 5' }) csatSatisfied!: number | null;
  @Field(() => Int) csatResponses!: number;
  @Field(() => Float, { nullable: true, description: 'Answers per resolved ticket' }) csatResponseRate!: number | null;
  @Field(() => Float, { nullable: true }) firstResponseMedianMs!: number | null;
  @Field(() => Float, { nullable: true }) firstResponseP90Ms!: number | null;
  @Field(() => Float, { nullable: true }) resolutionMedianMs!: number | null;
  @Field(() => Float, { nullable: true }) resolutionP90Ms!: number | null;
  @Field(() => Float, { nullable: true }) slaAttainment!: number | null;
  @Field(() => Float, { nullable: true }) reopenRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Resolved with an AI reply and no human message' }) aiResolutionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Drafts sent (as is or edited) per draft rated' }) draftAcceptanceRate!: number | null;
  @Field(() => Int) draftsSentAsIs!: number;
  @Field(() => Int) draftsEdited!: number;
  @Field(() => Int) draftsDiscarded!: number;
  @Field(() => Float, { nullable: true, description: 'Characters changed per edited draft' }) averageEditDistance!: number | null;
  @Field(() => Float, { nullable: true }) deflectionRate!: number | null;
  @Field(() => Int) helpVisits!: number;
  @Field(() => Float, { nullable: true }) articleHelpfulRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Reviewed triage decisions not corrected' }) triageAccuracy!: number | null;
  @Field(() => Int) triageReviewed!: number;
  @Field(() => Float, { nullable: true }) suggestionThumbsUpRate!: number | null;
  @Field(() => Int) llmTokens!: number;
  @Field(() => Float) llmCostUsd!: number;
}

@ObjectType('AnalyticsGroup')
export class AnalyticsGroupType {
  @Field(() => String, { description: 'The day, team, category, channel, language or mode' }) key!: string;
  @Field(() => AnalyticsFiguresType) figures!: AnalyticsFiguresType;
}

@ObjectType('FeedbackAnalytics')
export class FeedbackAnalyticsType {
  @Field(() => AnalyticsFiguresType) totals!: AnalyticsFiguresType;
  @Field(() => [AnalyticsGroupType]) groups!: AnalyticsGroupType[];
}

@ObjectType('AnalyticsDrillDown', { description: 'The tickets behind a figure, newest first' })
export class AnalyticsDrillDownType {
  @Field(() => Int) total!: number;
  @Field(() => [ID]) ticketIds!: string[];
  @Field(() => [TicketType]) tickets!: TicketType[];
}
