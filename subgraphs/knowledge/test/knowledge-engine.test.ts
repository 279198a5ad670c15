import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createKnowledgeEngine } from '../src/create-knowledge-engine.js';
import { KnowledgeError, KnowledgeErrorCode } from '../src/knowledge-error.js';
import type { KnowledgeEngine } from '../src/knowledge-engine.js';

const markdown = (id: string, title: string, body: string, extra = '') => ({
  name: `${id}.md`,
  content: `---\nid: ${id}\ntitle: ${title}\ntags: [billing]\nstatus: PUBLISHED\n${extra}---\n${body}\n`,
});

describe('knowledge engine', () => {
  let engine: KnowledgeEngine;

  beforeAll(async () => {
    engine = await createKnowledgeEngine();
    await engine.topics.createTopic({ id: 'payments', name: 'Payments' });
    await engine.imports.importFiles(
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
    await engine.close();
  });

  it('imports Markdown, JSON lines and HTML, reporting bad lines, and finds articles by paraphrase', async () => {
    const [hit] = await engine.search.searchKnowledge({ query: 'when will I get my money back?', audience: 'customer' });
    expect(hit?.title).toBe('Getting a refund');
    expect(hit?.chunk.heading).toContain('When refunds arrive');
    const [card] = await engine.search.searchKnowledge({ query: 'my card was stolen', audience: 'customer' });
    expect(card?.title).toBe('Lost card');
    const [forgot] = await engine.search.searchKnowledge({ query: 'forgot password', audience: 'customer' });
    expect(forgot?.snippet).toContain('<mark>');
  });

  it('re-imports idempotently and re-embeds only changed chunks', async () => {
    const again = await engine.imports.importFiles([markdown('password', 'Resetting your password', 'Use the "Forgot password" link on the sign-in page to choose a new password.')], 'tester');
    expect(again.unchanged).toHaveLength(1);
    expect(again.embeddedChunks).toBe(0);
    const changed = await engine.imports.importFiles([markdown('refunds', 'Getting a refund', '## When refunds arrive\nRefunds reach your card within 5 business days.\n\n## Refund fees\nRefunds are always free.', 'topics: [payments]\n')], 'tester');
    expect(changed.updated).toHaveLength(1);
    expect(changed.embeddedChunks).toBe(1);
  });

  it('reports near-duplicates on import', async () => {
    const report = await engine.imports.importFiles([markdown('delivery-copy', 'Tracking a delivery', 'Your parcel ships in 2 days; the tracking number is in the confirmation email!')], 'tester');
    expect(report.nearDuplicates).toHaveLength(1);
  });

  it('shows customers only PUBLISHED articles', async () => {
    const customer = await engine.search.searchKnowledge({ query: 'pricing next year', audience: 'customer', first: 10 });
    expect(customer.map((h) => h.title)).not.toContain('Upcoming pricing');
    const agent = await engine.search.searchKnowledge({ query: 'pricing next year', audience: 'agent' });
    expect(agent[0]?.title).toBe('Upcoming pricing');
    const drafts = await engine.search.searchKnowledge({ query: 'refunds', audience: 'agent', filter: { statuses: ['DRAFT'] } });
    expect(drafts.map((h) => h.title)).toEqual(['Upcoming pricing']);
  });

  it('versions every change and rolls back as a new version', async () => {
    const created = await engine.articles.createArticle({ title: 'Two-factor login', body: 'Turn on two-factor in settings.' }, 'ann');
    const edited = await engine.articles.updateArticle(created.id, { body: 'Two-factor is under Security.', expectedVersion: 1 }, 'bob');
    await expect(engine.articles.updateArticle(created.id, { title: 'x', expectedVersion: 1 }, 'bob')).rejects.toMatchObject({ code: KnowledgeErrorCode.Conflict });
    const published = await engine.articles.publishArticle(created.id, 'bob');
    await expect(engine.articles.publishArticle(created.id, 'bob')).rejects.toMatchObject({ code: KnowledgeErrorCode.Conflict });
    const rolled = await engine.articles.rollbackArticle(created.id, 1, 'ann');
    expect([edited.version, published.version, rolled.version]).toEqual([2, 3, 4]);
    expect(rolled.body).toBe('Turn on two-factor in settings.');
    expect(rolled.status).toBe('PUBLISHED');
    const history = await engine.articles.history(created.id);
    expect(history.map((v) => [v.version, v.author, v.changes.join(',')])).toEqual([
      [1, 'ann', 'created'],
      [2, 'bob', 'body'],
      [3, 'bob', 'status:PUBLISHED'],
      [4, 'ann', 'rollback:1'],
    ]);
    const [hit] = await engine.search.searchKnowledge({ query: 'two-factor settings', audience: 'customer' });
    expect(hit?.articleId).toBe(created.id);
  });

  it('rejects empty, oversized and malformed input with typed errors, and treats metacharacters as text', async () => {
    for (const query of ['', '   ', '*?~"()']) {
      await expect(engine.search.searchKnowledge({ query, audience: 'customer' })).rejects.toMatchObject({ code: KnowledgeErrorCode.BadUserInput });
    }
    await expect(engine.search.searchKnowledge({ query: 'refund '.repeat(15_000), audience: 'customer' })).rejects.toBeInstanceOf(KnowledgeError);
    await expect(engine.search.searchKnowledge({ query: 'refund', first: 0, audience: 'customer' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(engine.articles.listArticles({}, 10, 'not-a-cursor')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const injection = "refund' }) MATCH (n) DETACH DELETE n //  title:* OR body:(a AND b)~2 \\ $param";
    const hits = await engine.search.searchKnowledge({ query: injection, audience: 'customer' });
    expect(hits[0]?.title).toBe('Getting a refund');
    expect((await engine.articles.listArticles({}, 100)).nodes.length).toBeGreaterThan(5);
  });

  it('pages articles with cursors and filters by topic', async () => {
    const first = await engine.articles.listArticles({}, 3);
    const second = await engine.articles.listArticles({}, 3, first.pageInfo.endCursor!);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.nodes[0]!.id > first.nodes.at(-1)!.id).toBe(true);
    const aboutPayments = await engine.articles.listArticles({ topicIds: ['payments'] }, 10);
    expect(aboutPayments.nodes.map((a) => a.title)).toEqual(['Getting a refund']);
    const customer = await engine.articles.listArticles({}, 100, undefined, 'customer');
    expect(customer.nodes.every((a) => a.status === 'PUBLISHED')).toBe(true);
  });

  it('walks the topic graph over ABOUT and RELATED', async () => {
    const [refund] = await engine.search.searchKnowledge({ query: 'refund', audience: 'agent' });
    const [password] = await engine.search.searchKnowledge({ query: 'password', audience: 'agent' });
    await engine.articles.relateArticles(refund!.articleId, password!.articleId);
    expect((await engine.articles.article(refund!.articleId))?.relatedIds).toEqual([password!.articleId]);
    const graph = await engine.topics.topicGraph('payments', 2);
    expect(graph.nodes.map((n) => n.label).sort()).toEqual(['Getting a refund', 'Payments', 'Resetting your password']);
    expect(graph.edges.map((e) => e.kind).sort()).toEqual(['ABOUT', 'RELATED']);
    await engine.articles.unrelateArticles(password!.articleId, refund!.articleId);
    expect((await engine.articles.article(refund!.articleId))?.relatedIds).toEqual([]);
    await expect(engine.topics.topicGraph('nope', 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds similar tickets and lets resolutions steer suggestions', async () => {
    const [lostCard] = await engine.search.searchKnowledge({ query: 'lost card', audience: 'agent' });
    await engine.tickets.indexTicket({ id: 't1', subject: 'Parcel not here', description: 'My order has not arrived after a week' });
    await engine.tickets.indexTicket({ id: 't2', subject: 'Cannot log in', description: 'I forgot my password' });
    const ticket = { id: 't3', subject: 'Where is my order?', description: 'The order still has not arrived' };
    const scoreOf = async () => (await engine.tickets.suggestedArticles(ticket, 10)).find((h) => h.articleId === lostCard!.articleId)?.score ?? 0;
    const before = await scoreOf();
    await engine.tickets.recordResolution('t1', lostCard!.articleId);
    const similar = await engine.tickets.similarTickets(ticket, 2);
    expect(similar[0]).toMatchObject({ ticketId: 't1', resolvedWithArticleIds: [lostCard!.articleId] });
    expect(await scoreOf()).toBeGreaterThan(before + 0.4);
    await expect(engine.tickets.recordResolution('missing', lostCard!.articleId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
