import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FeedbackContext } from '../../feedback-context.js';
import { isRunning, type ConfigExperiment } from '../experiments/config-experiment.js';
import type { ArmRunTally } from '../experiments/experiment-run-tally.js';
import { AiConfigExperimentResultsType, AiConfigExperimentType, type AiConfigExperimentArmRunsType } from './experiment-object-types.js';

/** Kept on the presented experiment so `results` counts from the stored one. */
type PresentedExperiment = AiConfigExperimentType & { readonly stored: ConfigExperiment };

const presentExperiment = (experiment: ConfigExperiment): PresentedExperiment => ({
  ...experiment,
  running: isRunning(experiment),
  startedAt: new Date(experiment.startedAt),
  stoppedAt: experiment.stoppedAt === null ? null : new Date(experiment.stoppedAt),
  stored: experiment,
});

/** A/B experiments of the playground (issue 15): admins start and stop them, leads read the results. */
@Resolver(() => AiConfigExperimentType)
export class ExperimentResolver {
  @Query(() => AiConfigExperimentType, { nullable: true, description: 'The running experiment of a kind, else the one stopped last' })
  async aiConfigExperiment(@Arg('kind', () => String) kind: string, @Ctx() context: FeedbackContext): Promise<AiConfigExperimentType | null> {
    const experiment = await context.experiments.experiment(kind);
    return experiment ? presentExperiment(experiment) : null;
  }

  @Mutation(() => AiConfigExperimentType, { description: 'Admins: splits the tickets between two labels of a kind (at most one experiment per kind)' })
  async startAiConfigExperiment(
    @Arg('kind', () => String) kind: string,
    @Arg('candidate', () => String, { description: 'The label tried on a share of the tickets' }) candidate: string,
    @Arg('candidateShare', () => Int, { description: 'Percent of tickets, 1–99' }) candidateShare: number,
    @Ctx() context: FeedbackContext,
    @Arg('control', () => String, { defaultValue: 'production', description: 'The label the other tickets get' }) control = 'production',
  ): Promise<AiConfigExperimentType> {
    return presentExperiment(await context.experiments.start(context.identity, { kind, controlLabel: control, candidateLabel: candidate, candidateShare }));
  }

  @Mutation(() => AiConfigExperimentType, { description: 'Admins: ends the running experiment of a kind; every ticket gets the agents’ followed label again' })
  async stopAiConfigExperiment(@Arg('kind', () => String) kind: string, @Ctx() context: FeedbackContext): Promise<AiConfigExperimentType> {
    return presentExperiment(await context.experiments.stop(context.identity, kind));
  }

  @FieldResolver(() => AiConfigExperimentResultsType, { description: 'Per arm, from the agents’ ratings of the drafts made in it and the CSAT of their tickets' })
  async results(@Root() experiment: PresentedExperiment, @Ctx() context: FeedbackContext): Promise<AiConfigExperimentResultsType> {
    const results = await context.experiments.results(experiment.stored);
    return { arms: results.arms.map((arm) => ({ ...arm, agentRuns: arm.agentRuns && presentArmRuns(arm.agentRuns) })), acceptancePValue: results.acceptancePValue };
  }
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function presentArmRuns(tally: ArmRunTally): AiConfigExperimentArmRunsType {
  return {
    runs: tally.runs,
    triageRuns: tally.triageRuns,
    triageToPerson: tally.triageToPerson,
    triageReviewed: tally.triageReviewed,
    triageAccuracy: share(tally.triageAccepted, tally.triageReviewed),
    escalationRuns: tally.escalationRuns,
    escalationRate: share(tally.escalated, tally.escalationRuns),
    missingInformationRuns: tally.missingInformationRuns,
    askRate: share(tally.askedForInformation, tally.missingInformationRuns),
  };
}
