import { redactAuditDetails } from '../src/audit/audit-details.js';

/** Passes Luhn: a card number to `redactPii`. */
const CARD_DIGITS = '4111111111111111';

describe('redactAuditDetails', () => {
  it('redacts personal data in free strings', () => {
    expect(redactAuditDetails({ note: 'asked by dana@example.com, card 4111 1111 1111 1111' })).toEqual({ note: 'asked by [EMAIL], card [CARD]' });
  });

  it('redacts inside nested objects and arrays', () => {
    expect(redactAuditDetails({ labels: ['ok', 'mail dana@example.com'], peer: { reason: 'dana@example.com', count: 2 } })).toEqual({
      labels: ['ok', 'mail [EMAIL]'],
      peer: { reason: '[EMAIL]', count: 2 },
    });
  });

  it('passes values under identifier keys (…Id, …Ids, …Sha256, …Hash) unchanged, at any depth', () => {
    const details = {
      ticketId: `t-${CARD_DIGITS}`,
      ticketIds: [CARD_DIGITS, 'b'],
      inputSha256: CARD_DIGITS,
      outputHash: CARD_DIGITS,
      peer: { customerId: CARD_DIGITS },
    };
    expect(redactAuditDetails(details)).toEqual(details);
  });

  it('does not treat keys that merely contain "Id" as identifiers', () => {
    expect(redactAuditDetails({ Identity: 'dana@example.com', idle: CARD_DIGITS })).toEqual({ Identity: '[EMAIL]', idle: '[CARD]' });
  });

  it('leaves numbers, booleans, null and clean strings as they are', () => {
    const details = { count: 3, cost: 0.25, masked: false, reason: null, fields: ['customer.email', 'messages.body'], action: 'exported' };
    expect(redactAuditDetails(details)).toEqual(details);
  });

  it('does not modify its input', () => {
    const details = { note: 'dana@example.com' };
    redactAuditDetails(details);
    expect(details).toEqual({ note: 'dana@example.com' });
  });
});
