import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { TICKET_INSIGHTS } from './support/agents-operations.js';
import { DovecotServer, dovecotMissing } from './support/dovecot-server.js';
import { eventually, freePort } from './support/platform-process.js';
import { errorCodes, PlatformFixture } from './support/platform-fixture.js';
import { appendTo, inboxOf, SmtpRelay } from './support/smtp-relay.js';
import { ADD_MESSAGE, GET_TICKET } from './support/ticket-operations.js';

const SUPPORT = 'support@acme.example';
const DANA = 'dana@example.com';
const LEA = 'lea@example.fr';
const PASSWORDS: Record<string, string> = { [SUPPORT]: 'support-pw', [DANA]: 'dana-pw', [LEA]: 'lea-pw' };
const fixture = (name: string) => readFileSync(new URL(`./fixtures/email/${name}`, import.meta.url));
const ATTACHMENTS = `query($id: ID!) { ticket(id: $id) { id attachments { id filename contentType size image source contentBase64 } } }`;
const ADD_ATTACHMENT = `mutation($id: ID!, $input: AddAttachmentInput!) { addAttachment(ticketId: $id, input: $input) { id filename size image source } }`;
const ERASE = `mutation($id: ID!) { eraseCustomer(customerId: $id) { customerId subgraphs { subgraph recordsErased } } }`;
const DELIVERIES = `query($id: ID!) { ticket(id: $id) { messages { id authorRole emailDelivery } } }`;
const EMAIL_TICKETS = `query { tickets(first: 50) { totalCount edges { node { id subject channel customer { email } } } } }`;

const missing = dovecotMissing();
if (missing) console.warn(`email channel tests skipped: ${missing}`);
const describeWithDovecot = missing ? describe.skip : describe;

