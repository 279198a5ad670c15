import { createLanguageAgent } from '../../src/agents/language/language-agent.js';
import { detectLanguage } from '../../src/agents/language/language-detection.js';
import { agentContext, ticket } from './agent-test-kit.js';

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
