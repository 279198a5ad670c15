import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import { TicketTriageType, TriageCategoryType } from '../schema/object-types.js';

/** Display names from the taxonomy file: the pick list of categories, and names on a ticket's triage. */
@Resolver(() => TicketTriageType)
export class TriageTaxonomyResolver {
  @Query(() => [TriageCategoryType], { description: 'Every triage category with its display name and team, sorted by name' })
  triageCategories(@Ctx() context: AgentsContext): TriageCategoryType[] {
    return context.taxonomy.categories.map((category) => ({ ...category, teamName: context.taxonomy.teamName(category.team) }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of the category; null when there is none' })
  categoryName(@Root() triage: TicketTriageType, @Ctx() context: AgentsContext): string | null {
    return triage.category === null ? null : context.taxonomy.categoryName(triage.category);
  }

  @FieldResolver(() => String, { description: 'Display name of the team' })
  teamName(@Root() triage: TicketTriageType, @Ctx() context: AgentsContext): string {
    return context.taxonomy.teamName(triage.team);
  }
}
