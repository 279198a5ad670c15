import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import { RetrainTrigger, TriageModelVersionType } from '../schema/triage-model-version-types.js';
import type { TriageModelVersionRecord } from '../triage/triage-model-versions.js';

function presentVersion(record: TriageModelVersionRecord, active: number | null): TriageModelVersionType {
  return {
    ...record,
    trainedAt: new Date(record.trainedAt),
    trigger: RetrainTrigger[record.trigger.toUpperCase() as keyof typeof RetrainTrigger],
    active: record.version === active,
  };
}

/** The triage model's versions and the promotion gate's decisions; admins only (docs/ai-loop.md). */
@Resolver(() => TriageModelVersionType)
export class TriageModelVersionResolver {
  @Query(() => [TriageModelVersionType], { description: 'Every trained triage model, newest first, with its held-out scores and the promotion decision; admins only' })
  triageModelVersions(@Ctx() context: AgentsContext): TriageModelVersionType[] {
    const versions = context.service.triageModelVersions(context.identity);
    const active = context.service.activeTriageModelVersion();
    return versions.map((record) => presentVersion(record, active));
  }

  @Mutation(() => TriageModelVersionType, { description: 'Serves a kept triage model version again (audited); admins only' })
  async rollbackTriageModel(@Arg('version', () => Int) version: number, @Ctx() context: AgentsContext): Promise<TriageModelVersionType> {
    const record = await context.service.rollbackTriageModel(context.identity, version);
    return presentVersion(record, context.service.activeTriageModelVersion());
  }
}
