import { describeUnlessSkipped } from '@support-graph/test-kit';
import type { TicketFactRecord } from '../src/store/feedback-records.js';
import type { FeedbackStore } from '../src/store/feedback-store.js';

export function fact(overrides: Partial<TicketFactRecord> = {}): TicketFactRecord {
  const createdAt = new Date(Date.UTC(2030, 0, 2, 10));
  return {
    ticketId: 'ticket-1',
    number: 'SUP-1',
    day: '2030-01-02',
    createdAt,
    team: 'cards',
    category: 'card_arrival',
    channel: 'WEB',
    language: 'en',
    mode: 'HUMAN',
    status: 'RESOLVED',
    resolved: true,
    resolvedAt: new Date(createdAt.getTime() + 3_600_000),
    reopened: false,
    firstResponseMs: 60_000,
    resolutionMs: 3_600_000,
    slaMet: true,
    aiResolved: false,
    csatScore: null,
    draftsAsIs: 0,
    draftsEdited: 0,
    draftsDiscarded: 0,
    editDistanceSum: 0,
    triageReviewed: false,
    triageCorrected: false,
    thumbsUp: 0,
    thumbsDown: 0,
    tokens: 0,
    costUsd: 0,
    updatedAt: createdAt,
    ...overrides,
  };
}

