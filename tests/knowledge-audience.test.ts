import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import {
  ARCHIVE_ARTICLE, ARTICLE_HISTORY, GET_ARTICLE, IMPORT_ARTICLES, LIST_ARTICLES, RELATE_ARTICLES, SEARCH_KNOWLEDGE, SUGGEST_ARTICLES,
  TICKET_SIMILAR, TICKET_SUGGESTIONS, TOPIC_GRAPH, markdownFile,
} from './support/knowledge-operations.js';
import { CREATE_TICKET } from './support/ticket-operations.js';

type Hit = { article: { id: string; title: string; status: string } };

// Partners read with the customer audience too, but the gateway only lets them run persisted operations.
describe('customers see only PUBLISHED articles', () => {
  let fixture: PlatformFixture;
  let agent: string;
  let customer: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    agent = await fixture.token('agent');
    customer = await fixture.token('customer', 'dana@example.com');
    // Every article is about refunds, so each search below would find all of them if status were ignored.
    const imported = await fixture.graphql(agent, IMPORT_ARTICLES, {
      files: [
        markdownFile('published', { title: 'Refund timing', topics: '[refunds]' }, 'Refunds reach your card within 5 business days.'),
        markdownFile('draft', { title: 'Refund policy draft', status: 'DRAFT', topics: '[refunds]' }, 'Refunds for late returns will reach your card within 10 business days.'),
        markdownFile('archived', { title: 'Old refund rules', topics: '[refunds]' }, 'Refunds used to reach your card within 30 business days.'),
      ],
    });
    expect(imported.errors).toBeUndefined();
    for (const hit of (await fixture.graphql(agent, SEARCH_KNOWLEDGE, { query: 'refund card business days' })).data.searchKnowledge as Hit[]) {
      ids[hit.article.title] = hit.article.id;
    }
    await fixture.graphql(agent, ARCHIVE_ARTICLE, { id: ids['Old refund rules'] });
    await fixture.graphql(agent, RELATE_ARTICLES, { id: ids['Refund timing'], relatedId: ids['Refund policy draft'] });
  });
  afterAll(() => fixture.stop());

  it('staff see all three (the test data is sound)', async () => {
    expect(Object.keys(ids).sort()).toEqual(['Old refund rules', 'Refund policy draft', 'Refund timing']);
    expect((await fixture.graphql(agent, LIST_ARTICLES, {})).data.articles.totalCount).toBe(3);
  });

  it('a customer gets NOT_FOUND for a draft or archived article by id, like a missing one', async () => {
    const token = customer;
    expect((await fixture.graphql(token, GET_ARTICLE, { id: ids['Refund timing'] })).data.article.title).toBe('Refund timing');
    for (const hidden of ['Refund policy draft', 'Old refund rules']) {
      expect(errorCodes(await fixture.graphql(token, GET_ARTICLE, { id: ids[hidden] }))).toEqual(['NOT_FOUND']);
    }
  });

  it('a customer lists, searches and gets suggestions from published articles only, whatever filter they send', async () => {
    const list = await fixture.graphql(customer, LIST_ARTICLES, { filter: { status: ['DRAFT', 'ARCHIVED', 'PUBLISHED'] } });
    expect(list.data.articles.totalCount).toBe(1);
    expect(list.data.articles.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Refund timing']);

    const search = await fixture.graphql(customer, SEARCH_KNOWLEDGE, { query: 'refund late returns', filter: { status: ['DRAFT'] } });
    expect(search.data.searchKnowledge.map((hit: Hit) => hit.article.title)).toEqual(['Refund timing']);
    const suggest = await fixture.graphql(customer, SUGGEST_ARTICLES, { text: 'When do I get the refund for my late return on my card?' });
    expect(suggest.data.suggestArticles.map((hit: Hit) => hit.article.title)).toEqual(['Refund timing']);
    const agentSuggest = await fixture.graphql(agent, SUGGEST_ARTICLES, { text: 'When do I get the refund for my late return on my card?' });
    expect(agentSuggest.data.suggestArticles.map((hit: Hit) => hit.article.title)).toEqual(['Refund timing']);
  });

  it('a customer sees no unpublished article through related articles or the topic graph', async () => {
    const article = await fixture.graphql(customer, GET_ARTICLE, { id: ids['Refund timing'] });
    expect(article.data.article.relatedArticles).toEqual([]);
    const staffView = await fixture.graphql(agent, GET_ARTICLE, { id: ids['Refund timing'] });
    expect(staffView.data.article.relatedArticles).toEqual([{ id: ids['Refund policy draft'], title: 'Refund policy draft' }]);
    const graph = await fixture.graphql(customer, TOPIC_GRAPH, { topicId: 'refunds' });
    expect(graph.data.topicGraph.nodes.map((node: { label: string }) => node.label).sort()).toEqual(['Refund timing', 'refunds']);
  });

  it("a customer's own ticket gets published suggestions only; history and similar tickets are for staff", async () => {
    const created = await fixture.graphql(customer, CREATE_TICKET, { input: { subject: 'Refund for a late return', description: 'When will the refund reach my card?' } });
    const ticketId = created.data.createTicket.id;
    const suggestions = await fixture.graphql(customer, TICKET_SUGGESTIONS, { id: ticketId });
    expect(suggestions.errors).toBeUndefined();
    expect(suggestions.data.ticket.suggestedArticles.map((hit: Hit) => hit.article.title)).toEqual(['Refund timing']);

    expect(errorCodes(await fixture.graphql(customer, TICKET_SIMILAR, { id: ticketId }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await fixture.graphql(customer, ARTICLE_HISTORY, { id: ids['Refund timing'] }))).toEqual(['FORBIDDEN']);
    expect((await fixture.graphql(agent, TICKET_SIMILAR, { id: ticketId })).errors).toBeUndefined();

    const stranger = await fixture.token('customer', 'eve@example.com');
    expect(errorCodes(await fixture.graphql(stranger, TICKET_SUGGESTIONS, { id: ticketId }))).toEqual(['NOT_FOUND']);
  });
});
