import { EntitySchema } from '@mikro-orm/core';
import type { OrmDialect } from '@support-graph/runtime';
import type { ComponentOwnerRecord, IssueRecord, ProjectRecord, SprintRecord, SyncCursorRecord, TicketLinkRecord, VersionRecord } from '../../domain/roadmap-records.js';

/** The one entity model for SQLite and MongoDB; MongoDB keeps the primary key in `_id`. */
export function createRoadmapEntitySchemas(dialect: OrmDialect) {
  const key = (name = 'string') => ({ type: name, primary: true, ...(dialect === 'mongo' ? { fieldName: '_id' } : {}) }) as const;

  const Project = new EntitySchema<ProjectRecord>({
    name: 'RoadmapProject',
    tableName: 'roadmap_projects',
    properties: { key: key(), name: { type: 'string' }, nextNumber: { type: 'integer' } },
  });
  const Issue = new EntitySchema<IssueRecord>({
    name: 'RoadmapIssue',
    tableName: 'roadmap_issues',
    properties: {
      id: key(),
      key: { type: 'string', nullable: true, unique: true },
      remoteId: { type: 'string', nullable: true, index: true },
      projectKey: { type: 'string' },
      type: { type: 'string' },
      summary: { type: 'text' },
      description: { type: 'text' },
      status: { type: 'string' },
      statusCategory: { type: 'string' },
      assignee: { type: 'string', nullable: true },
      component: { type: 'string', nullable: true },
      labels: { type: 'text' },
      parentKey: { type: 'string', nullable: true, index: true },
      sprintId: { type: 'string', nullable: true, index: true },
      fixVersionId: { type: 'string', nullable: true, index: true },
      sourceTicketId: { type: 'string', nullable: true, index: true },
      revision: { type: 'integer' },
      pushedRevision: { type: 'integer' },
      createdAt: { type: 'Date' },
      updatedAt: { type: 'Date' },
    },
  });
  const Sprint = new EntitySchema<SprintRecord>({
    name: 'RoadmapSprint',
    tableName: 'roadmap_sprints',
    properties: {
      id: key(),
      name: { type: 'string' },
      state: { type: 'string' },
      startDate: { type: 'Date', nullable: true },
      endDate: { type: 'Date', nullable: true },
      goal: { type: 'text', nullable: true },
    },
  });
  const Version = new EntitySchema<VersionRecord>({
    name: 'RoadmapVersion',
    tableName: 'roadmap_versions',
    properties: {
      id: key(),
      projectKey: { type: 'string' },
      name: { type: 'string' },
      releaseDate: { type: 'string', nullable: true },
      released: { type: 'boolean' },
    },
  });
  const TicketLink = new EntitySchema<TicketLinkRecord>({
    name: 'RoadmapTicketLink',
    tableName: 'roadmap_ticket_links',
    properties: {
      id: key(),
      ticketId: { type: 'string', index: true },
      issueId: { type: 'string', index: true },
      linkedBy: { type: 'string' },
      createdAt: { type: 'Date' },
    },
  });
  const ComponentOwner = new EntitySchema<ComponentOwnerRecord>({
    name: 'RoadmapComponentOwner',
    tableName: 'roadmap_component_owners',
    properties: { component: key(), team: { type: 'string' }, owner: { type: 'string' } },
  });
  const SyncCursor = new EntitySchema<SyncCursorRecord>({
    name: 'RoadmapSyncCursor',
    tableName: 'roadmap_sync_cursors',
    properties: { name: key(), value: { type: 'string' } },
  });
  return { Project, Issue, Sprint, Version, TicketLink, ComponentOwner, SyncCursor };
}

export type RoadmapEntitySchemas = ReturnType<typeof createRoadmapEntitySchemas>;
