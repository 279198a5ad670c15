import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import {
  ARCHIVE_ARTICLE, ARTICLE_HISTORY, CREATE_ARTICLE, CREATE_PRODUCT, CREATE_TOPIC, GET_ARTICLE, IMPORT_ARTICLES, LIST_ARTICLES,
  PUBLISH_ARTICLE, RECORD_FEEDBACK, RELATE_ARTICLES, ROLLBACK_ARTICLE, SEARCH_KNOWLEDGE, TOPIC_GRAPH, UNRELATE_ARTICLES,
  UPDATE_ARTICLE, markdownFile,
} from './support/knowledge-operations.js';

describe('knowledge articles through the gateway', () => {
  let fixture: PlatformFixture;
  let agent: string;
  let lead: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    agent = await fixture.token('agent', 'ann@support.local');
    lead = await fixture.token('lead', 'lee@support.local');
    expect((await fixture.graphql(lead, CREATE_TOPIC, { input: { id: 'payments', name: 'Payments' } })).errors).toBeUndefined();
    expect((await fixture.graphql(lead, CREATE_PRODUCT, { input: { id: 'card', name: 'Debit card' } })).errors).toBeUndefined();
  });
  afterAll(() => fixture.stop());

  it('imports Markdown and JSON lines as drafts, publishes them and finds them by meaning', async () => {
    const files = [
      markdownFile('kb-refunds', { title: 'Getting a refund', status: 'DRAFT', topics: '[payments]', products: '[card]', tags: '[billing]' },
        '## When refunds arrive\nRefunds reach your card within 5 business days.\n\n## Fees\nWe never charge for refunds.'),
      {
        name: 'export.jsonl',
        content: [
          JSON.stringify({ id: 'kb-password', title: 'Resetting your password', body: 'Use the "Forgot password" link on the sign-in page.', status: 'DRAFT' }),
          '{ not json',
        ].join('\n'),
      },
      { name: 'notes.txt', content: 'not an article format' },
    ];
    const imported = await fixture.graphql(agent, IMPORT_ARTICLES, { files });
    expect(imported.errors).toBeUndefined();
    const report = imported.data.importArticles;
    expect(report.created).toHaveLength(2);
    expect(report.problems.map((problem: { source: string }) => problem.source).sort()).toEqual(['export.jsonl:2', 'notes.txt']);

    const again = await fixture.graphql(agent, IMPORT_ARTICLES, { files });
    expect(again.data.importArticles).toMatchObject({ created: [], updated: [], embeddedChunks: 0 });
    expect(again.data.importArticles.unchanged).toHaveLength(2);

    for (const id of report.created) {
      const published = await fixture.graphql(agent, PUBLISH_ARTICLE, { id });
      expect(published.errors).toBeUndefined();
      expect(published.data.publishArticle).toMatchObject({ status: 'PUBLISHED', version: 2 });
    }

    const search = await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: 'when will I get my money back?' });
    expect(search.errors).toBeUndefined();
    const [best] = search.data.searchKnowledge;
    expect(best.article).toMatchObject({ title: 'Getting a refund', status: 'PUBLISHED' });
    expect(best.chunk.heading).toContain('When refunds arrive');
    expect(best.score).toBeGreaterThan(0);
    const forgot = await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: 'forgot password', first: 1 });
    expect(forgot.data.searchKnowledge[0].snippet).toContain('<mark>');

    const refund = await fixture.graphql(agent, GET_ARTICLE, { id: best.article.id });
    expect(refund.data.article).toMatchObject({
      externalId: 'kb-refunds', tags: ['billing'], locale: 'en', topics: [{ id: 'payments', name: 'Payments' }], products: [{ id: 'card', name: 'Debit card' }],
    });
    const aboutPayments = await fixture.graphql(agent, LIST_ARTICLES, { filter: { topicId: 'payments' } });
    expect(aboutPayments.data.articles.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Getting a refund']);
  });

  it('versions every edit, refuses a stale version with CONFLICT and rolls back as a new version', async () => {
    const created = await fixture.graphql(agent, CREATE_ARTICLE, { input: { title: 'Two-factor login', body: 'Turn on two-factor in settings.', tags: ['security'] } });
    expect(created.errors).toBeUndefined();
    const article = created.data.createArticle;
    expect(article).toMatchObject({ status: 'DRAFT', version: 1, helpfulCount: 0 });

    const edited = await fixture.graphql(lead, UPDATE_ARTICLE, { id: article.id, input: { version: 1, body: 'Two-factor is under Security.' } });
    expect(edited.data.updateArticle).toMatchObject({ version: 2, body: 'Two-factor is under Security.', title: 'Two-factor login' });
    const stale = await fixture.graphql(agent, UPDATE_ARTICLE, { id: article.id, input: { version: 1, title: 'Lost edit' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.message).toBe('The article is at version 2, not 1; reload it and apply your change again');

    await fixture.graphql(agent, PUBLISH_ARTICLE, { id: article.id });
    const twice = await fixture.graphql(agent, PUBLISH_ARTICLE, { id: article.id });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors?.[0]?.message).not.toContain(article.id);

    const rolled = await fixture.graphql(agent, ROLLBACK_ARTICLE, { id: article.id, version: 1 });
    expect(rolled.data.rollbackArticle).toMatchObject({ version: 4, body: 'Turn on two-factor in settings.', status: 'PUBLISHED' });
    const missingVersion = await fixture.graphql(agent, ROLLBACK_ARTICLE, { id: article.id, version: 99 });
    expect(errorCodes(missingVersion)).toEqual(['NOT_FOUND']);
    expect(missingVersion.errors?.[0]?.message).toBe('Article version not found');

    const history = await fixture.graphql(agent, ARTICLE_HISTORY, { id: article.id });
    expect(history.data.article.history.map((entry: { version: number; author: string; changes: string[] }) => [entry.version, entry.author, entry.changes.join(',')])).toEqual([
      [1, 'ann@support.local', 'created'],
      [2, 'lee@support.local', 'body'],
      [3, 'ann@support.local', 'status:PUBLISHED'],
      [4, 'ann@support.local', 'rollback:1'],
    ]);
    expect(history.data.article.history[1].body).toBe('Two-factor is under Security.');

    const archived = await fixture.graphql(agent, ARCHIVE_ARTICLE, { id: article.id });
    expect(archived.data.archiveArticle).toMatchObject({ status: 'ARCHIVED', version: 5 });
  });

  it('relates articles, walks the topic graph, counts feedback and pages with totalCount', async () => {
    const refund = (await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: 'refund', first: 1 })).data.searchKnowledge[0].article.id;
    const password = (await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: 'password', first: 1 })).data.searchKnowledge[0].article.id;
    const related = await fixture.graphql(agent, RELATE_ARTICLES, { id: refund, relatedId: password });
    expect(related.data.relateArticles.relatedArticles).toEqual([{ id: password }]);
    const self = await fixture.graphql(agent, RELATE_ARTICLES, { id: refund, relatedId: refund });
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    expect(self.errors?.[0]?.extensions?.['field']).toBe('relatedId');

    const graph = await fixture.graphql(agent, TOPIC_GRAPH, { topicId: 'payments', depth: 2 });
    expect(graph.data.topicGraph.nodes.map((node: { label: string }) => node.label).sort()).toEqual(['Debit card', 'Getting a refund', 'Payments', 'Resetting your password']);
    expect(graph.data.topicGraph.edges.map((edge: { kind: string }) => edge.kind).sort()).toEqual(['ABOUT', 'ABOUT', 'RELATED']);
    const unrelated = await fixture.graphql(agent, UNRELATE_ARTICLES, { id: password, relatedId: refund });
    expect(unrelated.data.unrelateArticles.relatedArticles).toEqual([]);
    expect(errorCodes(await fixture.graphql(agent, TOPIC_GRAPH, { topicId: 'nope' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await fixture.graphql(agent, TOPIC_GRAPH, { topicId: 'payments', depth: 9 }))).toEqual(['BAD_USER_INPUT']);

    await fixture.graphql(agent, RECORD_FEEDBACK, { id: refund, helpful: true });
    const feedback = await fixture.graphql(agent, RECORD_FEEDBACK, { id: refund, helpful: false });
    expect(feedback.data.recordArticleFeedback).toMatchObject({ helpfulCount: 1, unhelpfulCount: 1 });

    const first = await fixture.graphql(agent, LIST_ARTICLES, { first: 2 });
    expect(first.data.articles).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await fixture.graphql(agent, LIST_ARTICLES, { first: 2, after: first.data.articles.pageInfo.endCursor });
    expect(second.data.articles.edges).toHaveLength(1);
    expect(second.data.articles.pageInfo.hasNextPage).toBe(false);
    const drafts = await fixture.graphql(agent, LIST_ARTICLES, { filter: { status: ['ARCHIVED'] } });
    expect(drafts.data.articles.totalCount).toBe(1);
    expect(errorCodes(await fixture.graphql(agent, LIST_ARTICLES, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses writes from every role but agent, lead and admin with FORBIDDEN, and writes nothing', async () => {
    const before = (await fixture.graphql(agent, LIST_ARTICLES, {})).data.articles.totalCount;
    const id = (await fixture.graphql(agent, LIST_ARTICLES, { first: 1 })).data.articles.edges[0].node.id;
    // Partners are refused earlier, at the gateway: they may only run persisted operations.
    for (const role of ['customer', 'analyst', 'service'] as const) {
      const token = await fixture.token(role);
      const writes: [string, Record<string, unknown>][] = [
        [CREATE_ARTICLE, { input: { title: 'Sneaky', body: 'Not allowed' } }],
        [UPDATE_ARTICLE, { id, input: { version: 1, title: 'Sneaky' } }],
        [PUBLISH_ARTICLE, { id }],
        [ARCHIVE_ARTICLE, { id }],
        [ROLLBACK_ARTICLE, { id, version: 1 }],
        [RELATE_ARTICLES, { id, relatedId: 'x' }],
        [UNRELATE_ARTICLES, { id, relatedId: 'x' }],
        [IMPORT_ARTICLES, { files: [markdownFile('sneaky', { title: 'Sneaky' }, 'Not allowed')] }],
        [RECORD_FEEDBACK, { id, helpful: true }],
        [CREATE_TOPIC, { input: { id: 'sneaky', name: 'Sneaky' } }],
        [CREATE_PRODUCT, { input: { id: 'sneaky', name: 'Sneaky' } }],
      ];
      for (const [mutation, variables] of writes) {
        expect({ role, mutation: mutation.slice(9, 30), codes: errorCodes(await fixture.graphql(token, mutation, variables)) }).toEqual({
          role, mutation: mutation.slice(9, 30), codes: ['FORBIDDEN'],
        });
      }
    }
    expect((await fixture.graphql(agent, LIST_ARTICLES, {})).data.articles.totalCount).toBe(before);
    const admin = await fixture.token('admin');
    expect((await fixture.graphql(admin, CREATE_TOPIC, { input: { id: 'accounts', name: 'Accounts' } })).errors).toBeUndefined();
  });
});
