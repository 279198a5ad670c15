import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import type { ComponentOwnerRecord, IssueRecord, ProjectRecord, SprintRecord, TicketLinkRecord, VersionRecord } from '../../domain/roadmap-records.js';
import type { RoadmapStore } from '../roadmap-store.js';
import type { RoadmapEntitySchemas } from './roadmap-entity-schemas.js';

/** The RoadmapStore on MikroORM; the same code serves SQLite and MongoDB. */
export class MikroOrmRoadmapStore implements RoadmapStore {
  /** Issue numbers are handed out one at a time (one process owns the offline roadmap). */
  private numbering: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly entities: RoadmapEntitySchemas,
    readonly ping: () => Promise<void>,
    readonly compact: () => Promise<void>,
  ) {}

  async close(): Promise<void> {
    await this.orm.close();
  }

  private async upsert<T extends object>(entity: RoadmapEntitySchemas[keyof RoadmapEntitySchemas], where: Record<string, unknown>, record: T): Promise<void> {
    const em = this.orm.em.fork();
    const existing = await em.findOne(entity as never, where as never);
    if (existing) em.assign(existing, record as never);
    else em.create(entity as never, record as never);
    await em.flush();
  }

  upsertProject(project: ProjectRecord): Promise<void> {
    return this.upsert(this.entities.Project, { key: project.key }, project);
  }

  listProjects(): Promise<ProjectRecord[]> {
    return this.orm.em.fork().find(this.entities.Project, {}, { orderBy: { key: 'asc' } });
  }

  nextIssueNumber(projectKey: string): Promise<number> {
    const next = this.numbering.then(async () => {
      const em = this.orm.em.fork();
      const project = (await em.findOne(this.entities.Project, { key: projectKey })) ?? em.create(this.entities.Project, { key: projectKey, name: projectKey, nextNumber: 1 });
      const number = project.nextNumber;
      project.nextNumber = number + 1;
      await em.flush();
      return number;
    });
    this.numbering = next.catch(() => undefined);
    return next;
  }

  saveIssue(issue: IssueRecord): Promise<void> {
    return this.upsert(this.entities.Issue, { id: issue.id }, issue);
  }

  findIssue(id: string): Promise<IssueRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Issue, { id });
  }

  findIssueByKey(key: string): Promise<IssueRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Issue, { key });
  }

  findIssueByRemoteId(remoteId: string): Promise<IssueRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Issue, { remoteId });
  }

  listIssues(filter: { sprintId?: string | null; fixVersionId?: string; parentKey?: string } = {}): Promise<IssueRecord[]> {
    const where: Record<string, unknown> = {};
    if (filter.sprintId !== undefined) where['sprintId'] = filter.sprintId;
    if (filter.fixVersionId !== undefined) where['fixVersionId'] = filter.fixVersionId;
    if (filter.parentKey !== undefined) where['parentKey'] = filter.parentKey;
    return this.orm.em.fork().find(this.entities.Issue, where, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  issuesFromTickets(ticketIds: readonly string[]): Promise<IssueRecord[]> {
    if (ticketIds.length === 0) return Promise.resolve([]);
    return this.orm.em.fork().find(this.entities.Issue, { sourceTicketId: { $in: [...ticketIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async deleteIssue(id: string): Promise<void> {
    await this.orm.em.fork().nativeDelete(this.entities.Issue, { id });
    await this.orm.em.fork().nativeDelete(this.entities.TicketLink, { issueId: id });
  }

  saveSprint(sprint: SprintRecord): Promise<void> {
    return this.upsert(this.entities.Sprint, { id: sprint.id }, sprint);
  }

  findSprint(id: string): Promise<SprintRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Sprint, { id });
  }

  listSprints(): Promise<SprintRecord[]> {
    return this.orm.em.fork().find(this.entities.Sprint, {}, { orderBy: { startDate: 'asc', id: 'asc' } });
  }

  saveVersion(version: VersionRecord): Promise<void> {
    return this.upsert(this.entities.Version, { id: version.id }, version);
  }

  findVersion(id: string): Promise<VersionRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Version, { id });
  }

  listVersions(): Promise<VersionRecord[]> {
    return this.orm.em.fork().find(this.entities.Version, {}, { orderBy: { releaseDate: 'asc', id: 'asc' } });
  }

  async addLink(link: TicketLinkRecord): Promise<boolean> {
    const em = this.orm.em.fork();
    if (await em.findOne(this.entities.TicketLink, { id: link.id })) return false;
    try {
      em.create(this.entities.TicketLink, link);
      await em.flush();
      return true;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    }
  }

  async removeLink(ticketId: string, issueId: string): Promise<boolean> {
    return (await this.orm.em.fork().nativeDelete(this.entities.TicketLink, { ticketId, issueId })) > 0;
  }

  linksOfTickets(ticketIds: readonly string[]): Promise<TicketLinkRecord[]> {
    if (ticketIds.length === 0) return Promise.resolve([]);
    return this.orm.em.fork().find(this.entities.TicketLink, { ticketId: { $in: [...ticketIds] } }, { orderBy: { createdAt: 'asc' } });
  }

  linksOfIssues(issueIds: readonly string[]): Promise<TicketLinkRecord[]> {
    if (issueIds.length === 0) return Promise.resolve([]);
    return this.orm.em.fork().find(this.entities.TicketLink, { issueId: { $in: [...issueIds] } }, { orderBy: { createdAt: 'asc' } });
  }

  async removeLinksOfTickets(ticketIds: readonly string[]): Promise<number> {
    if (ticketIds.length === 0) return 0;
    return this.orm.em.fork().nativeDelete(this.entities.TicketLink, { ticketId: { $in: [...ticketIds] } });
  }

  saveComponentOwner(owner: ComponentOwnerRecord): Promise<void> {
    return this.upsert(this.entities.ComponentOwner, { component: owner.component }, owner);
  }

  findComponentOwner(component: string): Promise<ComponentOwnerRecord | null> {
    return this.orm.em.fork().findOne(this.entities.ComponentOwner, { component });
  }

  listComponentOwners(): Promise<ComponentOwnerRecord[]> {
    return this.orm.em.fork().find(this.entities.ComponentOwner, {}, { orderBy: { component: 'asc' } });
  }

  async readCursor(name: string): Promise<string | null> {
    return (await this.orm.em.fork().findOne(this.entities.SyncCursor, { name }))?.value ?? null;
  }

  writeCursor(name: string, value: string): Promise<void> {
    return this.upsert(this.entities.SyncCursor, { name }, { name, value });
  }
}
