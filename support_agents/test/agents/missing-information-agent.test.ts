import { createMissingInformationAgent } from '../../src/agents/missing-information/missing-information-agent.js';
import { parseMissingInformationRules } from '../../src/agents/missing-information/missing-information-rules.js';
import type { AgentOutput } from '../../src/agents/support-agent.js';
import type { TriageResult } from '../../src/agents/triage/triage-result.js';
import { LOCAL_USAGE } from '../../src/agents/local-usage.js';
import { agentContext, ticket } from './agent-test-kit.js';

const agent = createMissingInformationAgent();

function triagedAs(category: string): AgentOutput<TriageResult> {
  return {
    result: { category, priority: 'normal', team: 'billing', decidedBy: 'rules', escalated: false },
    confidence: 1,
    usage: LOCAL_USAGE,
    latencyMs: 0,
    trace: [],
  };
}

describe('missing-information agent', () => {
  it('asks for exactly the missing order number, not what the customer already gave', async () => {
    const output = await agent.run({
      ...agentContext(
        ticket({ description: 'I want a refund of 49.99 EUR for my headphones. My account is ann@example.com.' }),
      ),
      earlier: { triage: triagedAs('refund_request') },
    });
    expect(output.result.complete).toBe(false);
    expect(output.result.missing).toEqual([{ key: 'order_number', label: 'order number', question: 'What is your order number?' }]);
    expect(output.result.askMessage).toContain('What is your order number?');
    expect(output.result.askMessage).toMatch(/^Hello Ann,/);
    expect(output.result.askMessage).not.toMatch(/email|amount/i);
  });

  it('is complete when every required item is present', async () => {
    const output = await agent.run({
      ...agentContext(ticket({ description: 'Refund please: order #A-123456, 49.99 EUR, account ann@example.com' })),
      earlier: { triage: triagedAs('refund_request') },
    });
    expect(output.result).toMatchObject({ missing: [], complete: true });
    expect(output.result).not.toHaveProperty('askMessage');
  });

  it("asks in the customer's language", async () => {
    const cases = [
      ['fr', "Bonjour, quelqu'un a utilisé ma carte hier pour un paiement que je ne reconnais pas.", 'Quels sont les 4 derniers chiffres'],
      ['es', 'Hola, ayer alguien usó mi tarjeta para un pago que no reconozco.', '¿Cuáles son los últimos 4 dígitos'],
      ['de', 'Hallo, gestern hat jemand meine Karte für eine Zahlung benutzt, die ich nicht kenne.', 'Wie lauten die letzten 4 Ziffern'],
    ] as const;
    for (const [language, description, question] of cases) {
      const output = await agent.run({ ...agentContext(ticket({ description })), earlier: { triage: triagedAs('card_payment_not_recognised') } });
      expect(output.result.language).toBe(language);
      // The date ("hier", "ayer", "gestern") is given; amount and card digits are not.
      expect(output.result.missing.map((item) => item.key)).toEqual(['transaction_amount', 'card_last4']);
      expect(output.result.askMessage).toContain(question);
    }
  });

  it('takes the category from a ticket tag when triage has not run, and requires nothing by default', async () => {
    const tagged = await agent.run(agentContext(ticket({ description: 'The app crashes.', tags: ['bug_report'] })));
    expect(tagged.result.missing.map((item) => item.key)).toEqual(['device_os', 'steps_to_reproduce']);
    const untagged = await agent.run(agentContext(ticket({ description: 'The app crashes.' })));
    expect(untagged.result).toMatchObject({ complete: true, category: null });
  });

  it('rejects a rules file that requires an unknown item', () => {
    const source = [
      'version: 1',
      'messages: { en: { greeting: "Hi {name},", anonymous_greeting: "Hi,", intro_one: "Tell us:", intro_many: "Tell us:", closing: "Thanks" } }',
      'items: {}',
      'requirements: { categories: { refund_request: [order_number] } }',
    ].join('\n');
    expect(() => parseMissingInformationRules(source)).toThrow(/unknown item "order_number"/);
  });

  const missingFor = async (category: string, description: string) =>
    (await agent.run({ ...agentContext(ticket({ subject: '', description })), earlier: { triage: triagedAs(category) } })).result.missing.map((m) => m.key).sort();

  it.each([
    ['50 €, March 3rd, card ending 4532', 'There is a payment of 50 € on March 3rd I do not recognise, card ending 4532.', []],
    ['15,99 €, two days ago, last digits', 'Unknown charge of 15,99 € two days ago on my card, last digits 4532.', []],
    ['"12.50" is an amount, not a date', 'I do not know what this charge of 12.50 is.', ['card_last4', 'transaction_date']],
  ])('reads %s', async (_case, description, missing) => {
    expect(await missingFor('card_payment_not_recognised', description)).toEqual(missing);
  });

  it('takes "A7K-99120" as an order number and "1299 dollars" as an amount, not an order number', async () => {
    expect(await missingFor('order_status', 'Where is order A7K-99120?')).toEqual([]);
    expect(await missingFor('order_status', 'My parcel worth 1299 dollars has not arrived.')).toEqual(['order_number']);
  });

  it('does not take a narrative for steps to reproduce', async () => {
    const narrative = 'I was using the app on the train yesterday and it was really slow, then later it closed. Android 14.';
    expect(await missingFor('bug_report', narrative)).toEqual(['steps_to_reproduce']);
    expect(await missingFor('bug_report', 'Android 14: when I tap Export, then choose PDF, the screen goes white.')).toEqual([]);
  });

  it('asks in Polish for a Polish ticket', async () => {
    const output = await agent.run({
      ...agentContext(ticket({ subject: '', customer: { id: 'c-1', tier: 'standard' }, description: 'Zgubiłem kartę wczoraj wieczorem w tramwaju, proszę ją zablokować.' })),
      earlier: { triage: triagedAs('lost_or_stolen_card') },
    });
    expect(output.result.language).toBe('pl');
    expect(output.result.askMessage).toContain('Jakie są 4 ostatnie cyfry karty?');
  });
});
