import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createKnowledgeService } from '../src/create-knowledge-service.js';
import { KnowledgeError, KnowledgeErrorCode } from '../src/knowledge-error.js';
import type { KnowledgeService } from '../src/knowledge-service.js';

const markdown = (id: string, title: string, body: string, extra = '') => ({
  name: `${id}.md`,
  content: `---\nid: ${id}\ntitle: ${title}\ntags: [billing]\nstatus: PUBLISHED\n${extra}---\n${body}\n`,
});

describe('KnowledgeService', () => {
  let service: KnowledgeService;

  beforeAll(async () => {
    service = await createKnowledgeService();
    await service.createTopic({ id: 'payments', name: 'Payments' });
    await service.importFiles(
      [
        markdown('refunds', 'Getting a refund', '## When refunds arrive\nRefunds reach your card within 5 business days.\n\n## Refund fees\nWe never charge for refunds.', 'topics: [payments]\n'),
        markdown('password', 'Resetting your password', 'Use the "Forgot password" link on the sign-in page to choose a new password.'),
        markdown('delivery', 'Tracking a delivery', 'Your parcel ships in 2 days; the tracking number is in the confirmation email.'),
        { name: 'more.jsonl', content: `${JSON.stringify({ id: 'draft-1', title: 'Upcoming pricing', body: 'New pricing for refunds next year.', status: 'DRAFT' })}\nnot json\n` },
        { name: 'card.html', content: '<html><head><title>Lost card</title><meta name="external-id" content="lost-card"></head><body><h1>Lost card</h1><p>Freeze a lost or stolen card in the app.</p></body></html>' },
      ],
      'tester',
    );
  });

  afterAll(async () => {
    await service.close();
  });

  it('imports Markdown, JSON lines and HTML, reporting bad lines, and finds articles by paraphrase', async () => {
    const [hit] = await service.searchKnowledge({ query: 'when will I get my money back?', audience: 'customer' });
    expect(hit?.title).toBe('Getting a refund');
    expect(hit?.chunk.heading).toContain('When refunds arrive');
    const [card] = await service.searchKnowledge({ query: 'my card was stolen', audience: 'customer' });
    expect(card?.title).toBe('Lost card');
    const [forgot] = await service.searchKnowledge({ query: 'forgot password', audience: 'customer' });
    expect(forgot?.snippet).toContain('<mark>');
  });

  it('re-imports idempotently and re-embeds only changed chunks', async () => {
    const again = await service.importFiles([markdown('password', 'Resetting your password', 'Use the "Forgot password" link on the sign-in page to choose a new password.')], 'tester');
    expect(again.unchanged).toHaveLength(1);
    expect(again.embeddedChunks).toBe(0);
    const changed = await service.importFiles([markdown('refunds', 'Getting a refund', '## When refunds arrive\nRefunds reach your card within 5 business days.\n\n## Refund fees\nRefunds are always free.', 'topics: [payments]\n')], 'tester');
    expect(changed.updated).toHaveLength(1);
    expect(changed.embeddedChunks).toBe(1);
  });

  it('reports near-duplicates on import', async () => {
    const report = await service.importFiles([markdown('delivery-copy', 'Tracking a delivery', 'Your parcel ships in 2 days; the tracking number is in the confirmation email!')], 'tester');
    expect(report.nearDuplicates).toHaveLength(1);
  });

  it('shows customers only PUBLISHED articles', async () => {
    const customer = await service.searchKnowledge({ query: 'pricing next year', audience: 'customer', first: 10 });
    expect(customer.map((h) => h.title)).not.toContain('Upcoming pricing');
    const agent = await service.searchKnowledge({ query: 'pricing next year', audience: 'agent' });
    expect(agent[0]?.title).toBe('Upcoming pricing');
    const drafts = await service.searchKnowledge({ query: 'refunds', audience: 'agent', filter: { statuses: ['DRAFT'] } });
    expect(drafts.map((h) => h.title)).toEqual(['Upcoming pricing']);
  });

  it('versions every change and rolls back as a new version', async () => {
    const created = await service.createArticle({ title: 'Two-factor login', body: 'Turn on two-factor in settings.' }, 'ann');
    const edited = await service.updateArticle(created.id, { body: 'Two-factor is under Security.', expectedVersion: 1 }, 'bob');
    await expect(service.updateArticle(created.id, { title: 'x', expectedVersion: 1 }, 'bob')).rejects.toMatchObject({ code: KnowledgeErrorCode.Conflict });
    const published = await service.publishArticle(created.id, 'bob');
    await expect(service.publishArticle(created.id, 'bob')).rejects.toMatchObject({ code: KnowledgeErrorCode.Conflict });
    const rolled = await service.rollbackArticle(created.id, 1, 'ann');
    expect([edited.version, published.version, rolled.version]).toEqual([2, 3, 4]);
    expect(rolled.body).toBe('Turn on two-factor in settings.');
    expect(rolled.status).toBe('PUBLISHED');
    const history = await service.history(created.id);
    expect(history.map((v) => [v.version, v.author, v.changes.join(',')])).toEqual([
      [1, 'ann', 'created'],
      [2, 'bob', 'body'],
      [3, 'bob', 'status:PUBLISHED'],
      [4, 'ann', 'rollback:1'],
    ]);
    const [hit] = await service.searchKnowledge({ query: 'two-factor settings', audience: 'customer' });
    expect(hit?.articleId).toBe(created.id);
  });

  it('rejects empty, oversized and malformed input with typed errors, and treats metacharacters as text', async () => {
    for (const query of ['', '   ', '*?~"()']) {
      await expect(service.searchKnowledge({ query, audience: 'customer' })).rejects.toMatchObject({ code: KnowledgeErrorCode.BadUserInput });
    }
    await expect(service.searchKnowledge({ query: 'refund '.repeat(15_000), audience: 'customer' })).rejects.toBeInstanceOf(KnowledgeError);
    await expect(service.searchKnowledge({ query: 'refund', first: 0, audience: 'customer' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(service.listArticles({}, 10, 'not-a-cursor')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const injection = "refund' }) MATCH (n) DETACH DELETE n //  title:* OR body:(a AND b)~2 \\ $param";
    const hits = await service.searchKnowledge({ query: injection, audience: 'customer' });
    expect(hits[0]?.title).toBe('Getting a refund');
    expect((await service.listArticles({}, 100)).nodes.length).toBeGreaterThan(5);
  });

  it('pages articles with cursors and filters by topic', async () => {
    const first = await service.listArticles({}, 3);
    const second = await service.listArticles({}, 3, first.pageInfo.endCursor!);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.nodes[0]!.id > first.nodes.at(-1)!.id).toBe(true);
    const aboutPayments = await service.listArticles({ topicIds: ['payments'] }, 10);
    expect(aboutPayments.nodes.map((a) => a.title)).toEqual(['Getting a refund']);
    const customer = await service.listArticles({}, 100, undefined, 'customer');
    expect(customer.nodes.every((a) => a.status === 'PUBLISHED')).toBe(true);
  });

  it('walks the topic graph over ABOUT and RELATED', async () => {
    const [refund] = await service.searchKnowledge({ query: 'refund', audience: 'agent' });
    const [password] = await service.searchKnowledge({ query: 'password', audience: 'agent' });
    await service.relateArticles(refund!.articleId, password!.articleId);
    expect((await service.article(refund!.articleId))?.relatedIds).toEqual([password!.articleId]);
    const graph = await service.topicGraph('payments', 2);
    expect(graph.nodes.map((n) => n.label).sort()).toEqual(['Getting a refund', 'Payments', 'Resetting your password']);
    expect(graph.edges.map((e) => e.kind).sort()).toEqual(['ABOUT', 'RELATED']);
    await service.unrelateArticles(password!.articleId, refund!.articleId);
    expect((await service.article(refund!.articleId))?.relatedIds).toEqual([]);
    await expect(service.topicGraph('nope', 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds similar tickets and lets resolutions steer suggestions', async () => {
    const [lostCard] = await service.searchKnowledge({ query: 'lost card', audience: 'agent' });
    await service.indexTicket({ id: 't1', subject: 'Parcel not here', description: 'My order has not arrived after a week' });
    await service.indexTicket({ id: 't2', subject: 'Cannot log in', description: 'I forgot my password' });
    const ticket = { id: 't3', subject: 'Where is my order?', description: 'The order still has not arrived' };
    const scoreOf = async () => (await service.suggestedArticles(ticket, 10)).find((h) => h.articleId === lostCard!.articleId)?.score ?? 0;
    const before = await scoreOf();
    await service.recordResolution('t1', lostCard!.articleId);
    const similar = await service.similarTickets(ticket, 2);
    expect(similar[0]).toMatchObject({ ticketId: 't1', resolvedWithArticleIds: [lostCard!.articleId] });
    expect(await scoreOf()).toBeGreaterThan(before + 0.4);
    await expect(service.recordResolution('missing', lostCard!.articleId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
