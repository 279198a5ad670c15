import { randomBytes } from 'node:crypto';
import { editDistance } from '../src/signals/edit-distance.js';
import { SurveyLinkSigner } from '../src/signals/survey-link-signer.js';

describe('survey links', () => {
  const signer = new SurveyLinkSigner(randomBytes(32));
  const claim = { ticketId: 'ticket-1', expiresAt: new Date(Date.now() + 60_000) };

  it('opens the survey of the ticket it names until it expires', () => {
    expect(signer.verify(signer.sign(claim))).toEqual(claim);
    expect(signer.verify(signer.sign(claim), new Date(Date.now() + 120_000))).toBeNull();
  });

  it('refuses a changed, foreign or malformed link', () => {
    const [payload, mac] = signer.sign(claim).split('.');
    const otherTicket = Buffer.from(JSON.stringify({ t: 'ticket-2', e: claim.expiresAt.getTime() })).toString('base64url');
    expect(signer.verify(`${otherTicket}.${mac}`)).toBeNull();
    expect(signer.verify(new SurveyLinkSigner(randomBytes(32)).sign(claim))).toBeNull();
    for (const token of ['', 'abc', `${payload}`, `${payload}.${mac}.x`, `!!.${mac}`]) expect(signer.verify(token)).toBeNull();
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions in code points', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('Hello 👋', 'Hello 🙂')).toBe(1);
  });
});
