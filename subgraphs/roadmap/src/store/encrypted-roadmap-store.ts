import { FieldEnvelopes, isEnvelope, type Keyring } from '@support-graph/runtime';
import type { ComponentOwnerRecord, IssueRecord, ProjectRecord, SprintRecord, TicketLinkRecord, VersionRecord } from '../domain/roadmap-records.js';
import type { RoadmapStore } from './roadmap-store.js';

/** Bound into each envelope with the issue id: an envelope only opens where it was written. */
const ISSUE_DESCRIPTION = 'roadmap_issues.description';

/**
 * Encryption at rest for the roadmap store: an issue's description (for an issue made from a ticket,
 * the customer's redacted report and follow-ups) is an AES-GCM envelope in SQLite or MongoDB, so
 * neither the database file nor its WAL holds customer words. The roadmap keeps no other customer
 * text: comment text is never stored, and fix-shipped jobs hold ids, their message is written when
 * sent. Summaries, labels and plans are the team's words and stay searchable in clear. Descriptions
 * written before encryption still read, and are sealed the next time they are written.
 */
export class EncryptedRoadmapStore implements RoadmapStore {
  private readonly envelopes: FieldEnvelopes;

  constructor(
    private readonly inner: RoadmapStore,
    keyring: Keyring,
  ) {
    this.envelopes = new FieldEnvelopes(keyring);
  }

  saveIssue(issue: IssueRecord): Promise<void> {
    return this.inner.saveIssue({ ...issue, description: this.envelopes.encrypt(issue.description, { field: ISSUE_DESCRIPTION, recordId: issue.id }) });
  }

  async findIssue(id: string): Promise<IssueRecord | null> {
    return this.openIssue(await this.inner.findIssue(id));
  }

  async findIssueByKey(key: string): Promise<IssueRecord | null> {
    return this.openIssue(await this.inner.findIssueByKey(key));
  }

  async findIssueByRemoteId(remoteId: string): Promise<IssueRecord | null> {
    return this.openIssue(await this.inner.findIssueByRemoteId(remoteId));
  }

  async listIssues(filter?: { sprintId?: string | null; fixVersionId?: string; parentKey?: string }): Promise<IssueRecord[]> {
    return (await this.inner.listIssues(filter)).map((issue) => this.openIssue(issue));
  }

  async issuesFromTickets(ticketIds: readonly string[]): Promise<IssueRecord[]> {
    return (await this.inner.issuesFromTickets(ticketIds)).map((issue) => this.openIssue(issue));
  }

  private openIssue(stored: IssueRecord): IssueRecord;
  private openIssue(stored: IssueRecord | null): IssueRecord | null;
  private openIssue(stored: IssueRecord | null): IssueRecord | null {
    if (!stored || !isEnvelope(stored.description)) return stored;
    return { ...stored, description: this.envelopes.decrypt(stored.description, { field: ISSUE_DESCRIPTION, recordId: stored.id }) };
  }

  // Everything else holds no customer text and passes through.

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  compact(): Promise<void> {
    return this.inner.compact();
  }

  upsertProject(project: ProjectRecord): Promise<void> {
    return this.inner.upsertProject(project);
  }

  listProjects(): Promise<ProjectRecord[]> {
    return this.inner.listProjects();
  }

  nextIssueNumber(projectKey: string): Promise<number> {
    return this.inner.nextIssueNumber(projectKey);
  }

  deleteIssue(id: string): Promise<void> {
    return this.inner.deleteIssue(id);
  }

  saveSprint(sprint: SprintRecord): Promise<void> {
    return this.inner.saveSprint(sprint);
  }

  findSprint(id: string): Promise<SprintRecord | null> {
    return this.inner.findSprint(id);
  }

  listSprints(): Promise<SprintRecord[]> {
    return this.inner.listSprints();
  }

  saveVersion(version: VersionRecord): Promise<void> {
    return this.inner.saveVersion(version);
  }

  findVersion(id: string): Promise<VersionRecord | null> {
    return this.inner.findVersion(id);
  }

  listVersions(): Promise<VersionRecord[]> {
    return this.inner.listVersions();
  }

  addLink(link: TicketLinkRecord): Promise<boolean> {
    return this.inner.addLink(link);
  }

  removeLink(ticketId: string, issueId: string): Promise<boolean> {
    return this.inner.removeLink(ticketId, issueId);
  }

  linksOfTickets(ticketIds: readonly string[]): Promise<TicketLinkRecord[]> {
    return this.inner.linksOfTickets(ticketIds);
  }

  linksOfIssues(issueIds: readonly string[]): Promise<TicketLinkRecord[]> {
    return this.inner.linksOfIssues(issueIds);
  }

  removeLinksOfTickets(ticketIds: readonly string[]): Promise<number> {
    return this.inner.removeLinksOfTickets(ticketIds);
  }

  saveComponentOwner(owner: ComponentOwnerRecord): Promise<void> {
    return this.inner.saveComponentOwner(owner);
  }

  findComponentOwner(component: string): Promise<ComponentOwnerRecord | null> {
    return this.inner.findComponentOwner(component);
  }

  listComponentOwners(): Promise<ComponentOwnerRecord[]> {
    return this.inner.listComponentOwners();
  }

  readCursor(name: string): Promise<string | null> {
    return this.inner.readCursor(name);
  }

  writeCursor(name: string, value: string): Promise<void> {
    return this.inner.writeCursor(name, value);
  }
}
