import { createKnowledgeSuggestionAgent } from '../../src/agents/knowledge-suggestion/knowledge-suggestion-agent.js';
import { REFUND_ARTICLES, agentContext, fakeKnowledge, ticket } from './agent-test-kit.js';

describe('knowledge-suggestion agent', () => {
  it("passes the retriever's articles through, best first, with ids, titles and scores", async () => {
    const { knowledge, queries } = fakeKnowledge(REFUND_ARTICLES);
    const output = await createKnowledgeSuggestionAgent().run(
      agentContext(ticket({ subject: 'Refund', description: 'When will my refund arrive?' }), { knowledge }),
    );
    expect(output.result).toEqual({
      articles: [
        { id: 'kb-refunds', title: 'Refund policy', score: 0.91 },
        { id: 'kb-refund-tracking', title: 'Tracking a refund', score: 0.74 },
      ],
    });
    expect(queries).toEqual(['Refund\nWhen will my refund arrive?']);
  });

  it('searches free text instead of the ticket when given a query, and honours first and minScore', async () => {
    const { knowledge, queries } = fakeKnowledge(REFUND_ARTICLES);
    const agent = createKnowledgeSuggestionAgent({ first: 2, minScore: 0.8 });
    const output = await agent.run({ ...agentContext(ticket({ description: 'anything' }), { knowledge }), query: 'refund card' });
    expect(queries).toEqual(['refund card']);
    expect(output.result.articles.map((a) => a.id)).toEqual(['kb-refunds']);
  });
});
