/**
 * @jest-environment jsdom
 */
import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { ReplyComposer } from '../components/reply-composer';
import { joinReplyChunks } from '../hooks/use-reply-draft';

describe('ReplyComposer', () => {
  it('drafts with AI, puts the finished draft in the editor with its citations, and sends the edited text', async () => {
    // The run as the API reports it once finished (what polling finds, and what a stream's last chunk triggers a read of).
    const { client, requests } = fakeApiClient({
      DraftReply: () => ({ draftReply: { id: 'run-1', status: 'QUEUED' } }),
      ReplyDraftRun: () => ({
        agentRun: { id: 'run-1', status: 'SUCCEEDED', output: { text: 'Please retry the payment.', citations: [{ id: 'a1', title: 'Card declines' }] }, error: null },
      }),
      AddMessage: () => ({ addMessage: { id: 't-1', status: 'OPEN' } }),
    });
    const onSent = jest.fn();
    render(
      <ApolloProvider client={client}>
        <ReplyComposer ticketId="t-1" onSent={onSent} />
      </ApolloProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Draft with AI' })));
    await waitFor(() => expect((screen.getByLabelText('Reply to the customer') as HTMLTextAreaElement).value).toBe('Please retry the payment.'));
    expect(screen.getByText('AI draft ready')).toBeTruthy();
    expect(screen.getByText('Card declines')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Reply to the customer'), { target: { value: 'Please retry the payment, Ann.' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send reply' })));
    expect(requests.at(-1)).toEqual({ operation: 'AddMessage', variables: { ticketId: 't-1', input: { body: 'Please retry the payment, Ann.', internal: false } } });
    expect(onSent).toHaveBeenCalled();
  });

  it('adds an internal note when asked to', async () => {
    const { client, requests } = fakeApiClient({ AddMessage: () => ({ addMessage: { id: 't-1', status: 'OPEN' } }) });
    render(
      <ApolloProvider client={client}>
        <ReplyComposer ticketId="t-1" onSent={() => undefined} />
      </ApolloProvider>,
    );
    fireEvent.click(screen.getByLabelText('Internal note'));
    fireEvent.change(screen.getByLabelText('Internal note (customers never see it)'), { target: { value: 'VIP, be quick' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add note' })));
    expect(requests).toEqual([{ operation: 'AddMessage', variables: { ticketId: 't-1', input: { body: 'VIP, be quick', internal: true } } }]);
  });
});

describe('joinReplyChunks', () => {
  it('joins by seq whatever the arrival order, once per seq', () => {
    expect(
      joinReplyChunks([
        { seq: 1, delta: 'lo ', done: false },
        { seq: 0, delta: 'Hel', done: false },
        { seq: 1, delta: 'lo ', done: false },
        { seq: 2, delta: 'there', done: true },
      ]),
    ).toBe('Hello there');
  });
});
