import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('AiConfigExperimentArmRuns', { description: 'What the agents did in one arm: the measures of triage rules, thresholds, escalation weights and missing-information rules' })
export class AiConfigExperimentArmRunsType {
  @Field(() => Int, { description: 'Succeeded runs of every agent in the arm' }) runs!: number;
  @Field(() => Int) triageRuns!: number;
  @Field(() => Int, { description: 'Triage runs where the cascade decided nothing and a person had to categorise' }) triageToPerson!: number;
  @Field(() => Int, { description: 'Triage runs a person accepted or corrected (the sample size of triageAccuracy)' }) triageReviewed!: number;
  @Field(() => Float, { nullable: true, description: 'Share of reviewed triage runs accepted as they were, 0–1' }) triageAccuracy!: number | null;
  @Field(() => Int) escalationRuns!: number;
  @Field(() => Float, { nullable: true, description: 'Share of escalation runs that handed the ticket to a person, 0–1' }) escalationRate!: number | null;
  @Field(() => Int) missingInformationRuns!: number;
  @Field(() => Float, { nullable: true, description: 'Share of missing-information runs that asked the customer for something, 0–1' }) askRate!: number | null;
}

@ObjectType('AiConfigExperimentArm', { description: 'What the drafts of one arm came to: agents’ verdicts and the CSAT of their tickets' })
export class AiConfigExperimentArmType {
  @Field(() => String, { description: 'control or candidate' }) arm!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Rated drafts (the sample size of the rates below)' }) drafts!: number;
  @Field(() => Int) sentAsIs!: number;
  @Field(() => Int) edited!: number;
  @Field(() => Int) discarded!: number;
  @Field(() => Float, { nullable: true, description: 'Mean characters changed in the edited drafts' }) meanEditDistance!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of rated drafts sent as is, 0–1' }) acceptanceRate!: number | null;
  @Field(() => Int, { description: 'Tickets of rated drafts whose customer answered the CSAT survey' }) csatResponses!: number;
  @Field(() => Float, { nullable: true, description: '1–5' }) csatMean!: number | null;
  @Field(() => AiConfigExperimentArmRunsType, { nullable: true, description: 'What the agents did in the arm; null when the agents subgraph did not answer' })
  agentRuns!: AiConfigExperimentArmRunsType | null;
}

@ObjectType('AiConfigExperimentResults')
export class AiConfigExperimentResultsType {
  @Field(() => [AiConfigExperimentArmType], { description: 'Control first, then candidate' }) arms!: AiConfigExperimentArmType[];
  @Field(() => Float, { nullable: true, description: 'Two-sided two-proportion z-test on the acceptance rates; null while an arm has no rated draft' })
  acceptancePValue!: number | null;
}

@ObjectType('AiConfigExperiment', { description: 'An A/B split of one kind between two labels, per ticket' })
export class AiConfigExperimentType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) controlLabel!: string;
  @Field(() => String) candidateLabel!: string;
  @Field(() => Int, { description: 'Percent of tickets (1–99) in the candidate arm' }) candidateShare!: number;
  @Field(() => Int) controlVersionAtStart!: number;
  @Field(() => Int) candidateVersionAtStart!: number;
  @Field(() => Boolean) running!: boolean;
  @Field(() => String) startedBy!: string;
  @Field(() => Date) startedAt!: Date;
  @Field(() => String, { nullable: true }) stoppedBy!: string | null;
  @Field(() => Date, { nullable: true }) stoppedAt!: Date | null;
}
