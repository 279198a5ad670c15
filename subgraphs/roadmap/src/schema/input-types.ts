import { Field, ID, InputType } from 'type-graphql';
import type { IssueRecord, SprintRecord, StatusCategory } from '../domain/roadmap-records.js';
import { IssueTypeEnum, SprintStateEnum, StatusCategoryEnum } from './enums.js';

@InputType('CreateIssueInput')
export class CreateIssueInputType {
  @Field(() => String, { description: '1–255 characters' }) summary!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => IssueTypeEnum, { nullable: true, description: 'Default TASK (BUG from a ticket)' }) type?: IssueRecord['type'] | null;
  @Field(() => [String], { nullable: true }) labels?: string[] | null;
  @Field(() => String, { nullable: true, description: "Its owner (setComponentOwner) becomes the assignee" }) component?: string | null;
  @Field(() => String, { nullable: true, description: 'Epic or parent issue key' }) parentKey?: string | null;
  @Field(() => ID, { nullable: true, description: 'Offline only: in Jira, sprints are planned in Jira' }) sprintId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Offline only: in Jira, fix versions are set in Jira' }) fixVersionId?: string | null;
}

@InputType('CreateIssueFromTicketInput')
export class CreateIssueFromTicketInputType {
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true, description: "The agent's own words; the redacted conversation and reproduction steps are added" })
  description?: string | null;
  @Field(() => [String], { nullable: true }) labels?: string[] | null;
  @Field(() => String, { nullable: true }) component?: string | null;
}

@InputType('UpdateIssueInput', { description: 'With Jira, only summary, description and labels: the rest is changed in Jira (OWNED_BY_JIRA)' })
export class UpdateIssueInputType {
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) labels?: string[] | null;
  @Field(() => StatusCategoryEnum, { nullable: true }) statusCategory?: StatusCategory | null;
  @Field(() => String, { nullable: true, description: 'Status name; default the category’s' }) status?: string | null;
  @Field(() => ID, { nullable: true }) sprintId?: string | null;
  @Field(() => ID, { nullable: true }) fixVersionId?: string | null;
  @Field(() => String, { nullable: true }) assignee?: string | null;
}

@InputType('CreateSprintInput')
export class CreateSprintInputType {
  @Field(() => String) name!: string;
  @Field(() => SprintStateEnum, { nullable: true, description: 'Default FUTURE' }) state?: SprintRecord['state'] | null;
  @Field(() => Date, { nullable: true }) startDate?: Date | null;
  @Field(() => Date, { nullable: true }) endDate?: Date | null;
  @Field(() => String, { nullable: true }) goal?: string | null;
}

@InputType('CreateMilestoneInput')
export class CreateMilestoneInputType {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) releaseDate?: string | null;
}
