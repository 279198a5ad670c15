/**
 * What the agents did in one arm of an experiment (the agents subgraph counts its runs): the
 * measures of the kinds other than the reply template, which draft ratings do not see.
 */
export interface ArmRunTally {
  readonly arm: string;
  readonly runs: number;
  readonly triageRuns: number;
  readonly triageToPerson: number;
  readonly triageReviewed: number;
  readonly triageAccepted: number;
  readonly escalationRuns: number;
  readonly escalated: number;
  readonly missingInformationRuns: number;
  readonly askedForInformation: number;
}

/** Port: per-arm run counts of an experiment; null when they cannot be read now (the results show without them). */
export interface ExperimentRunTally {
  tally(experimentId: string): Promise<readonly ArmRunTally[] | null>;
}
