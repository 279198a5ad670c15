import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AgentsContext } from '../agents-context.js';
import { tallyExperiment } from '../playground/experiment-tally.js';

@ObjectType('ExperimentArmTally', { description: 'What the agents did in one arm of a playground A/B experiment (counts of succeeded runs)' })
export class ExperimentArmTallyType {
  @Field(() => String, { description: 'control or candidate' }) arm!: string;
  @Field(() => Int) runs!: number;
  @Field(() => Int) triageRuns!: number;
  @Field(() => Int, { description: 'Triage runs where the cascade decided nothing and a person had to categorise' }) triageToPerson!: number;
  @Field(() => Int, { description: 'Triage runs a person accepted or corrected' }) triageReviewed!: number;
  @Field(() => Int, { description: 'Of the reviewed triage runs, those accepted as they were' }) triageAccepted!: number;
  @Field(() => Int) escalationRuns!: number;
  @Field(() => Int, { description: 'Escalation runs that handed the ticket to a person' }) escalated!: number;
  @Field(() => Int) missingInformationRuns!: number;
  @Field(() => Int, { description: 'Missing-information runs that asked the customer for something' }) askedForInformation!: number;
}

/** Per-arm counts of an experiment's runs, for the playground's results (the feedback subgraph asks as `service`). */
@Resolver()
export class ExperimentTallyResolver {
  @Query(() => [ExperimentArmTallyType], { description: 'Per-arm counts of the runs made in a playground A/B experiment: triage, escalation, missing information' })
  async aiConfigExperimentTally(@Arg('experimentId', () => ID) experimentId: string, @Ctx() context: AgentsContext): Promise<ExperimentArmTallyType[]> {
    return tallyExperiment(await context.runStore.experimentRuns(experimentId));
  }
}