/** The behaviour every FeedbackStore adapter must have; run against each adapter by its own test file. */
export function feedbackStoreContract(name: string, open: () => Promise<FeedbackStore>, skipReason?: string) {
  describeUnlessSkipped(`FeedbackStore contract: ${name}`, skipReason, () => {
    let store: FeedbackStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('keeps one CSAT answer per ticket and returns the one it replaced', async () => {
      const at = new Date();
      expect(await store.saveCsat({ ticketId: 't-csat', score: 2, comment: 'slow', createdAt: at, updatedAt: at })).toBeNull();
      const previous = await store.saveCsat({ ticketId: 't-csat', score: 5, comment: null, createdAt: at, updatedAt: new Date() });
      expect(previous).toMatchObject({ score: 2, comment: 'slow' });
      expect(await store.findCsat(['t-csat', 'nothing'])).toEqual([expect.objectContaining({ ticketId: 't-csat', score: 5, comment: null })]);
    });

    it('replaces a draft verdict per run and lists a ticket’s verdicts', async () => {
      const base = { ticketId: 't-draft', actor: 'agent@support.local', reason: null, createdAt: new Date() };
      await store.saveDraftRating({ ...base, runId: 'run-1', outcome: 'SENT_AS_IS', editDistance: 0 });
      await store.saveDraftRating({ ...base, runId: 'run-1', outcome: 'EDITED', editDistance: 12 });
      await store.saveDraftRating({ ...base, runId: 'run-2', outcome: 'DISCARDED', editDistance: null, reason: 'WRONG_ANSWER' });
      const ratings = await store.draftRatingsOf('t-draft');
      expect(ratings.map((rating) => [rating.runId, rating.outcome, rating.editDistance]).sort()).toEqual([
        ['run-1', 'EDITED', 12],
        ['run-2', 'DISCARDED', null],
      ]);
    });

    it('lists the verdicts made in an experiment, with their arm', async () => {
      const base = { ticketId: 't-experiment', actor: 'agent@support.local', reason: null, createdAt: new Date(), editDistance: 0, outcome: 'SENT_AS_IS' as const };
      await store.saveDraftRating({ ...base, runId: 'run-x1', experimentId: 'exp-1', experimentArm: 'control' });
      await store.saveDraftRating({ ...base, runId: 'run-x2', experimentId: 'exp-1', experimentArm: 'candidate' });
      await store.saveDraftRating({ ...base, runId: 'run-x3', experimentId: 'exp-2', experimentArm: 'candidate' });
      await store.saveDraftRating({ ...base, runId: 'run-x4' });
      const ratings = await store.draftRatingsOfExperiment('exp-1');
      expect(ratings.map((rating) => [rating.runId, rating.experimentArm]).sort()).toEqual([
        ['run-x1', 'control'],
        ['run-x2', 'candidate'],
      ]);
      expect((await store.draftRatingsOf('t-experiment')).find((rating) => rating.runId === 'run-x4')?.experimentId ?? null).toBeNull();
    });

    it('records a help visit and an article vote once, each with its cell', async () => {
      const cell = (version: number, counts: string) => ({ id: 'c-help', day: '2030-01-09', team: '', category: '', channel: 'HELP_PAGE', language: 'en', mode: '', counts, version, updatedAt: new Date() });
      const write = (version: number, counts: string) => ({ record: cell(version, counts), rebase: () => cell(99, 'rebased') });
      const session = { sessionId: 'visit-1', outcome: 'DEFLECTED' as const, language: 'en', articlesRead: 2, createdAt: new Date() };
      expect((await store.writeCube([], [write(1, 'one')], { kind: 'visit', record: session }))?.map((stored) => stored.counts)).toEqual(['one']);
      expect(await store.writeCube([], [write(2, 'again')], { kind: 'visit', record: session })).toBeNull();
      const vote = { id: 'visit-1:article-1', articleId: 'article-1', helpful: true, language: 'en', createdAt: new Date() };
      expect((await store.writeCube([], [write(2, 'two')], { kind: 'vote', record: vote }))?.map((stored) => stored.counts)).toEqual(['two']);
      expect(await store.writeCube([], [write(3, 'again')], { kind: 'vote', record: vote })).toBeNull();
      expect((await store.cellsChangedSince(null)).find((stored) => stored.id === 'c-help')).toMatchObject({ counts: 'two', version: 2 });
    });

    it('rebases a cell write on the version another replica stored meanwhile', async () => {
      const cell = (version: number, counts: string) => ({ id: 'c-race', day: '2030-01-09', team: '', category: '', channel: 'HELP_PAGE', language: 'de', mode: '', counts, version, updatedAt: new Date() });
      await store.writeCube([], [{ record: cell(1, 'a'), rebase: () => cell(0, 'never') }]);
      await store.writeCube([], [{ record: cell(2, 'a+b'), rebase: () => cell(0, 'never') }]);
      // This writer still believes version 1 is stored: its write is rebased on version 2.
      const seen: (string | undefined)[] = [];
      const stored = await store.writeCube([], [{ record: cell(2, 'a+c'), rebase: (current) => (seen.push(current?.counts), cell(current!.version + 1, `${current!.counts}+c`)) }]);
      expect(seen).toEqual(['a+b']);
      expect(stored?.map((record) => [record.counts, record.version])).toEqual([['a+b+c', 3]]);
    });

    it('records a thumb with its receipt once and returns the thumb it replaced', async () => {
      const rating = { id: 't-thumb:ARTICLE:a-1:agent', ticketId: 't-thumb', kind: 'ARTICLE', suggestionId: 'a-1', helpful: true, actor: 'agent', createdAt: new Date() };
      const receipt = (key: string, result: string) => ({ key, kind: 'suggestion', result, createdAt: new Date() });
      expect(await store.recordSuggestionRating(rating, receipt('suggestion:thumb-key-1', 'true'))).toEqual({ previous: null });
      expect(await store.recordSuggestionRating({ ...rating, helpful: false }, receipt('suggestion:thumb-key-1', 'false'))).toMatchObject({ kept: { result: 'true' } });
      expect(await store.recordSuggestionRating({ ...rating, helpful: false }, receipt('suggestion:thumb-key-2', 'false'))).toMatchObject({ previous: { helpful: true } });
      expect((await store.suggestionRatingsOf('t-thumb')).map((found) => found.helpful)).toEqual([false]);
    });

    it('saves facts with their cube cells and pages drill-downs by day, dimension and condition', async () => {
      const cell = { id: 'c-1', day: '2030-01-02', team: 'cards', category: 'card_arrival', channel: 'WEB', language: 'en', mode: 'HUMAN', counts: '{}', version: 1, updatedAt: new Date() };
      const before = new Date(Date.now() - 1);
      await store.saveFactsAndCells([fact({ ticketId: 'f-1' })], [cell]);
      await store.saveFactsAndCells([fact({ ticketId: 'f-2', aiResolved: true, mode: 'AI', createdAt: new Date(Date.UTC(2030, 0, 2, 11)) })], [{ ...cell, counts: '{"x":1}' }]);
      await store.saveFactsAndCells([fact({ ticketId: 'f-3', day: '2030-01-05' })], []);
      expect((await store.findFact('f-2'))?.mode).toBe('AI');
      expect((await store.cellsChangedSince(before)).map((changed) => [changed.id, changed.counts])).toEqual([['c-1', '{"x":1}']]);
      const cards = { fromDay: '2030-01-01', toDay: '2030-01-03', where: { team: 'cards' }, condition: {}, first: 1, offset: 0 };
      expect(await store.countFacts(cards)).toBe(2);
      expect((await store.listFacts(cards)).map((found) => found.ticketId)).toEqual(['f-2']);
      expect((await store.listFacts({ ...cards, offset: 1 })).map((found) => found.ticketId)).toEqual(['f-1']);
      const ai = await store.listFacts({ fromDay: '2030-01-01', toDay: '2030-01-31', where: {}, condition: { aiResolved: true }, first: 10, offset: 0 });
      expect(ai.map((found) => found.ticketId)).toEqual(['f-2']);
      // Saving again replaces (an upsert), it does not add.
      await store.saveFactsAndCells([fact({ ticketId: 'f-2', team: 'payments' })], []);
      expect(await store.countFacts(cards)).toBe(1);
    });

    it('keeps an idempotency receipt once', async () => {
      const receipt = { key: 'csat:key-12345', kind: 'csat', result: '{"ticketId":"t"}', createdAt: new Date() };
      expect(await store.addReceipt(receipt)).toBe(true);
      expect(await store.addReceipt({ ...receipt, result: '{}' })).toBe(false);
      expect((await store.findReceipt('csat:key-12345'))?.result).toBe('{"ticketId":"t"}');
    });

    it('exports a ticket’s signals and erases CSAT comments', async () => {
      const at = new Date();
      await store.saveCsat({ ticketId: 't-erase', score: 1, comment: 'My card 4111 never came', createdAt: at, updatedAt: at });
      expect((await store.recordsOfTickets(['t-erase'])).csat).toHaveLength(1);
      expect(await store.eraseComments(['t-erase'])).toBe(1);
      expect(await store.eraseComments(['t-erase'])).toBe(0);
      expect((await store.findCsat(['t-erase']))[0]).toMatchObject({ score: 1, comment: null });
    });
  });
}
