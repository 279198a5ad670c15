import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { firstOf, LIST_FIRST } from '../schema/list-limit.js';
import type { RoadmapContext } from '../roadmap-context.js';
import {
  ComponentOwnerType,
  CustomerImpactType,
  IssueType,
  MilestoneType,
  presentIssue,
  presentMilestone,
  presentSprint,
  SprintType,
  TicketType,
} from '../schema/object-types.js';
import { customerImpact } from '../services/customer-impact.js';

/** Share of child issues that are done; null without children. */
export async function progressOf(context: RoadmapContext, issueKey: string | null): Promise<number | null> {
  if (!issueKey) return null;
  const children = await context.store.listIssues({ parentKey: issueKey });
  return children.length === 0 ? null : children.filter((child) => child.statusCategory === 'done').length / children.length;
}

@Resolver(() => IssueType)
export class IssueResolver {
  @Query(() => IssueType, { description: 'An issue by key (SUP-12) or id' })
  async issue(@Arg('id', () => ID) id: string, @Ctx() context: RoadmapContext): Promise<IssueType> {
    return presentIssue(await context.service.issue(id));
  }

  @FieldResolver(() => IssueType, { nullable: true, description: 'The epic or parent issue' })
  async parent(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<IssueType | null> {
    const parent = issue.parentKey ? await context.store.findIssueByKey(issue.parentKey) : null;
    return parent ? presentIssue(parent) : null;
  }

  @FieldResolver(() => [IssueType], { description: "An epic's issues, or an issue's subtasks" })
  async children(@Root() issue: IssueType, @Ctx() context: RoadmapContext, @Arg('first', () => Int, LIST_FIRST) first?: number | null): Promise<IssueType[]> {
    return issue.key ? firstOf(await context.store.listIssues({ parentKey: issue.key }), first).map(presentIssue) : [];
  }

  @FieldResolver(() => Float, { nullable: true, description: '0–1: share of its children that are done; null without children' })
  progress(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<number | null> {
    return progressOf(context, issue.key);
  }

  @FieldResolver(() => SprintType, { nullable: true })
  async sprint(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<SprintType | null> {
    const sprint = issue.record.sprintId ? await context.store.findSprint(issue.record.sprintId) : null;
    return sprint ? presentSprint(sprint) : null;
  }

  @FieldResolver(() => MilestoneType, { nullable: true, description: 'The fix version' })
  async fixVersion(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<MilestoneType | null> {
    const version = issue.record.fixVersionId ? await context.store.findVersion(issue.record.fixVersionId) : null;
    return version ? presentMilestone(version) : null;
  }

  @FieldResolver(() => ComponentOwnerType, { nullable: true, description: "The component's owning team and person" })
  async owner(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<ComponentOwnerType | null> {
    return issue.component ? context.store.findComponentOwner(issue.component) : null;
  }

  @FieldResolver(() => [TicketType], { description: 'Support tickets linked to this issue' })
  async linkedTickets(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<Pick<TicketType, 'id'>[]> {
    return (await context.linksByIssue.load(issue.id)).map((link) => ({ id: link.ticketId }));
  }

  @FieldResolver(() => CustomerImpactType)
  async customerImpact(@Root() issue: IssueType, @Ctx() context: RoadmapContext): Promise<CustomerImpactType> {
    const links = await context.linksByIssue.load(issue.id);
    return customerImpact(links.map((link) => link.ticketId), context.tickets);
  }
}
