/** Puts what the read path reads in place once, through a gateway: tickets the AI pipeline has triaged, and published articles. */

async function graphql(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`seeding failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

const DESCRIPTIONS = [
  'My card payment was declined twice today and I do not know why.',
  'I still have not received my new card, it has been two weeks.',
  'There is a transfer on my statement that I did not make, please help urgently!',
  'How do I change the PIN of my card?',
  'The exchange rate applied to my payment abroad looks wrong.',
  'I want to close my account and get my money back.',
  'My top up did not arrive although the money left my bank.',
  'Can I get a refund for a purchase I cancelled?',
];

const ARTICLES = [
  { title: 'Why a card payment is declined', body: 'A card payment can be declined when the balance is too low, the card is frozen, or the merchant is blocked. Check the app for the reason.' },
  { title: 'When your new card arrives', body: 'New cards arrive within five working days. If it has not arrived after two weeks, order a replacement in the app.' },
  { title: 'Reporting a transaction you do not recognise', body: 'Freeze the card at once and report the transfer from the statement screen; we refund unauthorised payments.' },
  { title: 'Changing your PIN', body: 'You can change the PIN of your card at any cash machine or view it in the app.' },
  { title: 'Exchange rates abroad', body: 'Payments abroad use the interbank exchange rate plus the fee shown before you pay.' },
];

export async function seedReadWorkload(options: { url: string; token: string; tickets: number; timeoutMs?: number }): Promise<{ tickets: number; triaged: number; articles: number }> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${options.token}` };
  for (const article of ARTICLES) {
    const created = await graphql(options.url, headers, 'mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { id } }', { input: { ...article, locale: 'en' } });
    await graphql(options.url, headers, 'mutation Publish($id: ID!) { publishArticle(id: $id) { id } }', { id: created.createArticle.id });
  }
  for (let index = 0; index < options.tickets; index += 1) {
    const description = DESCRIPTIONS[index % DESCRIPTIONS.length] ?? '';
    await graphql(options.url, headers, 'mutation Create($input: CreateTicketInput!) { createTicket(input: $input) { id } }', {
      input: { subject: `Read path ticket ${index}`, description, tags: ['bench'], customer: { email: `reader${index % 17}@example.com`, name: `Reader ${index % 17}` } },
    });
  }
  // The pipeline triages off the request path: wait until every ticket has its triage, sentiment and escalation.
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    const data = await graphql(options.url, headers, 'query Seeded($first: Int!) { tickets(first: $first) { edges { node { triage { team } sentiment { label } escalation { escalate } } } } }', { first: options.tickets });
    const nodes = (data.tickets.edges as { node: { triage: unknown; sentiment: unknown; escalation: unknown } }[]).map((edge) => edge.node);
    const triaged = nodes.filter((node) => node.triage && node.sentiment && node.escalation).length;
    if (triaged >= options.tickets || Date.now() > deadline) return { tickets: nodes.length, triaged, articles: ARTICLES.length };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
