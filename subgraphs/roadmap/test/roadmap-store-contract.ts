import { describeUnlessSkipped } from '@support-graph/test-kit';
import { randomUUID } from 'node:crypto';
import type { IssueRecord } from '../src/domain/roadmap-records.js';
import type { RoadmapStore } from '../src/store/roadmap-store.js';

function issue(overrides: Partial<IssueRecord> = {}): IssueRecord {
  const now = new Date();
  return {
    id: randomUUID(),
    key: null,
    remoteId: null,
    projectKey: 'SUP',
    type: 'Bug',
    summary: 'Export crashes',
    description: 'Steps',
    status: 'To Do',
    statusCategory: 'new',
    assignee: null,
    component: null,
    labels: '[]',
    parentKey: null,
    sprintId: null,
    fixVersionId: null,
    sourceTicketId: null,
    revision: 1,
    pushedRevision: 0,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** What every RoadmapStore adapter must do; SQLite runs it always, MongoDB when one answers. */
export function roadmapStoreContract(name: string, open: () => Promise<RoadmapStore>, skipReason?: string): void {
  describeUnlessSkipped(`RoadmapStore contract: ${name}`, skipReason, () => {
    let store: RoadmapStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store?.close());

    it('numbers issues per project, one at a time, without gaps or repeats', async () => {
      const numbers = await Promise.all(Array.from({ length: 20 }, () => store.nextIssueNumber('NUM')));
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(await store.nextIssueNumber('OTHER')).toBe(1);
    });

    it('saves, finds by id, key and remote id, updates and deletes issues', async () => {
      const saved = issue({ key: 'SUP-1', remoteId: '10001' });
      await store.saveIssue(saved);
      expect(await store.findIssueByKey('SUP-1')).toMatchObject({ id: saved.id, summary: 'Export crashes' });
      expect(await store.findIssueByRemoteId('10001')).toMatchObject({ id: saved.id });
      await store.saveIssue({ ...saved, summary: 'Export still crashes', revision: 2 });
      expect(await store.findIssue(saved.id)).toMatchObject({ summary: 'Export still crashes', revision: 2 });
      const child = issue({ key: 'SUP-2', parentKey: 'SUP-1', sprintId: 's-1', fixVersionId: 'v-1' });
      await store.saveIssue(child);
      expect((await store.listIssues({ parentKey: 'SUP-1' })).map((found) => found.id)).toEqual([child.id]);
      expect((await store.listIssues({ sprintId: 's-1' })).map((found) => found.id)).toEqual([child.id]);
      expect((await store.listIssues({ fixVersionId: 'v-1' })).map((found) => found.id)).toEqual([child.id]);
      expect((await store.listIssues({ sprintId: null })).map((found) => found.id)).toContain(saved.id);
      await store.deleteIssue(child.id);
      expect(await store.findIssue(child.id)).toBeNull();
    });

    it('finds the issues made from tickets, for erasure', async () => {
      const fromTicket = issue({ sourceTicketId: 't-erase', description: 'Customer report (redacted): the export crashes' });
      await store.saveIssue(fromTicket);
      await store.saveIssue(issue({ sourceTicketId: 't-other' }));
      expect(await store.issuesFromTickets(['t-erase', 't-none'])).toEqual([expect.objectContaining({ id: fromTicket.id, description: fromTicket.description })]);
      expect(await store.issuesFromTickets([])).toEqual([]);
      await store.compact();
    });

    it('keeps one link per ticket and issue, many per ticket and per issue', async () => {
      const first = issue();
      const second = issue();
      const link = (ticketId: string, issueId: string) => ({ id: `${ticketId}|${issueId}`, ticketId, issueId, linkedBy: 'agent', createdAt: new Date() });
      expect(await store.addLink(link('t-1', first.id))).toBe(true);
      expect(await store.addLink(link('t-1', first.id))).toBe(false);
      await store.addLink(link('t-1', second.id));
      await store.addLink(link('t-2', first.id));
      expect((await store.linksOfTickets(['t-1'])).map((found) => found.issueId).sort()).toEqual([first.id, second.id].sort());
      expect((await store.linksOfIssues([first.id])).map((found) => found.ticketId).sort()).toEqual(['t-1', 't-2']);
      expect(await store.removeLink('t-1', second.id)).toBe(true);
      expect(await store.removeLink('t-1', second.id)).toBe(false);
      expect(await store.linksOfTickets([])).toEqual([]);
      // Erasure of a customer's tickets forgets their links, and again is a no-op.
      expect(await store.removeLinksOfTickets(['t-2'])).toBe(1);
      expect(await store.removeLinksOfTickets(['t-2'])).toBe(0);
      expect(await store.linksOfIssues([first.id])).toEqual([expect.objectContaining({ ticketId: 't-1' })]);
    });

    it('keeps sprints, versions, component owners and cursors', async () => {
      await store.saveSprint({ id: 's-9', name: 'Sprint 9', state: 'active', startDate: new Date('2027-01-04T00:00:00Z'), endDate: null, goal: null });
      await store.saveVersion({ id: 'v-9', projectKey: 'SUP', name: '2.5.0', releaseDate: '2027-01-20', released: false });
      await store.saveVersion({ id: 'v-9', projectKey: 'SUP', name: '2.5.0', releaseDate: '2027-01-20', released: true });
      expect(await store.findSprint('s-9')).toMatchObject({ name: 'Sprint 9', state: 'active' });
      expect(await store.findVersion('v-9')).toMatchObject({ released: true });
      await store.saveComponentOwner({ component: 'exports', team: 'Data', owner: 'kim' });
      await store.saveComponentOwner({ component: 'exports', team: 'Data', owner: 'lee' });
      expect(await store.listComponentOwners()).toEqual([expect.objectContaining({ component: 'exports', owner: 'lee' })]);
      expect(await store.readCursor('jira-updated')).toBeNull();
      await store.writeCursor('jira-updated', '2027-01-01T00:00:00.000Z');
      await store.writeCursor('jira-updated', '2027-01-02T00:00:00.000Z');
      expect(await store.readCursor('jira-updated')).toBe('2027-01-02T00:00:00.000Z');
    });
  });
}
