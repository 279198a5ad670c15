import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RoadmapErrors } from '../domain/roadmap-errors.js';
import type { RoadmapContext } from '../roadmap-context.js';
import { TrackerUnavailableError } from '../tracker/issue-tracker.js';
import {
  CreateIssueFromTicketInputType,
  CreateIssueInputType,
  CreateMilestoneInputType,
  CreateSprintInputType,
  UpdateIssueInputType,
} from '../schema/input-types.js';
import { ComponentOwnerType, IssueType, MilestoneType, presentIssue, presentMilestone, presentSprint, SprintType } from '../schema/object-types.js';
import { assertMayPlan } from '../services/roadmap-access.js';

@Resolver()
export class RoadmapMutationResolver {
  @Mutation(() => IssueType, { description: 'Offline: numbered at once. With Jira: syncState PENDING until Jira numbers it' })
  async createIssue(@Arg('input', () => CreateIssueInputType) input: CreateIssueInputType, @Ctx() context: RoadmapContext): Promise<IssueType> {
    assertMayPlan(context.identity);
    return presentIssue(await context.service.createIssue(input));
  }

  @Mutation(() => IssueType)
  async updateIssue(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateIssueInputType) input: UpdateIssueInputType, @Ctx() context: RoadmapContext): Promise<IssueType> {
    assertMayPlan(context.identity);
    return presentIssue(await context.service.updateIssue(id, input));
  }

  @Mutation(() => IssueType, { description: 'A bug made from a ticket (redacted conversation, reproduction steps), linked to it, assigned to the component owner' })
  async createIssueFromTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('input', () => CreateIssueFromTicketInputType) input: CreateIssueFromTicketInputType,
    @Ctx() context: RoadmapContext,
  ): Promise<IssueType> {
    assertMayPlan(context.identity);
    return presentIssue(await context.service.createIssueFromTicket(context.identity, ticketId, input));
  }

  @Mutation(() => IssueType, { description: 'Linking twice is one link' })
  async linkTicketToIssue(@Arg('ticketId', () => ID) ticketId: string, @Arg('issueKey', () => String) issueKey: string, @Ctx() context: RoadmapContext): Promise<IssueType> {
    assertMayPlan(context.identity);
    return presentIssue(await context.service.linkTicketToIssue(context.identity, ticketId, issueKey));
  }

  @Mutation(() => IssueType)
  async unlinkTicketFromIssue(@Arg('ticketId', () => ID) ticketId: string, @Arg('issueKey', () => String) issueKey: string, @Ctx() context: RoadmapContext): Promise<IssueType> {
    assertMayPlan(context.identity);
    return presentIssue(await context.service.unlinkTicketFromIssue(ticketId, issueKey));
  }

  @Mutation(() => SprintType, { description: 'Offline only (OWNED_BY_JIRA otherwise)' })
  async createSprint(@Arg('input', () => CreateSprintInputType) input: CreateSprintInputType, @Ctx() context: RoadmapContext): Promise<SprintType> {
    assertMayPlan(context.identity);
    return presentSprint(await context.service.createSprint(input));
  }

  @Mutation(() => MilestoneType, { description: 'Offline only (OWNED_BY_JIRA otherwise)' })
  async createMilestone(@Arg('input', () => CreateMilestoneInputType) input: CreateMilestoneInputType, @Ctx() context: RoadmapContext): Promise<MilestoneType> {
    assertMayPlan(context.identity);
    return presentMilestone(await context.service.createVersion(input));
  }

  @Mutation(() => MilestoneType, { description: 'Offline only: releases the version; linked tickets hear the fix shipped' })
  async releaseMilestone(@Arg('id', () => ID) id: string, @Ctx() context: RoadmapContext): Promise<MilestoneType> {
    assertMayPlan(context.identity);
    return presentMilestone(await context.service.releaseVersion(id));
  }

  @Mutation(() => ComponentOwnerType)
  async setComponentOwner(
    @Arg('component', () => String) component: string,
    @Arg('team', () => String) team: string,
    @Arg('owner', () => String, { description: 'Jira account id (offline: a name or email)' }) owner: string,
    @Ctx() context: RoadmapContext,
  ): Promise<ComponentOwnerType> {
    assertMayPlan(context.identity);
    return context.service.setComponentOwner(component, team, owner);
  }

  @Mutation(() => Boolean, { description: 'With Jira: polls it now (what webhooks may have missed); false offline' })
  async syncRoadmap(@Ctx() context: RoadmapContext): Promise<boolean> {
    assertMayPlan(context.identity);
    if (!context.poller) return false;
    try {
      await context.poller.pollNow();
    } catch (error) {
      if (error instanceof TrackerUnavailableError) throw RoadmapErrors.jiraUnavailable();
      throw error;
    }
    return true;
  }
}
