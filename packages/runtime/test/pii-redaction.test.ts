import { redactPii, redactPiiWithCounts } from '../src/pii-redaction.js';

describe('redactPii', () => {
  it.each([
    ['an e-mail', 'Write to jane.doe+billing@example.co.uk today', 'Write to [EMAIL] today'],
    ['a unicode e-mail', 'contact: renée@exemple.fr', 'contact: [EMAIL]'],
    ['a card with spaces', 'card 4111 1111 1111 1111 expires 12/27', 'card [CARD] expires 12/27'],
    ['a card with dashes', 'paid with 5500-0000-0000-0004.', 'paid with [CARD].'],
    ['a card in one run', 'number 4012888888881881', 'number [CARD]'],
    ['an Amex card', 'amex 3782 822463 10005 ok', 'amex [CARD] ok'],
    ['an IBAN with spaces', 'IBAN: DE89 3704 0044 0532 0130 00, thanks', 'IBAN: [IBAN], thanks'],
    ['an IBAN in one run', 'to GB82WEST12345698765432 please', 'to [IBAN] please'],
    ['an SSN', 'my SSN is 123-45-6789', 'my SSN is [SSN]'],
    ['an IPv4 address', 'logged in from 192.168.10.254 twice', 'logged in from [IP] twice'],
    ['an IPv6 address', 'client 2001:db8:85a3::8a2e:370:7334 failed', 'client [IP] failed'],
    ['an international phone number', 'call me at +33 6 12 34 56 78 tomorrow', 'call me at [PHONE] tomorrow'],
    ['North American phone numbers', 'call (415) 555-0100 or 415.555.0199', 'call [PHONE] or [PHONE]'],
    ['a national phone number', 'mon numéro: 06 12 34 56 78', 'mon numéro: [PHONE]'],
    ['a national phone number with the area code in brackets', 'my phone (020) 7946 0958 or (030) 123-4567', 'my phone [PHONE] or [PHONE]'],
  ])('replaces %s', (_kind, input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    ['a number failing Luhn', 'order 4111 1111 1111 1112 shipped'],
    ['an IBAN with a wrong checksum', 'ref GB00WEST12345698765432'],
    ['an impossible SSN', 'codes 666-12-3456 and 923-45-6789'],
    ['an out-of-range dotted quad', 'version 1.2.300.4'],
    ['a date and a time', 'on 2024-01-15 at 10:30:00'],
    ['a short ticket number', 'ticket #48213 and order 12345'],
  ])('keeps %s', (_kind, input) => {
    expect(redactPii(input)).toBe(input);
  });

  it('finds a card even when another number follows it', () => {
    expect(redactPii('4111 1111 1111 1111 12')).toBe('[CARD] 12');
  });

  it('counts what it replaced, never returning the values', () => {
    const { text, counts } = redactPiiWithCounts('a@b.io, c@d.io, 4111111111111111');
    expect(text).toBe('[EMAIL], [EMAIL], [CARD]');
    expect(counts).toEqual({ EMAIL: 2, CARD: 1 });
  });

  it('redacts every occurrence in a 100 kB text', () => {
    const text = 'Hello, my order 12345 from jane@example.com arrived broken; call +1 415 555 0100. '.repeat(1200);
    const { text: redacted, counts } = redactPiiWithCounts(text);
    expect(redacted).not.toContain('jane@example.com');
    expect(counts.EMAIL).toBe(1200);
  });
});
