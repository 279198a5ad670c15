import type { PeerClient } from '@support-graph/runtime';
import type { ArmRunTally, ExperimentRunTally } from '../experiment-run-tally.js';

const TALLY = `query FeedbackExperimentTally($id: ID!) {
  aiConfigExperimentTally(experimentId: $id) {
    arm runs triageRuns triageToPerson triageReviewed triageAccepted escalationRuns escalated missingInformationRuns askedForInformation
  }
}`;

/** The agents subgraph's per-arm counts, asked as `service`. */
export class GraphQLExperimentRunTally implements ExperimentRunTally {
  constructor(private readonly agents: PeerClient | undefined) {}

  async tally(experimentId: string): Promise<readonly ArmRunTally[] | null> {
    if (!this.agents) return null;
    try {
      return (await this.agents.request<{ aiConfigExperimentTally: ArmRunTally[] }>(TALLY, { id: experimentId })).aiConfigExperimentTally;
    } catch {
      // The agents subgraph is down or restarting: the ratings and CSAT still answer.
      return null;
    }
  }
}
