/**
 * @jest-environment jsdom
 */
import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { TicketActions } from '../components/ticket-actions';
import { useTicketMoves } from '../hooks/use-ticket-moves';
import type { StaffMember, TicketDetail } from '../ticket-types';

const STAFF: StaffMember[] = [
  { id: 'u-sam', name: 'Sam Reyes', email: 'sam@support.local', role: 'agent', active: true, teams: [{ id: 't-cards', name: 'Cards' }] },
  { id: 'u-ana', name: 'Ana Lima', email: 'ana@support.local', role: 'lead', active: true, teams: [{ id: 't-billing', name: 'Billing' }] },
];
const TICKET = { id: 'tk-1', status: 'OPEN', assigneeId: null } as unknown as TicketDetail;

function Actions({ onChanged }: { onChanged: () => void }) {
  const moves = useTicketMoves(TICKET.id, TICKET.status, onChanged);
  return <TicketActions ticket={TICKET} moves={moves} staff={STAFF} myId="agent@support.local" />;
}

describe('TicketActions', () => {
  it('offers teammates by team, and "Me" once for someone outside the directory', () => {
    const { client } = fakeApiClient({});
    render(
      <ApolloProvider client={client}>
        <Actions onChanged={() => undefined} />
      </ApolloProvider>,
    );
    const select = screen.getByLabelText('Assignee');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Unassigned', 'Me', 'Ana Lima', 'Sam Reyes']);
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).toEqual(['Billing', 'Cards']);
    expect(select.textContent).not.toContain('Me (');
  });

  it('asks for a reason before escalating, and keeps it as an internal note after the move', async () => {
    const { client, requests } = fakeApiClient({
      ChangeTicketStatus: () => ({ changeTicketStatus: { id: 'tk-1', status: 'ESCALATED', version: 3 } }),
      AddMessage: () => ({ addMessage: { id: 'tk-1', status: 'ESCALATED' } }),
    });
    const onChanged = jest.fn();
    render(
      <ApolloProvider client={client}>
        <Actions onChanged={onChanged} />
      </ApolloProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Escalate…' }));
    expect(requests).toEqual([]);
    fireEvent.change(screen.getByLabelText('Why escalate? (an internal note for the specialist)'), { target: { value: 'Chargeback over 500 EUR' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Escalate' })));
    expect(requests).toEqual([
      { operation: 'ChangeTicketStatus', variables: { id: 'tk-1', status: 'ESCALATED' } },
      { operation: 'AddMessage', variables: { ticketId: 'tk-1', input: { body: 'Escalated: Chargeback over 500 EUR', internal: true } } },
    ]);
    expect(onChanged).toHaveBeenCalled();
  });
});
