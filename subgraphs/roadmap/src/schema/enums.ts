import { registerEnumType } from 'type-graphql';

export const IssueTypeEnum = { EPIC: 'Epic', STORY: 'Story', TASK: 'Task', BUG: 'Bug', SUBTASK: 'Subtask' } as const;
export const StatusCategoryEnum = { TO_DO: 'new', IN_PROGRESS: 'indeterminate', DONE: 'done' } as const;
export const SprintStateEnum = { FUTURE: 'future', ACTIVE: 'active', CLOSED: 'closed' } as const;
export const RoadmapModeEnum = { OFFLINE: 'OFFLINE', JIRA: 'JIRA' } as const;
export const SyncStateEnum = { SYNCED: 'SYNCED', PENDING: 'PENDING' } as const;

registerEnumType(IssueTypeEnum, { name: 'IssueType' });
registerEnumType(StatusCategoryEnum, { name: 'IssueStatusCategory', description: "Jira's three status categories" });
registerEnumType(SprintStateEnum, { name: 'SprintState' });
registerEnumType(RoadmapModeEnum, { name: 'RoadmapMode', description: 'OFFLINE: the roadmap lives in the platform; JIRA: synced with Jira Cloud' });
registerEnumType(SyncStateEnum, { name: 'IssueSyncState', description: 'PENDING while a change waits to reach Jira' });
