/**
 * @jest-environment jsdom
 */
import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { TicketEditForm } from '../components/ticket-edit-form';
import type { TicketDetail } from '../ticket-types';

const TICKET = { id: 'tk-1', subject: 'Card declined', priority: 'NORMAL', tags: ['card'], version: 4 } as unknown as TicketDetail;

function renderForm(answer: () => unknown) {
  const api = fakeApiClient({ UpdateTicket: answer });
  const onDone = jest.fn();
  render(
    <ApolloProvider client={api.client}>
      <TicketEditForm ticket={TICKET} onDone={onDone} />
    </ApolloProvider>,
  );
  return { ...api, onDone };
}

describe('TicketEditForm', () => {
  it('sends subject, priority and tags with the version it read', async () => {
    const { requests, onDone } = renderForm(() => ({ updateTicket: { id: 'tk-1', subject: 'Card declined twice', priority: 'URGENT', tags: ['card', 'vip'], version: 5, slaDueAt: '2026-12-03T11:00:00Z' } }));
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Card declined twice ' } });
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'URGENT' } });
    fireEvent.change(screen.getByLabelText('Tags (comma or space separated)'), { target: { value: 'card, VIP vip' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' })));
    expect(requests).toEqual([{ operation: 'UpdateTicket', variables: { id: 'tk-1', input: { version: 4, subject: 'Card declined twice', priority: 'URGENT', tags: ['card', 'vip'] } } }]);
    expect(onDone).toHaveBeenCalledWith(true);
  });

  it("shows the API's refusal when someone else changed the ticket first", async () => {
    const { onDone } = renderForm(() => {
      throw new Error('Ticket changed since you read it (version 5, you sent 4)');
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' })));
    expect((await screen.findByRole('alert')).textContent).toContain('Ticket changed since you read it');
    expect(onDone).not.toHaveBeenCalled();
  });
});
