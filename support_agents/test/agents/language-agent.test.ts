import { createLanguageAgent } from '../../src/agents/language/language-agent.js';
import { detectLanguage } from '../../src/agents/language/language-detection.js';
import { createFastTextLanguageIdentifier } from '../../src/agents/language/adapters/fasttext-language-identifier.js';
import { agentContext, customerSays, ticket } from './agent-test-kit.js';

const SHORT_TEXTS: Readonly<Record<string, readonly string[]>> = {
  en: ['Where is my order? It has not arrived yet.', 'I was charged twice for the same thing'],
  fr: ["Où est ma commande ? Elle n'est toujours pas arrivée.", 'Je ne peux pas me connecter à mon compte'],
  es: ['¿Dónde está mi pedido? Todavía no ha llegado.', 'No puedo entrar en mi cuenta desde ayer'],
  de: ['Wo ist meine Bestellung? Sie ist noch nicht angekommen.', 'Ich kann mich nicht in mein Konto einloggen'],
  it: ['Dove si trova il mio ordine? Non è ancora arrivato.', 'Non riesco ad accedere al mio conto da ieri'],
  pt: ['Onde está a minha encomenda? Ainda não chegou.', 'Não consigo entrar na minha conta desde ontem'],
  nl: ['Waar is mijn bestelling? Die is nog niet aangekomen.', 'Ik kan niet inloggen op mijn account sinds gisteren'],
};

describe('language agent', () => {
  for (const [language, texts] of Object.entries(SHORT_TEXTS)) {
    it.each(texts)(`detects ${language} in %p`, (text) => {
      const guess = detectLanguage(text);
      expect(guess.language).toBe(language);
      expect(guess.confidence).toBeGreaterThan(0.15);
    });
  }

  it.each([
    ['pl', 'Nie mogę się zalogować do aplikacji od wczoraj'],
    ['ru', 'Не могу войти в аккаунт после обновления'],
    ['ja', '注文した商品がまだ届きません。'],
    ['it', 'Vorrei passare al piano premium.'],
  ])('identifies %s with the bundled fastText model: %p', async (language, text) => {
    const output = await createLanguageAgent().run(agentContext(ticket({ subject: '', description: text })));
    expect(output.result.language).toBe(language);
    expect(output.stage).toBe('fasttext-lid176');
    expect(output.confidence).toBeGreaterThan(0.5);
  });

  it('gives a two-letter text little confidence, so callers keep their default', async () => {
    const guess = await createFastTextLanguageIdentifier().identify('ok');
    expect(guess.confidence).toBeLessThan(0.15);
  });

  it("takes the ticket's language from all customer messages, not an English subject line", async () => {
    const output = await createLanguageAgent().run(
      agentContext(
        ticket({
          subject: 'Refund',
          description: 'Dzień dobry, zamówiłem kurtkę dwa tygodnie temu i nadal nie dostałem zwrotu pieniędzy.',
          messages: [customerSays('Czy ktoś może mi odpowiedzieć? Czekam już bardzo długo.', 5)],
        }),
      ),
    );
    expect(output.result.language).toBe('pl');
  });

  it('answers und with no confidence for text without words', () => {
    expect(detectLanguage('12345 !!! ???')).toEqual({ language: 'und', confidence: 0 });
  });

  it('reads only what the customer wrote, and reports through the agent interface', async () => {
    const agent = createLanguageAgent();
    const output = await agent.run(
      agentContext(
        ticket({
          subject: 'Commande',
          description: "Bonjour, je n'ai toujours pas reçu ma commande et je voudrais savoir où elle est.",
          messages: [{ authorRole: 'AGENT', body: 'Hello, we are looking into it for you right now.', internal: false, createdAt: '2025-03-01T10:05:00Z' }],
        }),
      ),
    );
    expect(output.result.language).toBe('fr');
    expect(output.usage).toEqual({ inputTokens: 0, outputTokens: 0, costUsd: 0, model: 'local' });
    expect(JSON.parse(JSON.stringify(output.result))).toEqual(output.result);
  });
});
