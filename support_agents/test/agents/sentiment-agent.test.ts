import { analyseSentiment } from '../../src/agents/sentiment/sentiment-analysis.js';
import { createSentimentAgent } from '../../src/agents/sentiment/sentiment-agent.js';
import { agentContext, customerSays, ticket } from './agent-test-kit.js';

describe('sentiment agent', () => {
  it('scores praise positive and a plain question neutral', () => {
    expect(analyseSentiment('Thank you, the support was excellent and very helpful!', 1)).toMatchObject({ label: 'positive' });
    expect(analyseSentiment('How do I change the address on my account?', 1)).toMatchObject({ label: 'neutral', score: 0, cues: [] });
  });

  it('flips a negated word and lets an intensifier strengthen one', () => {
    const good = analyseSentiment('The app is good', 1).score;
    const notGood = analyseSentiment('The app is not good', 1).score;
    const veryBad = analyseSentiment('The app is very bad', 1).score;
    const bad = analyseSentiment('The app is bad', 1).score;
    expect(good).toBeGreaterThan(0);
    expect(notGood).toBeLessThan(0);
    expect(veryBad).toBeLessThan(bad);
    expect(analyseSentiment("Ce n'est pas bon du tout", 1).label).toBe('negative');
  });

  it('reads an angry, repeated, urgent message as frustrated and urgent, naming the cues', () => {
    const result = analyseSentiment(
      'THIS IS THE THIRD TIME I WRITE!!! Your service is useless and I need my money back today.',
      1,
    );
    expect(result.label).toBe('negative');
    expect(result.cues).toEqual(expect.arrayContaining(['ALL CAPS', '!!!', 'repeated contact', 'deadline words']));
    expect(result.frustration).toBeGreaterThan(0.7);
    expect(result.urgency).toBeGreaterThan(0.6);
  });

  it('keeps negation inside its sentence', () => {
    expect(analyseSentiment('Nobody answered. Unacceptable.', 1).label).toBe('negative');
    expect(analyseSentiment('Not good. Excellent support otherwise.', 1).label).toBe('positive');
  });

  it.each(['Thanks for nothing.', 'Merci pour rien.', 'Gracias por nada.', 'Danke für nichts.', 'Grazie per niente.', 'Obrigado por nada.', 'Bedankt voor niks.', 'Dziękuję za nic.'])(
    'reads ironic thanks as negative: %p',
    (text) => expect(analyseSentiment(text, 1).label).toBe('negative'),
  );

  it.each(["I can't thank you enough!", 'Je ne vous remercierai jamais assez !', 'Ich kann Ihnen gar nicht genug danken!', 'Nie wiem, jak wam dziękować!'])(
    'reads overflowing thanks as positive although it holds a negation: %p',
    (text) => expect(analyseSentiment(text, 1).label).toBe('positive'),
  );

  it('reads praise next to a bad event as sarcasm, and names the cue for escalation', () => {
    const result = analyseSentiment('Great, another week without my money. Just great.', 1);
    expect(result.label).toBe('negative');
    expect(result.cues).toContain('sarcasm');
    expect(analyseSentiment('Great, the card works again. Thanks!', 1).label).toBe('positive');
  });

  it('leaves a plain problem report neutral, thanks included', () => {
    for (const text of ['My card was declined yesterday.', 'The top-up failed with error 402.', 'Hello, thank you. My card was charged 15,99 € twice on 3 March.']) {
      expect(analyseSentiment(text, 1).label).toBe('neutral');
    }
  });

  it('does not take one acronym for shouting', () => {
    expect(analyseSentiment('The ATM kept my card', 1).cues).not.toContain('ALL CAPS');
  });

  it('counts many customer messages as repeated contact, and is deterministic', async () => {
    const agent = createSentimentAgent();
    const angry = ticket({
      description: 'Where is my refund?',
      messages: [customerSays('Where is my refund?', 0), customerSays('Any news?', 10), customerSays('Hello??', 20)],
    });
    const first = await agent.run(agentContext(angry));
    const second = await agent.run(agentContext(angry));
    expect(first.result.cues).toContain('repeated contact');
    expect(second.result).toEqual(first.result);
    expect(first.stage).toBe('lexicon');
  });
});
