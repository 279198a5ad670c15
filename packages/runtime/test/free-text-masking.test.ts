import { maskFreeText } from '../src/access/pii-masking.js';

describe('free text as an analyst sees it', () => {
  it('masks cards, phones and emails as before', () => {
    expect(maskFreeText('card 4111 1111 1111 1111 phone +33 6 12 34 56 78, mail dana@example.com')).toBe('card [CARD] phone [PHONE], mail [EMAIL]');
  });

  it("masks the customer's own name wherever it appears, whole words only, any case", () => {
    expect(maskFreeText('Dana Scully here; SCULLY is my surname. Danalytics is a product.', ['Dana Scully'])).toBe(
      '[NAME] here; [NAME] is my surname. Danalytics is a product.',
    );
  });

  it('masks names given in an introduction or a sign-off, in several languages', () => {
    expect(maskFreeText("Hi, I'm Fox Mulder and my card was declined.")).toBe("Hi, I'm [NAME] and my card was declined.");
    expect(maskFreeText('Bonjour, je m’appelle Anne-Marie Dubois.'.replace('’', "'"))).toBe("Bonjour, je m'appelle [NAME].");
    expect(maskFreeText('Die Karte geht nicht.\nViele Grüße\nJürgen Müller')).toBe('Die Karte geht nicht.\nViele Grüße\n[NAME]');
    expect(maskFreeText('Still waiting.\n\nThanks,\nWalter')).toBe('Still waiting.\n\nThanks,\n[NAME]');
  });

  it('leaves ordinary prose alone', () => {
    const text = 'The transfer I made on Monday has not arrived. Is this normal for Visa payments?';
    expect(maskFreeText(text)).toBe(text);
  });
});
