/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { ProblemForm } from '../components/problem-form';
import { ticketSubjectFrom } from '../ticket-subject';

const ARTICLE = { score: 0.9, snippet: 'Cards are declined when…', article: { id: 'a1', title: 'Why was my card declined?', summary: 'Common reasons' } };

describe('ProblemForm', () => {
  it('suggests articles once typing pauses, then opens a ticket after the customer checks and edits it', async () => {
    const { client, requests } = fakeApiClient({
      SuggestArticles: () => ({ suggestArticles: [ARTICLE] }),
      OpenTicket: () => ({ createTicket: { id: 't-1', number: 'T-1', status: 'NEW' } }),
    });
    render(
      <ApolloProvider client={client}>
        <ProblemForm />
      </ApolloProvider>,
    );
    const field = screen.getByLabelText('What can we help you with?');
    fireEvent.change(field, { target: { value: 'My card' } });
    fireEvent.change(field, { target: { value: 'My card was declined. I tried twice.' } });
    expect(await screen.findByText('Why was my card declined?')).toBeTruthy();
    // Debounced: one search for the settled text, none for the intermediate one.
    expect(requests.filter((request) => request.operation === 'SuggestArticles')).toEqual([
      { operation: 'SuggestArticles', variables: { text: 'My card was declined. I tried twice.' } },
    ]);

    expect(screen.getByRole('link', { name: 'Read the full article' }).getAttribute('href')).toBe('/help/articles/a1');

    // Nothing is opened until the customer confirms: the subject and description are theirs to edit first.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Still need help? Contact support' })));
    expect(requests.some((request) => request.operation === 'OpenTicket')).toBe(false);
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('My card was declined.');
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Card declined twice' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open the request' })));
    await waitFor(() => expect(window.location.pathname).toBe('/help/tickets/t-1'));
    expect(requests.at(-1)).toEqual({
      operation: 'OpenTicket',
      variables: { input: { subject: 'Card declined twice', description: 'My card was declined. I tried twice.', channel: 'WEB' } },
    });
  });

  it('shows the API error when the ticket cannot be opened', async () => {
    const { client, requests } = fakeApiClient({
      SuggestArticles: () => ({ suggestArticles: [] }),
      OpenTicket: () => {
        throw new Error('Too many requests: try again in 3 seconds');
      },
    });
    render(
      <ApolloProvider client={client}>
        <ProblemForm />
      </ApolloProvider>,
    );
    fireEvent.change(screen.getByLabelText('What can we help you with?'), { target: { value: 'Refund missing' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Still need help? Contact support' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open the request' })));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many requests: try again in 3 seconds');
  });
});

describe('ticketSubjectFrom', () => {
  it('takes the first sentence, and shortens a long one on a word boundary', () => {
    expect(ticketSubjectFrom('  Refund missing! I returned it.')).toBe('Refund missing!');
    const subject = ticketSubjectFrom(`${'word '.repeat(30)}end`);
    expect(subject.length).toBeLessThanOrEqual(80);
    expect(subject.endsWith('word…')).toBe(true);
    expect(ticketSubjectFrom('   ')).toBe('Help request');
  });
});
