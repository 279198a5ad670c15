import { customerFixMessage, internalFixNote } from '../src/notify/fix-shipped-messages.js';
import type { IssueRecord } from '../src/domain/roadmap-records.js';
import { similarIssues } from '../src/services/issue-similarity.js';
import { ERASED_CONVERSATION, ticketIssueDescription, withoutTicketConversation } from '../src/services/ticket-issue-description.js';

function issue(summary: string, overrides: Partial<IssueRecord> = {}): IssueRecord {
  return {
    id: summary, key: summary, remoteId: null, projectKey: 'SUP', type: 'Bug', summary, description: '', status: 'To Do', statusCategory: 'new',
    assignee: null, component: null, labels: '[]', parentKey: null, sprintId: null, fixVersionId: null, sourceTicketId: null, revision: 1, pushedRevision: 1,
    createdAt: new Date(), updatedAt: new Date(), ...overrides,
  };
}

describe('an issue made from a ticket', () => {
  it('carries the redacted conversation and the reproduction steps still needed', () => {
    const description = ticketIssueDescription(
      {
        id: 't', number: 42, subject: 'Export', description: 'Export crashes; mail me at kim@example.com', customerId: 'c', customerTier: 'FREE', language: 'en', sentiment: null,
        customerMessages: ['Export crashes; mail me at kim@example.com', 'Still broken, call +1 415 555 0100'],
        missingInformation: ['Which browser do you use?'],
      },
      'Seen twice today.',
    );
    expect(description.split('\n')[0]).toBe('Seen twice today.');
    expect(description).toContain('From support ticket #42.');
    expect(description).toContain('Which browser do you use?');
    expect(description).not.toContain('kim@example.com');
    expect(description).not.toContain('555 0100');
  });

  it('loses the conversation on erasure, keeping the agent’s words and the open questions', () => {
    const description = ticketIssueDescription(
      {
        id: 't', number: 42, subject: 'Export', description: 'Export crashes on my orange invoices', customerId: 'c', customerTier: 'FREE', language: 'en', sentiment: null,
        customerMessages: ['Export crashes on my orange invoices', 'Still broken on the orange ones'],
        missingInformation: ['Which browser do you use?'],
      },
      'Seen twice today.',
    );
    const erased = withoutTicketConversation(description);
    expect(erased).not.toContain('orange');
    expect(erased).toBe(['Seen twice today.', '', 'From support ticket #42.', '', ERASED_CONVERSATION, '', 'Reproduction steps still needed:', '- Which browser do you use?'].join('\n'));
    expect(withoutTicketConversation(erased)).toBe(erased);
    // Headings edited away: nothing tells the conversation apart, so all of it goes.
    expect(withoutTicketConversation('rewritten by hand, orange invoices')).toBe(ERASED_CONVERSATION);
  });
});

describe('suggested issues', () => {
  it('ranks open issues by how they read like the ticket, leaving out done ones and epics', () => {
    const issues = [
      issue('Invoice PDF export crashes'),
      issue('Password reset email never arrives'),
      issue('PDF export crashes on large invoices', { statusCategory: 'done' }),
      issue('Invoices and exports', { type: 'Epic' }),
    ];
    const found = similarIssues('The invoice PDF export crashed again', issues, 5);
    expect(found.map((candidate) => candidate.issue.summary)).toEqual(['Invoice PDF export crashes']);
    expect(found[0]!.score).toBeGreaterThan(0.5);
    expect(similarIssues('Nothing in common here', issues, 5)).toEqual([]);
  });
});

describe('fix-shipped messages', () => {
  it('speaks the customer’s language, English when it is not known', () => {
    expect(customerFixMessage('de-DE', '2.4.0')).toContain('Version 2.4.0');
    expect(customerFixMessage('fr', null)).toMatch(/^Bonne nouvelle/);
    expect(customerFixMessage('xx', '1.0')).toContain('has shipped in 1.0');
    expect(internalFixNote('SUP-1', 'released', '2.4.0')).toBe('Linked issue SUP-1: fix version 2.4.0 was released.');
  });
});