describeWithDovecot('email channel against Dovecot and SMTP', () => {
  let dovecot: DovecotServer;
  let relay: SmtpRelay;
  let platform: PlatformFixture;
  let agent: string;
  let inboundSmtpPort: number;

  beforeAll(async () => {
    dovecot = await DovecotServer.start(PASSWORDS);
    relay = await SmtpRelay.start(dovecot.port, PASSWORDS);
    inboundSmtpPort = await freePort();
    platform = await PlatformFixture.start({
      EMAIL_IMAP_URL: dovecot.url,
      EMAIL_IMAP_USER: SUPPORT,
      EMAIL_IMAP_PASSWORD: PASSWORDS[SUPPORT]!,
      EMAIL_IMAP_POLL_MS: '200',
      EMAIL_SMTP_URL: relay.url,
      EMAIL_FROM: `Acme Support <${SUPPORT}>`,
      EMAIL_INBOUND_SMTP_PORT: String(inboundSmtpPort),
      EMAIL_MAX_MESSAGE_BYTES: '300000',
      // The agent's reply is then the first answer, threaded right under the customer's mail.
      AGENTS_AUTO_REPLY: 'off',
    });
    agent = await platform.token('agent', 'agent-3@support.local');
  }, 60_000);
  afterAll(async () => {
    await platform?.stop();
    await relay?.stop();
    await dovecot?.stop();
  });

  const deliver = (source: Buffer | string) => appendTo(dovecot.port, SUPPORT, PASSWORDS[SUPPORT]!, source);
  const emailTickets = async () => {
    const response = await platform.graphql(agent, EMAIL_TICKETS);
    expect(response.errors).toBeUndefined();
    return response.data.tickets.edges.map((edge: { node: any }) => edge.node).filter((ticket: any) => ticket.channel === 'EMAIL');
  };
  const inboundCount = async (outcome: string) => {
    const text = await (await fetch(platform.gatewayUrl.replace('/graphql', '/metrics'))).text();
    const line = text.split('\n').find((row) => row.startsWith(`email_messages_total{direction="inbound",outcome="${outcome}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  const mailboxUp = async () => {
    const text = await (await fetch(platform.gatewayUrl.replace('/graphql', '/metrics'))).text();
    const line = text.split('\n').find((row) => row.startsWith(`email_mailbox_up{mailbox="${SUPPORT}@127.0.0.1"}`));
    return line ? Number(line.split(' ').pop()) : undefined;
  };
  const mailTo = async (user: string, match: (mail: ParsedMail) => boolean) =>
    eventually(`mail to ${user}`, async () => {
      for (const source of await inboxOf(dovecot.port, user, PASSWORDS[user]!)) {
        const mail = await simpleParser(source);
        if (match(mail)) return mail;
      }
      return undefined;
    });

  let ticketId: string;
  let leaTicketId: string;
  let agentMail: ParsedMail;

  it('turns a mail to the mailbox into a triaged EMAIL ticket, signature cut', async () => {
    await deliver(fixture('gmail-new-ticket.eml'));
    const [ticket] = await eventually('the email ticket', async () => {
      const found = await emailTickets();
      return found.length > 0 ? found : undefined;
    });
    expect(ticket).toMatchObject({ subject: 'My card was stolen', customer: { email: DANA } });
    ticketId = ticket.id;
    const insights = await eventually('triage', async () => {
      const response = await platform.graphql(agent, TICKET_INSIGHTS, { id: ticketId });
      return response.data?.ticket?.triage ? response.data.ticket : undefined;
    });
    expect(insights.triage).toMatchObject({ category: 'lost_or_stolen_card', decidedBy: 'rules' });
    const full = await platform.graphql(agent, GET_TICKET, { id: ticketId });
    expect(full.data.ticket.description).toContain('please block it. It ends in 4242.');
    expect(full.data.ticket.description).not.toContain('7946');
  });

  it("emails the agent's reply to the customer, threaded under their original", async () => {
    const reply = await platform.graphql(agent, ADD_MESSAGE, { id: ticketId, input: { body: 'We have blocked your card.\n\nA new one is on its way.' } });
    expect(reply.errors).toBeUndefined();
    agentMail = await mailTo(DANA, (mail) => (mail.text ?? '').includes('We have blocked your card.'));
    expect(agentMail.inReplyTo).toBe('<CAJ8vKp3Xq=Tn4sG2vH0dPqLw7hR+5xk@mail.gmail.com>');
    expect(agentMail.references).toEqual('<CAJ8vKp3Xq=Tn4sG2vH0dPqLw7hR+5xk@mail.gmail.com>');
    expect(agentMail.subject).toMatch(/^Re: My card was stolen \[SUP-\d+\]$/);
    expect(agentMail.from?.value[0]?.address).toBe(SUPPORT);
    expect(agentMail.replyTo?.value[0]?.address).toBe(`support+${ticketId}@acme.example`);
    expect(agentMail.html).toContain('<p>We have blocked your card.</p>');
    const delivered = await platform.graphql(agent, DELIVERIES, { id: ticketId });
    expect(delivered.data.ticket.messages.find((message: any) => message.authorRole === 'AGENT').emailDelivery).toBe('SENT');
    expect(delivered.data.ticket.messages.find((message: any) => message.authorRole === 'CUSTOMER')?.emailDelivery ?? null).toBeNull();
  });

  it('retries a reply the relay turns away for now, and records the delivery', async () => {
    relay.refuseNext(2);
    const reply = await platform.graphql(agent, ADD_MESSAGE, { id: ticketId, input: { body: 'Your replacement card was posted today.' } });
    expect(reply.errors).toBeUndefined();
    const mail = await mailTo(DANA, (candidate) => (candidate.text ?? '').includes('replacement card was posted'));
    // The whole thread so far (the AI's replies too, when it wrote), oldest first, the customer's original at the head.
    expect(mail.references?.[0]).toBe('<CAJ8vKp3Xq=Tn4sG2vH0dPqLw7hR+5xk@mail.gmail.com>');
    expect(mail.references).toContain(agentMail.messageId);
    expect(mail.inReplyTo).toBe(mail.references?.at(-1));
    await eventually('the delivery state', async () => {
      const response = await platform.graphql(agent, DELIVERIES, { id: ticketId });
      return response.data.ticket.messages.at(-1).emailDelivery === 'SENT' ? true : undefined;
    });
    // Both refusals were retried: the relay turned nothing else away.
    expect(relay.refusalsLeft).toBe(0);
    // The customer does not see the team's delivery bookkeeping.
    const asDana = await platform.graphql(await platform.token('customer', DANA), DELIVERIES, { id: ticketId });
    expect(errorCodes(asDana)).toContain('FORBIDDEN');
  });

  it("puts the customer's Outlook answer on the same ticket, quoted history cut", async () => {
    const answer = fixture('outlook-reply.eml.template')
      .toString('latin1')
      .replaceAll('{{SUBJECT}}', agentMail.subject ?? '')
      .replaceAll('{{REFERENCES}}', `<CAJ8vKp3Xq=Tn4sG2vH0dPqLw7hR+5xk@mail.gmail.com> ${agentMail.messageId}`)
      .replaceAll('{{IN_REPLY_TO}}', agentMail.messageId ?? '')
      .replaceAll('{{QUOTED}}', 'We have blocked your card.');
    await deliver(Buffer.from(answer, 'latin1'));
    const ticket = await eventually('the answer on the ticket', async () => {
      const response = await platform.graphql(agent, GET_TICKET, { id: ticketId });
      return response.data.ticket.messages.some((message: any) => message.authorRole === 'CUSTOMER') ? response.data.ticket : undefined;
    });
    const answerMessage = ticket.messages.find((message: any) => message.authorRole === 'CUSTOMER');
    expect(answerMessage.body).toBe('Thank you. Please send the new card to my home address – and refund the 25€ fee.\n\nDana');
    expect(await emailTickets()).toHaveLength(1);
  });

  it('threads a forwarded answer by the reply address alone, through the inbound SMTP endpoint', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundSmtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: `Dana <${DANA}>`, to: `support+${ticketId}@acme.example`, subject: 'one more thing', text: 'My address is 1 High Street.' });
    transport.close();
    await eventually('the forwarded answer', async () => {
      const response = await platform.graphql(agent, GET_TICKET, { id: ticketId });
      return response.data.ticket.messages.some((message: any) => message.body === 'My address is 1 High Street.') ? true : undefined;
    });
    expect(await emailTickets()).toHaveLength(1);
  });

  it('creates nothing for a duplicate fetch, a bounce, an auto-reply or malformed MIME', async () => {
    const danaMails = (await inboxOf(dovecot.port, DANA, PASSWORDS[DANA]!)).length;
    const before = { duplicate: await inboundCount('duplicate'), bounce: await inboundCount('bounce'), auto_reply: await inboundCount('auto_reply'), refused: await inboundCount('refused') };
    await deliver(fixture('gmail-new-ticket.eml'));
    await deliver(fixture('bounce.eml'));
    await deliver(fixture('out-of-office.eml'));
    await deliver(fixture('malformed.eml'));
    for (const outcome of ['duplicate', 'bounce', 'auto_reply', 'refused'] as const) {
      await eventually(`the ${outcome}`, async () => ((await inboundCount(outcome)) > before[outcome] ? true : undefined));
    }
    expect(await emailTickets()).toHaveLength(1);
    // No answer went out to a robot either.
    expect(await inboxOf(dovecot.port, DANA, PASSWORDS[DANA]!)).toHaveLength(danaMails);
  });

  it('refuses a message over the size limit at the SMTP endpoint, storing nothing', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundSmtpPort, secure: false, ignoreTLS: true });
    const huge = Buffer.alloc(400_000, 7);
    await expect(
      transport.sendMail({ from: LEA, to: SUPPORT, subject: 'huge', text: 'see attached', attachments: [{ filename: 'scan.bin', content: huge }] }),
    ).rejects.toMatchObject({ responseCode: 552 });
    transport.close();
    expect(await emailTickets()).toHaveLength(1);
  });

  it('reports a mailbox that stops answering on /ready, and resumes by itself', async () => {
    const ready = async () => {
      const response = await fetch(platform.gatewayUrl.replace('/graphql', '/ready'));
      return { status: response.status, body: (await response.json()) as any };
    };
    expect((await ready()).status).toBe(200);
    await dovecot.pause();
    const down = await eventually('the mailbox down', async () => {
      const state = await ready();
      return state.status === 503 ? state.body : undefined;
    });
    expect(down.dependencies['email-mailbox']).toMatchObject({ ready: false });
    expect(await mailboxUp()).toBe(0);
    await dovecot.resume();
    await eventually('the mailbox back', async () => ((await ready()).status === 200 ? true : undefined));
    expect(await mailboxUp()).toBe(1);
    // And mail that arrives now is read again.
    await deliver(fixture('apple-mail-inline-image.eml'));
    const lea = await eventually('the new ticket', async () => (await emailTickets()).find((ticket: any) => ticket.customer.email === LEA));
    expect(lea.subject).toBe('Problème de virement');
    leaTicketId = lea.id;
  });

  it('keeps the inline image and the original mail, encrypted, for those who may read the ticket', async () => {
    const ticket = await eventually('the attachments', async () => {
      const response = await platform.graphql(agent, ATTACHMENTS, { id: leaTicketId });
      expect(response.errors).toBeUndefined();
      return response.data.ticket.attachments.length === 2 ? response.data.ticket : undefined;
    });
    const image = ticket.attachments.find((file: any) => file.filename === 'capture.png');
    expect(image).toMatchObject({ contentType: 'image/png', image: true, source: 'EMAIL' });
    const sent = (await simpleParser(fixture('apple-mail-inline-image.eml'))).attachments[0]!.content;
    expect(Buffer.from(image.contentBase64, 'base64').equals(sent)).toBe(true);
    const original = ticket.attachments.find((file: any) => file.filename === 'original.eml');
    expect(Buffer.from(original.contentBase64, 'base64').toString('latin1')).toContain('Message-Id: <7A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9@example.fr>');
    // At rest: no file holds the image's bytes or the mail's text in the clear.
    const stored = readdirSync(join(platform.config.DATA_DIR, 'attachments')).map((name) => readFileSync(join(platform.config.DATA_DIR, 'attachments', name)));
    expect(stored.length).toBeGreaterThanOrEqual(2);
    for (const file of stored) {
      expect(file.includes(sent)).toBe(false);
      expect(file.toString('latin1')).not.toContain('virement');
    }
    // Léa reads her own files; Dana does not reach Léa's ticket at all.
    const asLea = await platform.graphql(await platform.token('customer', LEA), ATTACHMENTS, { id: leaTicketId });
    expect(asLea.data.ticket.attachments).toHaveLength(2);
    const asDana = await platform.graphql(await platform.token('customer', DANA), ATTACHMENTS, { id: leaTicketId });
    expect(errorCodes(asDana)).toContain('NOT_FOUND');
    expect(JSON.stringify(asDana.data)).not.toContain(image.contentBase64);
  });

  it('takes a file from the console, and refuses active content or a type that does not match the bytes, storing nothing', async () => {
    const png = (await simpleParser(fixture('apple-mail-inline-image.eml'))).attachments[0]!.content;
    const added = await platform.graphql(agent, ADD_ATTACHMENT, { id: ticketId, input: { filename: '../../screen.png', contentType: 'image/png', contentBase64: png.toString('base64') } });
    expect(added.errors).toBeUndefined();
    expect(added.data.addAttachment).toMatchObject({ filename: 'screen.png', size: png.length, image: true, source: 'UPLOAD' });
    const html = await platform.graphql(agent, ADD_ATTACHMENT, { id: ticketId, input: { filename: 'x.html', contentType: 'text/html', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') } });
    expect(errorCodes(html)).toEqual(['BAD_USER_INPUT']);
    expect(html.errors?.[0]?.message).toMatch(/text\/html is not accepted/);
    const disguised = await platform.graphql(agent, ADD_ATTACHMENT, { id: ticketId, input: { filename: 'x.png', contentType: 'image/png', contentBase64: Buffer.from('MZ\x90\x00 not an image').toString('base64') } });
    expect(errorCodes(disguised)).toEqual(['BAD_USER_INPUT']);
    const listed = await platform.graphql(agent, ATTACHMENTS, { id: ticketId });
    // original.eml of Dana's first mail and of her Outlook answer, her forwarded answer, and the screenshot: nothing of the refused two.
    expect(listed.data.ticket.attachments.map((file: any) => file.filename).sort()).toEqual(['original.eml', 'original.eml', 'original.eml', 'screen.png']);
  });

  it("erases the attachments and the thread with the customer", async () => {
    const admin = await platform.token('admin', 'admin@support.local');
    const customerId = (await platform.graphql(agent, GET_TICKET, { id: leaTicketId })).data.ticket.customer.id;
    const before = readdirSync(join(platform.config.DATA_DIR, 'attachments')).length;
    const erased = await platform.graphql(admin, ERASE, { id: customerId });
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseCustomer.subgraphs).toEqual(expect.arrayContaining([{ subgraph: 'attachments', recordsErased: 2 }, { subgraph: 'email', recordsErased: expect.any(Number) }]));
    const after = await platform.graphql(agent, ATTACHMENTS, { id: leaTicketId });
    expect(after.data.ticket.attachments).toEqual([]);
    expect(readdirSync(join(platform.config.DATA_DIR, 'attachments'))).toHaveLength(before - 2);
    // Dana's files are untouched.
    expect((await platform.graphql(agent, ATTACHMENTS, { id: ticketId })).data.ticket.attachments).toHaveLength(4);
  });
});
