import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { firstOf, LIST_FIRST } from '../schema/list-limit.js';
import type { RoadmapContext } from '../roadmap-context.js';
import { ComponentOwnerType, IssueType, MilestoneType, presentIssue, presentMilestone, presentSprint, RoadmapType, SprintType } from '../schema/object-types.js';
import { RoadmapModeEnum } from '../schema/enums.js';

function doneShare(issues: readonly IssueType[]): number | null {
  return issues.length === 0 ? null : issues.filter((issue) => issue.statusCategory === 'done').length / issues.length;
}

@Resolver(() => RoadmapType)
export class RoadmapResolver {
  @Query(() => RoadmapType, { description: 'The roadmap dashboard' })
  roadmap(@Ctx() context: RoadmapContext): RoadmapType {
    return Object.assign(new RoadmapType(), { mode: context.service.jiraMode ? RoadmapModeEnum.JIRA : RoadmapModeEnum.OFFLINE, projectKey: context.projectKey });
  }

  @FieldResolver(() => [SprintType], { description: 'Active and future sprints first, then closed ones' })
  async sprints(@Ctx() context: RoadmapContext, @Arg('first', () => Int, LIST_FIRST) first?: number | null): Promise<SprintType[]> {
    const order = { active: 0, future: 1, closed: 2 } as const;
    return firstOf((await context.store.listSprints()).sort((a, b) => order[a.state] - order[b.state]), first).map(presentSprint);
  }

  @FieldResolver(() => [MilestoneType], { description: 'Versions by release date' })
  async milestones(@Ctx() context: RoadmapContext, @Arg('first', () => Int, LIST_FIRST) first?: number | null): Promise<MilestoneType[]> {
    return firstOf(await context.store.listVersions(), first).map(presentMilestone);
  }

  @FieldResolver(() => [IssueType])
  async epics(@Ctx() context: RoadmapContext, @Arg('first', () => Int, LIST_FIRST) first?: number | null): Promise<IssueType[]> {
    return firstOf((await context.store.listIssues()).filter((issue) => issue.type === 'Epic'), first).map(presentIssue);
  }

  @FieldResolver(() => [IssueType], { description: 'Issues in no sprint (epics and subtasks left out)' })
  async backlog(@Ctx() context: RoadmapContext, @Arg('first', () => Int, { nullable: true, defaultValue: 200, description: '1–200' }) first?: number | null): Promise<IssueType[]> {
    return firstOf((await context.store.listIssues({ sprintId: null })).filter((issue) => issue.type !== 'Epic' && issue.type !== 'Subtask'), first).map(presentIssue);
  }

  @FieldResolver(() => [ComponentOwnerType])
  componentOwners(@Ctx() context: RoadmapContext): Promise<ComponentOwnerType[]> {
    return context.store.listComponentOwners();
  }
}

@Resolver(() => SprintType)
export class SprintResolver {
  @FieldResolver(() => [IssueType])
  async issues(@Root() sprint: SprintType, @Ctx() context: RoadmapContext, @Arg('first', () => Int, LIST_FIRST) first?: number | null): Promise<IssueType[]> {
    return firstOf(await context.store.listIssues({ sprintId: sprint.id }), first).map(presentIssue);
  }

  @FieldResolver(() => Float, { nullable: true, description: '0–1: share of its issues that are done' })
  async progress(@Root() sprint: SprintType, @Ctx() context: RoadmapContext): Promise<number | null> {
    return doneShare((await context.store.listIssues({ sprintId: sprint.id })).map(presentIssue));
  }
}

@Resolver(() => MilestoneType)
export class MilestoneResolver {
  @FieldResolver(() => [IssueType], { description: 'Issues with this fix version' })
  async issues(@Root() milestone: MilestoneType, @Ctx() context: RoadmapContext, @Arg('first', () => Int, LIST_FIRST) first?: number | null): Promise<IssueType[]> {
    return firstOf(await context.store.listIssues({ fixVersionId: milestone.id }), first).map(presentIssue);
  }

  @FieldResolver(() => Float, { nullable: true, description: '0–1: share of its issues that are done' })
  async progress(@Root() milestone: MilestoneType, @Ctx() context: RoadmapContext): Promise<number | null> {
    return doneShare((await context.store.listIssues({ fixVersionId: milestone.id })).map(presentIssue));
  }
}
