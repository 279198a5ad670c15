import { readFileSync } from 'node:fs';
import { classifyInboundMail } from '../src/email/inbound/mail-classification.js';
import { MalformedMailError, parseInboundMail } from '../src/email/inbound/parsed-mail.js';
import { stripQuotedText } from '../src/email/inbound/strip-quoted-text.js';
import { replyAddress, ticketIdInAddresses } from '../src/email/threading/reply-address.js';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/email/${name}`, import.meta.url));
const OWN = 'support@acme.example';

describe('inbound email parsing', () => {
  it('reads a Gmail message: sender, ids, text without the signature', async () => {
    const mail = await parseInboundMail(fixture('gmail-new-ticket.eml'));
    expect(mail.from).toEqual({ address: 'dana@example.com', name: 'Dana Whitfield' });
    expect(mail.messageId).toBe('<CAJ8vKp3Xq=Tn4sG2vH0dPqLw7hR+5xk@mail.gmail.com>');
    expect(classifyInboundMail(mail, [OWN])).toBeUndefined();
    const body = stripQuotedText(mail.text);
    expect(body).toContain('It ends in 4242.');
    expect(body).toContain('Thanks – Dana');
    expect(body).not.toContain('+44 20 7946 0958');
  });

  it('decodes an Apple Mail message in ISO-8859-1 with an inline image', async () => {
    const mail = await parseInboundMail(fixture('apple-mail-inline-image.eml'));
    expect(mail.from).toEqual({ address: 'lea@example.fr', name: 'Léa François' });
    expect(mail.subject).toBe('Problème de virement');
    expect(stripQuotedText(mail.text)).toBe("Bonjour,\n\nMon virement de 150 € n'est pas arrivé. Voici la capture d'écran.\n\nMerci,\nLéa");
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: 'capture.png', contentType: 'image/png', inline: true })]);
  });

  it('cuts the quoted history of an Outlook reply in Windows-1252', async () => {
    const raw = fixture('outlook-reply.eml.template')
      .toString('latin1')
      .replaceAll('{{SUBJECT}}', 'Re: My card was stolen [SUP-1]')
      .replaceAll('{{REFERENCES}}', '<a@x> <b@y>')
      .replaceAll('{{IN_REPLY_TO}}', '<b@y>')
      .replaceAll('{{QUOTED}}', 'We have blocked your card.');
    const mail = await parseInboundMail(Buffer.from(raw, 'latin1'));
    expect(mail.inReplyTo).toBe('<b@y>');
    expect(mail.references).toEqual(['<a@x>', '<b@y>']);
    expect(stripQuotedText(mail.text)).toBe('Thank you. Please send the new card to my home address – and refund the 25€ fee.\n\nDana');
  });

  it('cuts "On … wrote:" history and "> " lines', () => {
    const text = 'Yes, that worked.\n\nOn Thu, 3 Dec 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> We have blocked your card.\n> Best';
    expect(stripQuotedText(text)).toBe('Yes, that worked.');
  });

  it('recognises bounces, auto-replies and our own mail', async () => {
    expect(classifyInboundMail(await parseInboundMail(fixture('bounce.eml')), [OWN])).toBe('bounce');
    expect(classifyInboundMail(await parseInboundMail(fixture('out-of-office.eml')), [OWN])).toBe('auto_reply');
    const ours = await parseInboundMail(Buffer.from('From: Acme <support@acme.example>\r\nTo: dana@example.com\r\nSubject: Re: x\r\n\r\nhello\r\n'));
    expect(classifyInboundMail(ours, [OWN])).toBe('loop');
  });

  it('refuses a message without a sender', async () => {
    await expect(parseInboundMail(fixture('malformed.eml'))).rejects.toBeInstanceOf(MalformedMailError);
  });

  it('carries the ticket id in a sub-address of the team address', () => {
    const id = '1b4e28ba-2fa1-4d2e-8f3a-0c2b3d4e5f60';
    const address = replyAddress('Acme Support <support@acme.example>', id);
    expect(address).toBe(`support+${id}@acme.example`);
    expect(ticketIdInAddresses(OWN, ['someone@else.example', address])).toBe(id);
    expect(ticketIdInAddresses(OWN, ['support+not-an-id@acme.example', `other+${id}@acme.example`])).toBeUndefined();
  });
});
