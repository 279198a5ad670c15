/** GraphQL documents the knowledge tests send, as a client would write them. */
export const ARTICLE_FIELDS = `
  id externalId title body summary tags locale status version helpfulCount unhelpfulCount createdAt updatedAt
  topics { id name } products { id name } relatedArticles { id title }
`;
const HIT_FIELDS = 'score snippet chunk { id position heading text } article { id title status }';

export const IMPORT_ARTICLES = `mutation Import($files: [ImportFileInput!]!) {
  importArticles(files: $files) { created updated unchanged nearDuplicates { articleId duplicateOfId } problems { source message } embeddedChunks }
}`;
export const GET_ARTICLE = `query Article($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
export const ARTICLE_HISTORY = `query History($id: ID!) { article(id: $id) { id version history { version author changedAt changes status title body } } }`;
export const LIST_ARTICLES = `query Articles($filter: ArticleFilter, $first: Int, $after: String) {
  articles(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } } }
}`;
export const SEARCH_KNOWLEDGE = `query Search($query: String!, $filter: ArticleFilter, $first: Int) {
  searchKnowledge(query: $query, filter: $filter, first: $first) { ${HIT_FIELDS} }
}`;
export const SUGGEST_ARTICLES = `query Suggest($text: String!, $first: Int) { suggestArticles(text: $text, first: $first) { ${HIT_FIELDS} } }`;
export const TOPIC_GRAPH = `query TopicGraph($topicId: ID!, $depth: Int) {
  topicGraph(topicId: $topicId, depth: $depth) { nodes { id kind label } edges { from to kind } }
}`;

export const CREATE_ARTICLE = `mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
export const UPDATE_ARTICLE = `mutation Update($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { ${ARTICLE_FIELDS} } }`;
export const PUBLISH_ARTICLE = `mutation Publish($id: ID!) { publishArticle(id: $id) { id status version } }`;
export const ARCHIVE_ARTICLE = `mutation Archive($id: ID!) { archiveArticle(id: $id) { id status version } }`;
export const ROLLBACK_ARTICLE = `mutation Rollback($id: ID!, $version: Int!) { rollbackArticle(id: $id, version: $version) { ${ARTICLE_FIELDS} } }`;
export const RELATE_ARTICLES = `mutation Relate($id: ID!, $relatedId: ID!) { relateArticles(id: $id, relatedId: $relatedId) { id relatedArticles { id } } }`;
export const UNRELATE_ARTICLES = `mutation Unrelate($id: ID!, $relatedId: ID!) { unrelateArticles(id: $id, relatedId: $relatedId) { id relatedArticles { id } } }`;
export const RECORD_FEEDBACK = `mutation Feedback($id: ID!, $helpful: Boolean!) { recordArticleFeedback(id: $id, helpful: $helpful) { id helpfulCount unhelpfulCount } }`;
export const CREATE_TOPIC = `mutation Topic($input: TopicInput!) { createTopic(input: $input) { id name } }`;
export const CREATE_PRODUCT = `mutation Product($input: ProductInput!) { createProduct(input: $input) { id name } }`;

/** One query across both subgraphs: the ticket from tickets, its knowledge fields from knowledge. */
export const TICKET_SUGGESTIONS = `query TicketSuggestions($id: ID!) {
  ticket(id: $id) { id subject suggestedArticles { article { id title status } score } }
}`;
export const TICKET_SIMILAR = `query TicketSimilar($id: ID!, $first: Int) {
  ticket(id: $id) { id similarTickets(first: $first) { score ticket { id subject } resolvedWithArticles { id } } }
}`;

/** A Markdown file with YAML front matter, the way help-centre exports look. */
export function markdownFile(id: string, front: Record<string, string>, body: string): { name: string; content: string } {
  const lines = Object.entries({ id, ...front }).map(([key, value]) => `${key}: ${value}`);
  return { name: `${id}.md`, content: `---\n${lines.join('\n')}\n---\n${body}\n` };
}
