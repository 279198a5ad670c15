import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import type { RoadmapContext } from '../roadmap-context.js';
import { IssueSuggestionType, IssueType, presentIssue, TicketType } from '../schema/object-types.js';
import { similarIssues } from '../services/issue-similarity.js';

@Resolver(() => TicketType)
export class TicketRoadmapResolver {
  @FieldResolver(() => [IssueType], { description: 'Issues this ticket is linked to' })
  async linkedIssues(@Root() ticket: TicketType, @Ctx() context: RoadmapContext): Promise<IssueType[]> {
    const links = await context.linksByTicket.load(ticket.id);
    const issues = await Promise.all(links.map((link) => context.store.findIssue(link.issueId)));
    return issues.filter((issue) => issue !== null).map(presentIssue);
  }

  @FieldResolver(() => [IssueSuggestionType], { description: 'Open issues that look like the same problem, most similar first; not the ones already linked' })
  @Directive('@requires(fields: "subject description")')
  async suggestedIssues(
    @Root() ticket: TicketType,
    @Ctx() context: RoadmapContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: '1–20' }) first?: number | null,
  ): Promise<IssueSuggestionType[]> {
    const limit = first ?? 5;
    if (limit < 1 || limit > 20) throw ClientErrors.badInput('first', 'between 1 and 20');
    const linked = new Set((await context.linksByTicket.load(ticket.id)).map((link) => link.issueId));
    const candidates = (await context.store.listIssues()).filter((issue) => !linked.has(issue.id));
    return similarIssues(`${ticket.subject} ${ticket.description}`, candidates, limit).map(({ issue, score }) =>
      Object.assign(new IssueSuggestionType(), { score, issueRecord: issue }),
    );
  }
}

@Resolver(() => IssueSuggestionType)
export class IssueSuggestionResolver {
  @FieldResolver(() => IssueType)
  issue(@Root() suggestion: IssueSuggestionType): IssueType {
    return presentIssue(suggestion.issueRecord);
  }
}
