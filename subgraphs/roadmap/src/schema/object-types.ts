import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { IssueRecord, SprintRecord, VersionRecord } from '../domain/roadmap-records.js';
import { IssueTypeEnum, RoadmapModeEnum, SprintStateEnum, StatusCategoryEnum, SyncStateEnum } from './enums.js';

/** The tickets subgraph's Ticket, extended with its linked issues. */
@ObjectType('Ticket')
@Directive('@key(fields: "id")')
export class TicketType {
  @Field(() => ID) id!: string;
  @Directive('@external') @Field(() => String) subject!: string;
  @Directive('@external') @Field(() => String) description!: string;
}

@ObjectType('Issue', { description: 'A Jira issue (or an offline one): epic, story, task, bug or subtask' })
@Directive('@key(fields: "id")')
export class IssueType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'e.g. SUP-12; null while a new issue waits for Jira to number it' }) key!: string | null;
  @Field(() => IssueTypeEnum) type!: IssueRecord['type'];
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Plain text; made from a ticket, it holds the redacted conversation' }) description!: string;
  @Field(() => String, { description: "The workflow status's name, e.g. In Review" }) status!: string;
  @Field(() => StatusCategoryEnum) statusCategory!: IssueRecord['statusCategory'];
  @Field(() => String, { nullable: true, description: 'Jira account id (or, offline, the owner as entered)' }) assignee!: string | null;
  @Field(() => String, { nullable: true }) component!: string | null;
  @Field(() => [String]) labels!: string[];
  @Field(() => String, { nullable: true, description: 'The epic or parent issue key (team-managed projects and subtasks use parent)' }) parentKey!: string | null;
  @Field(() => SyncStateEnum) syncState!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  /** Kept for the field resolvers. */
  record!: IssueRecord;
}

@ObjectType('Sprint')
export class SprintType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => SprintStateEnum) state!: SprintRecord['state'];
  @Field(() => Date, { nullable: true }) startDate!: Date | null;
  @Field(() => Date, { nullable: true }) endDate!: Date | null;
  @Field(() => String, { nullable: true }) goal!: string | null;
}

@ObjectType('Milestone', { description: 'A project version (fix version), shown on the milestone timeline' })
export class MilestoneType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) releaseDate!: string | null;
  @Field(() => Boolean) released!: boolean;
}

@ObjectType('TierCount')
export class TierCountType {
  @Field(() => String) tier!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CustomerImpact', { description: 'Who an issue hurts, from its linked tickets' })
export class CustomerImpactType {
  @Field(() => Int) linkedTickets!: number;
  @Field(() => Int) distinctCustomers!: number;
  @Field(() => [TierCountType], { description: 'Distinct customers per tier' }) tiers!: TierCountType[];
  @Field(() => Float, { description: '0–1: share of linked tickets whose sentiment is NEGATIVE' }) negativeSentimentShare!: number;
}

@ObjectType('ComponentOwner', { description: 'The team and person who own a component; issues made from tickets go to them' })
export class ComponentOwnerType {
  @Field(() => String) component!: string;
  @Field(() => String) team!: string;
  @Field(() => String) owner!: string;
}

@ObjectType('IssueSuggestion', { description: 'An existing issue that may be the same problem as the ticket' })
export class IssueSuggestionType {
  @Field(() => Float, { description: '0–1 text similarity to the issue and the tickets already linked to it' }) score!: number;
  issueRecord!: IssueRecord;
}

@ObjectType('Roadmap', { description: 'The roadmap dashboard: sprints, milestones and epics of the project' })
export class RoadmapType {
  @Field(() => RoadmapModeEnum) mode!: string;
  @Field(() => String) projectKey!: string;
}

@ObjectType('RoadmapEvent', { description: 'Something changed on the roadmap (for the live dashboard)' })
export class RoadmapEventType {
  @Field(() => String, { description: 'ISSUE_CHANGED, TICKET_LINKED, TICKET_UNLINKED or MILESTONE_CHANGED' }) kind!: string;
  @Field(() => ID, { nullable: true }) issueId!: string | null;
  @Field(() => String, { nullable: true }) issueKey!: string | null;
  @Field(() => ID, { nullable: true }) milestoneId!: string | null;
}

export function presentIssue(record: IssueRecord): IssueType {
  return Object.assign(new IssueType(), {
    ...record,
    labels: JSON.parse(record.labels) as string[],
    syncState: record.pushedRevision >= record.revision && (record.key !== null) ? SyncStateEnum.SYNCED : SyncStateEnum.PENDING,
    record,
  });
}

export function presentSprint(record: SprintRecord): SprintType {
  return Object.assign(new SprintType(), record);
}

export function presentMilestone(record: VersionRecord): MilestoneType {
  return Object.assign(new MilestoneType(), record);
}
