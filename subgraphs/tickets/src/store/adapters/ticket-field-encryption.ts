import { blindIndex, envelopeKeyId, FieldEnvelopes, type Keyring } from '@support-graph/runtime';
import type { CustomerRecord, MessageRecord, TicketRecord } from '../ticket-records.js';
import type { CustomerDraft } from '../ticket-store.js';
import type { StoredCustomerRecord, StoredTicketRecord } from './stored-records.js';

/** Field names bound into each envelope (with the record id): an envelope only opens where it was written. */
const CUSTOMER_EMAIL = 'customers.email';
const CUSTOMER_NAME = 'customers.name';
const MESSAGE_BODY = 'tickets.messages.body';

/** What the census counts a value under when it is not an envelope yet. */
export const PLAINTEXT = 'plaintext';

const messageContext = (ticketId: string, messageId: string) => ({ field: MESSAGE_BODY, recordId: `${ticketId}/${messageId}` });

/**
 * The boundary between the records the rest of the subgraph sees (plaintext) and the rows the
 * database holds (envelopes + blind index). Everything the store writes goes through `seal*`,
 * everything it returns through `open*`, so plaintext never reaches SQLite or MongoDB.
 */
export class TicketFieldEncryption {
  private readonly envelopes: FieldEnvelopes;
  /** The envelope each opened message came from and the body it held, so an unchanged message is not re-encrypted. */
  private readonly openedFrom = new WeakMap<MessageRecord, { readonly envelope: string; readonly body: string }>();

  constructor(private readonly keyring: Keyring) {
    this.envelopes = new FieldEnvelopes(keyring);
  }

  activeKeyId(): string {
    return this.keyring.activeKey().id;
  }

  emailIndex(email: string): string {
    return blindIndex(this.keyring, CUSTOMER_EMAIL, email);
  }

  sealCustomer(draft: CustomerDraft & Pick<CustomerRecord, 'tier'>): StoredCustomerRecord {
    return {
      id: draft.id,
      email: this.envelopes.encrypt(draft.email, { field: CUSTOMER_EMAIL, recordId: draft.id }),
      emailIndex: this.emailIndex(draft.email),
      name: this.envelopes.encrypt(draft.name, { field: CUSTOMER_NAME, recordId: draft.id }),
      tier: draft.tier,
      createdAt: draft.createdAt,
    };
  }

  openCustomer(stored: StoredCustomerRecord): CustomerRecord {
    return {
      id: stored.id,
      email: this.envelopes.decrypt(stored.email, { field: CUSTOMER_EMAIL, recordId: stored.id }),
      name: this.envelopes.decrypt(stored.name, { field: CUSTOMER_NAME, recordId: stored.id }),
      tier: stored.tier,
      createdAt: stored.createdAt,
    };
  }

  openTicket(stored: StoredTicketRecord): TicketRecord {
    return {
      ...stored,
      messages: stored.messages.map((message) => {
        const opened = { ...message, body: this.envelopes.decrypt(message.body, messageContext(stored.id, message.id)) };
        this.openedFrom.set(opened, { envelope: message.body, body: opened.body });
        return opened;
      }),
      history: stored.history.map((entry) => ({ ...entry })),
      tags: [...stored.tags],
    };
  }

  /**
   * A row read for answering, not for changing: message bodies are decrypted when `messages` is
   * first read and once per row (a list that does not ask for the conversation decrypts nothing).
   * Writes open with `openTicket`, which remembers envelopes for `sealMessages`.
   */
  openTicketForReading(stored: StoredTicketRecord): TicketRecord {
    const envelopes = this.envelopes;
    let messages: MessageRecord[] | undefined;
    const ticket = { ...stored, history: stored.history, tags: stored.tags } as TicketRecord;
    Object.defineProperty(ticket, 'messages', {
      enumerable: true,
      get: () => (messages ??= stored.messages.map((message) => ({ ...message, body: envelopes.decrypt(message.body, messageContext(stored.id, message.id)) }))),
    });
    return ticket;
  }

  /**
   * The stored messages for `messages` (plaintext). A message opened by `openTicket` whose body did
   * not change keeps its envelope, so an update does not re-encrypt a whole conversation — unless
   * that envelope is under a key that is no longer active, so writers never put old-key envelopes
   * back behind a rotation.
   */
  sealMessages(ticketId: string, messages: readonly MessageRecord[]): MessageRecord[] {
    return messages.map((message) => {
      const opened = this.openedFrom.get(message);
      const reusable = opened && opened.body === message.body && !this.envelopes.isStale(opened.envelope);
      return { ...message, body: reusable ? opened.envelope : this.envelopes.encrypt(message.body, messageContext(ticketId, message.id)) };
    });
  }

  /** Customer fields brought to the active key (plaintext encrypted, older envelopes re-encrypted); undefined when already there. */
  customerToActiveKey(stored: StoredCustomerRecord): Pick<StoredCustomerRecord, 'email' | 'name' | 'emailIndex'> | undefined {
    if (!this.envelopes.isStale(stored.email) && !this.envelopes.isStale(stored.name) && stored.emailIndex !== null) return undefined;
    const email = this.envelopes.toActiveKey(stored.email, { field: CUSTOMER_EMAIL, recordId: stored.id });
    return {
      email,
      name: this.envelopes.toActiveKey(stored.name, { field: CUSTOMER_NAME, recordId: stored.id }),
      emailIndex: this.emailIndex(this.envelopes.decrypt(email, { field: CUSTOMER_EMAIL, recordId: stored.id })),
    };
  }

  /** Message bodies brought to the active key; undefined when every one is already there. */
  messagesToActiveKey(stored: StoredTicketRecord): MessageRecord[] | undefined {
    if (!stored.messages.some((message) => this.envelopes.isStale(message.body))) return undefined;
    return stored.messages.map((message) => ({ ...message, body: this.envelopes.toActiveKey(message.body, messageContext(stored.id, message.id)) }));
  }

  /** Key ids (or `plaintext`) of every sensitive value of a customer and a ticket: what rotation counts before retiring keys. */
  keyIdsOfCustomer(stored: StoredCustomerRecord): string[] {
    return [stored.email, stored.name].map(keyIdOrPlaintext);
  }

  keyIdsOfTicket(stored: StoredTicketRecord): string[] {
    return stored.messages.map((message) => keyIdOrPlaintext(message.body));
  }
}

function keyIdOrPlaintext(value: string): string {
  return envelopeKeyId(value) ?? PLAINTEXT;
}
