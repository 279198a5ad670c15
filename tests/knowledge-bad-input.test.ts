import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { CREATE_ARTICLE, GET_ARTICLE, IMPORT_ARTICLES, LIST_ARTICLES, SEARCH_KNOWLEDGE, SUGGEST_ARTICLES, UPDATE_ARTICLE, markdownFile } from './support/knowledge-operations.js';

describe('hostile and malformed knowledge input: BAD_USER_INPUT or safe results, and nothing is deleted', () => {
  let fixture: PlatformFixture;
  let agent: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    agent = await fixture.token('agent');
    const imported = await fixture.graphql(agent, IMPORT_ARTICLES, {
      files: [
        markdownFile('refunds', { title: 'Getting a refund' }, 'Refunds reach your card within 5 business days.'),
        markdownFile('password', { title: 'Resetting your password' }, 'Use the "Forgot password" link on the sign-in page.'),
      ],
    });
    expect(imported.data.importArticles.created).toHaveLength(2);
  });
  afterAll(() => fixture.stop());

  const articleCount = async (): Promise<number> => (await fixture.graphql(agent, LIST_ARTICLES, {})).data.articles.totalCount;

  it('treats Cypher and Lucene metacharacters as plain text', async () => {
    for (const query of ['") OR 1=1 //', 'MATCH (n) DETACH DELETE n', 'title:*~^2', "refund' }) MATCH (n) DETACH DELETE n // $param \\"]) {
      for (const operation of [SEARCH_KNOWLEDGE, SUGGEST_ARTICLES]) {
        const response = await fixture.graphql(agent, operation, { query, text: query });
        // Either refused as input or answered with ordinary hits: never an internal error.
        expect(errorCodes(response).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
      }
      expect(await articleCount()).toBe(2);
    }
    const injected = await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: "refund' }) MATCH (n) DETACH DELETE n //" });
    expect(injected.data.searchKnowledge[0].article.title).toBe('Getting a refund');
    const byId = await fixture.graphql(agent, GET_ARTICLE, { id: '") OR 1=1 MATCH (n) DETACH DELETE n //' });
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
    expect(await articleCount()).toBe(2);
  });

  it('refuses an empty, punctuation-only or 100 KB query, naming the field', async () => {
    for (const query of ['', '   ', '*?~"()', 'refund '.repeat(15_000)]) {
      const response = await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.['field']).toBe('query');
      expect(response.errors?.[0]?.message).toMatch(/^query: /);
    }
    const suggestion = await fixture.graphql(agent, SUGGEST_ARTICLES, { text: 'x'.repeat(100_000) });
    expect(errorCodes(suggestion)).toEqual(['BAD_USER_INPUT']);
    expect(suggestion.errors?.[0]?.extensions?.['field']).toBe('text');
    expect(errorCodes(await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: 'refund', first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await fixture.graphql(agent, LIST_ARTICLES, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses bad article input with the field named and writes nothing', async () => {
    const before = await articleCount();
    for (const [input, field] of [
      [{ title: '   ', body: 'x' }, 'title'],
      [{ title: 'x'.repeat(301), body: 'x' }, 'title'],
      [{ title: 'Locale', body: 'x', locale: 'not a locale!' }, 'locale'],
    ] as const) {
      const response = await fixture.graphql(agent, CREATE_ARTICLE, { input });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    expect(errorCodes(await fixture.graphql(agent, CREATE_ARTICLE, { input: { title: 'Topic', body: 'x', topicIds: ['missing'] } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await fixture.graphql(agent, UPDATE_ARTICLE, { id: 'missing', input: { version: 1, title: 'x' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await fixture.graphql(agent, CREATE_ARTICLE, { input: { title: 'Status', body: 'x', status: 'PUBLISHED' } }))).toEqual(['BAD_USER_INPUT']);
    expect(await articleCount()).toBe(before);
  });
});
