/** Hand-written types for the roadmap module's operations (graphql/*.graphql). */
export type StatusCategory = 'TO_DO' | 'IN_PROGRESS' | 'DONE';

export interface RoadmapIssue {
  readonly id: string;
  readonly key: string | null;
  readonly type: 'EPIC' | 'STORY' | 'TASK' | 'BUG' | 'SUBTASK';
  readonly summary: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  /** Left out for subtasks on the dashboard (kept small for the gateway's cost limit). */
  readonly assignee?: string | null;
  readonly component?: string | null;
  readonly owner?: { team: string; owner: string } | null;
  readonly customerImpact?: { linkedTickets: number; distinctCustomers: number; negativeSentimentShare: number };
}

export interface RoadmapSprint {
  readonly id: string;
  readonly name: string;
  readonly state: 'FUTURE' | 'ACTIVE' | 'CLOSED';
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly progress: number | null;
  readonly issues: (RoadmapIssue & { children: RoadmapIssue[] })[];
}

export interface RoadmapMilestone {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: string | null;
  readonly released: boolean;
  readonly progress: number | null;
  readonly issues: { id: string; key: string | null }[];
}

export interface RoadmapEpic {
  readonly id: string;
  readonly key: string | null;
  readonly summary: string;
  readonly progress: number | null;
  readonly children: { id: string }[];
}

export interface RoadmapDashboardData {
  readonly roadmap: {
    mode: 'OFFLINE' | 'JIRA';
    projectKey: string;
    sprints: RoadmapSprint[];
    milestones: RoadmapMilestone[];
    epics: RoadmapEpic[];
    componentOwners: { component: string; team: string; owner: string }[];
  };
}

export interface LinkedIssue {
  readonly id: string;
  readonly key: string | null;
  readonly summary: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly assignee: string | null;
  readonly sprint: { name: string; endDate: string | null } | null;
  readonly fixVersion: { name: string; releaseDate: string | null; released: boolean } | null;
}

export interface TicketIssuesData {
  readonly ticket: {
    id: string;
    linkedIssues: LinkedIssue[];
    suggestedIssues: { score: number; issue: { id: string; key: string | null; summary: string; status: string } }[];
  } | null;
}
