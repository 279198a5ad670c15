import type { ComponentOwnerRecord, IssueRecord, ProjectRecord, SprintRecord, TicketLinkRecord, VersionRecord } from '../domain/roadmap-records.js';

/** The roadmap's own store: the offline roadmap, or the local mirror of Jira. SQLite embedded, MongoDB in production. */
export interface RoadmapStore {
  ping(): Promise<void>;
  close(): Promise<void>;
  /** After erasure: rewritten text must not linger in SQLite's free pages or WAL (nothing to do on MongoDB). */
  compact(): Promise<void>;

  upsertProject(project: ProjectRecord): Promise<void>;
  listProjects(): Promise<ProjectRecord[]>;
  /** Reserves the next offline issue number of a project (creating the project when new). */
  nextIssueNumber(projectKey: string): Promise<number>;

  saveIssue(issue: IssueRecord): Promise<void>;
  findIssue(id: string): Promise<IssueRecord | null>;
  findIssueByKey(key: string): Promise<IssueRecord | null>;
  findIssueByRemoteId(remoteId: string): Promise<IssueRecord | null>;
  listIssues(filter?: { sprintId?: string | null; fixVersionId?: string; parentKey?: string }): Promise<IssueRecord[]>;
  /** Erasure: the issues whose description was made from one of these tickets. */
  issuesFromTickets(ticketIds: readonly string[]): Promise<IssueRecord[]>;
  deleteIssue(id: string): Promise<void>;

  saveSprint(sprint: SprintRecord): Promise<void>;
  findSprint(id: string): Promise<SprintRecord | null>;
  listSprints(): Promise<SprintRecord[]>;

  saveVersion(version: VersionRecord): Promise<void>;
  findVersion(id: string): Promise<VersionRecord | null>;
  listVersions(): Promise<VersionRecord[]>;

  /** False when the link existed. */
  addLink(link: TicketLinkRecord): Promise<boolean>;
  removeLink(ticketId: string, issueId: string): Promise<boolean>;
  linksOfTickets(ticketIds: readonly string[]): Promise<TicketLinkRecord[]>;
  linksOfIssues(issueIds: readonly string[]): Promise<TicketLinkRecord[]>;
  /** Erasure: drops every link of these tickets; returns how many. */
  removeLinksOfTickets(ticketIds: readonly string[]): Promise<number>;

  saveComponentOwner(owner: ComponentOwnerRecord): Promise<void>;
  findComponentOwner(component: string): Promise<ComponentOwnerRecord | null>;
  listComponentOwners(): Promise<ComponentOwnerRecord[]>;

  readCursor(name: string): Promise<string | null>;
  writeCursor(name: string, value: string): Promise<void>;
}
