/**
 * @jest-environment jsdom
 */
import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { ReplyComposer } from '../components/reply-composer';
import { joinChunks } from '../../live/join-chunks';
import { citedArticles, replyDraftOf, splitPassageMarkers, withoutPassageMarkers } from '../reply-draft-result';

describe('ReplyComposer', () => {
  it('drafts with AI, puts the finished draft in the editor with its citations, and sends the edited text', async () => {
    // The run as the API reports it once finished (what polling finds, and what a stream's last chunk triggers a read of).
    const { client, requests } = fakeApiClient({
      DraftReply: () => ({ draftReply: { id: 'run-1', status: 'QUEUED' } }),
      ReplyDraftRun: () => ({
        agentRun: { id: 'run-1', status: 'SUCCEEDED', output: { text: 'Please retry the payment.', citations: [{ id: 'a1', title: 'Card declines' }] }, error: null },
      }),
      AddMessage: () => ({ addMessage: { id: 't-1', status: 'OPEN' } }),
      RateDraft: () => ({ rateDraft: { runId: 'run-1', outcome: 'EDITED', editDistance: 5 } }),
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
    // Shown once: in the reply box, not again in the draft panel; the cited article is a link, not an id.
    expect(screen.getAllByText('Please retry the payment.')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Card declines' }).getAttribute('href')).toBe('/knowledge/articles/a1');

    fireEvent.change(screen.getByLabelText('Reply to the customer'), { target: { value: 'Please retry the payment, Ann.' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send reply' })));
    // The reply, then what the agent did with the draft (the server computes the edit distance).
    expect(requests.slice(-2)).toEqual([
      { operation: 'AddMessage', variables: { ticketId: 't-1', input: { body: 'Please retry the payment, Ann.', internal: false } } },
      { operation: 'RateDraft', variables: { runId: 'run-1', outcome: 'EDITED', sentText: 'Please retry the payment, Ann.', idempotencyKey: 'draft-run-1-sent' } },
    ]);
    expect(onSent).toHaveBeenCalled();
  });

  it('keeps what the agent already wrote: the draft waits beside it until "Use this draft"', async () => {
    const { client } = fakeApiClient({
      DraftReply: () => ({ draftReply: { id: 'run-2', status: 'QUEUED' } }),
      ReplyDraftRun: () => ({
        agentRun: { id: 'run-2', status: 'SUCCEEDED', output: { text: 'Refunds take 5 to 10 business days.', citations: [{ id: 'a2', title: 'How refunds work' }] }, error: null },
      }),
    });
    render(
      <ApolloProvider client={client}>
        <ReplyComposer ticketId="t-1" onSent={() => undefined} />
      </ApolloProvider>,
    );
    fireEvent.change(screen.getByLabelText('Reply to the customer'), { target: { value: 'Hi Ann,' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Draft with AI' })));
    await screen.findByText('Refunds take 5 to 10 business days.');
    expect((screen.getByLabelText('Reply to the customer') as HTMLTextAreaElement).value).toBe('Hi Ann,');
    fireEvent.click(screen.getByRole('button', { name: 'Use this draft' }));
    expect((screen.getByLabelText('Reply to the customer') as HTMLTextAreaElement).value).toBe('Refunds take 5 to 10 business days.');
    expect(screen.getAllByText('Refunds take 5 to 10 business days.')).toHaveLength(1);
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
    // Besides the macros the reply box offers, one request: the note.
    expect(requests.filter((request) => request.operation !== 'Macros')).toEqual([{ operation: 'AddMessage', variables: { ticketId: 't-1', input: { body: 'VIP, be quick', internal: true } } }]);
  });

  it('inserts a macro filled in for the ticket on /shortcut and Tab, and applies its actions when the reply is sent', async () => {
    const { client, requests } = fakeApiClient({
      Macros: () => ({ macros: [{ id: 'm-1', name: 'Refund on its way', shortcut: 'refund' }] }),
      RenderMacro: () => ({ renderMacro: { macroId: 'm-1', language: 'en', text: 'Hello Ann, your refund for SUP-7 is on its way.' } }),
      ApplyMacro: () => ({ applyMacro: { macroId: 'm-1', language: 'en', text: 'Hello Ann, your refund for SUP-7 is on its way.' } }),
      AddMessage: () => ({ addMessage: { id: 't-1', status: 'OPEN' } }),
    });
    render(
      <ApolloProvider client={client}>
        <ReplyComposer ticketId="t-1" onSent={() => undefined} />
      </ApolloProvider>,
    );
    await waitFor(() => expect(screen.getByRole('option', { name: '/refund — Refund on its way' })).toBeTruthy());
    const box = screen.getByLabelText('Reply to the customer') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Thanks! /refund' } });
    await act(async () => fireEvent.keyDown(box, { key: 'Tab' }));
    await waitFor(() => expect(box.value).toBe('Thanks!\nHello Ann, your refund for SUP-7 is on its way.'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send reply' })));
    await waitFor(() => expect(requests.at(-1)).toEqual({ operation: 'ApplyMacro', variables: { macroId: 'm-1', ticketId: 't-1', language: null } }));
  });
});

describe('joinChunks', () => {
  it('joins by seq whatever the arrival order, once per seq', () => {
    expect(
      joinChunks([
        { seq: 1, delta: 'lo ', done: false },
        { seq: 0, delta: 'Hel', done: false },
        { seq: 1, delta: 'lo ', done: false },
        { seq: 2, delta: 'there', done: true },
      ]),
    ).toBe('Hello there');
  });
});

describe('replyDraftOf', () => {
  it('reads the typed AgentRun.draft, one link per cited article', () => {
    const article = { id: 'a2', externalId: 'kb-9', title: 'How refunds work' };
    const draft = {
      text: 'Refunds take 5 to 10 business days.',
      language: 'en',
      grounded: true,
      confidence: 0.8,
      citations: [
        { article, chunkId: 'c1', quote: '5 to 10 business days' },
        { article, chunkId: 'c2', quote: 'arrives at our warehouse' },
      ],
    };
    expect(replyDraftOf({ draft, output: { text: 'ignored' } })).toBe(draft);
    expect(citedArticles(draft.citations)).toEqual([article]);
  });

  it('falls back to the untyped output of older APIs', () => {
    expect(replyDraftOf({ output: { text: 'Hello', citations: [{ id: 'art-1#2', title: 'Card declines' }, { id: 'a1', title: 'Refunds' }] } })).toEqual({
      text: 'Hello',
      language: null,
      grounded: null,
      confidence: null,
      citations: [
        { article: { id: 'art-1', externalId: null, title: 'Card declines' }, chunkId: 'art-1#2', quote: null },
        { article: { id: 'a1', externalId: null, title: 'Refunds' }, chunkId: null, quote: null },
      ],
    });
    expect(replyDraftOf({ output: null })).toBeNull();
  });
});

describe('withoutPassageMarkers', () => {
  it('drops the ids a drafter cites passages with, keeping the words', () => {
    expect(withoutPassageMarkers('Check the card details [art-04f04273-8f00-443f-b6cd-1c2d3e4f5a6b#0]. Or retry [kb-12].\n\nSources: Card declines [art-04f04273-8f00-443f-b6cd-1c2d3e4f5a6b]')).toBe(
      'Check the card details. Or retry.\n\nSources: Card declines',
    );
    expect(withoutPassageMarkers('Press [Pay now] to retry.')).toBe('Press [Pay now] to retry.');
  });
});

describe('splitPassageMarkers', () => {
  it('turns article passage markers into article ids for links, dropping other markers', () => {
    expect(splitPassageMarkers('Retry the card [art-9f2c#1]. Or wait [tkt-77a1#0]. Done')).toEqual([
      { text: 'Retry the card' },
      { articleId: 'art-9f2c' },
      { text: '. Or wait' },
      { text: '. Done' },
    ]);
    expect(splitPassageMarkers('No markers here')).toEqual([{ text: 'No markers here' }]);
  });
});
