/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { fakeApiClient } from '../../api/test/fake-api-client';
import { SessionContext } from '../../session/hooks/use-session';
import type { Role } from '../../session/session';
import { ArticlePage } from '../components/article-page';

// The Markdown renderer is a lazy chunk: loaded once here so no test waits on the first import under load.
await import('../../ui/components/markdown-html');

const ARTICLE = {
  id: 'a-1',
  externalId: null,
  title: 'How refunds work',
  summary: 'When the money comes back.',
  body: '## Timing\n\nRefunds take **5 to 10** business days.\n\n<script>alert(1)</script>',
  tags: ['refund'],
  locale: 'en',
  status: 'DRAFT',
  version: 2,
  helpfulCount: 0,
  unhelpfulCount: 0,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-02T10:00:00Z',
  history: [
    { version: 1, author: 'lead@support.local', changedAt: '2026-12-01T10:00:00Z', changes: [], status: 'DRAFT', title: 'Refunds', summary: '', body: 'Old text' },
    { version: 2, author: 'lead@support.local', changedAt: '2026-12-02T10:00:00Z', changes: ['body'], status: 'DRAFT', title: 'How refunds work', summary: '', body: ARTICLE_BODY() },
  ],
};
function ARTICLE_BODY() {
  return '## Timing\n\nRefunds take **5 to 10** business days.';
}

function renderAs(role: Role, answers: Parameters<typeof fakeApiClient>[0]) {
  const api = fakeApiClient({ KnowledgeArticle: () => ({ article: ARTICLE }), ...answers });
  render(
    <SessionContext.Provider value={{ token: 't', role, subject: `${role}@support.local`, signOut: () => undefined }}>
      <ApolloProvider client={api.client}>
        <ArticlePage articleId="a-1" />
      </ApolloProvider>
    </SessionContext.Provider>,
  );
  return api;
}

describe('ArticlePage', () => {
  it('renders the Markdown body, showing raw HTML as text rather than running it', async () => {
    renderAs('agent', {});
    expect(await screen.findByRole('heading', { name: 'Timing' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('5 to 10').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
    // Agents read; leads and admins edit.
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Roll back/ })).toBeNull();
  });

  it('lets a lead edit with a live preview, saving the version read', async () => {
    const { requests } = renderAs('lead', { UpdateArticle: () => ({ updateArticle: { id: 'a-1', version: 3, status: 'DRAFT', title: 'x', summary: '', body: '', tags: [], locale: 'en' } }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByLabelText('Body (Markdown)'), { target: { value: '# Refund timing\n\n- one\n- two' } });
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview.querySelector('h1')?.textContent).toBe('Refund timing'), { timeout: 10_000 });
    expect(preview.querySelectorAll('li')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' })));
    expect(requests.find((request) => request.operation === 'UpdateArticle')).toEqual({
      operation: 'UpdateArticle',
      variables: { id: 'a-1', input: { title: 'How refunds work', summary: 'When the money comes back.', body: '# Refund timing\n\n- one\n- two', tags: ['refund'], locale: 'en', version: 2 } },
    });
  });

  it('publishes, and rolls back to an earlier version', async () => {
    const { requests } = renderAs('admin', {
      PublishArticle: () => ({ publishArticle: { id: 'a-1', status: 'PUBLISHED', version: 3 } }),
      RollbackArticle: () => ({ rollbackArticle: { id: 'a-1', version: 3, status: 'DRAFT', title: 'Refunds', summary: '', body: 'Old text' } }),
    });
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Publish' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Roll back to version 1' })));
    expect(screen.queryByRole('button', { name: 'Roll back to version 2' })).toBeNull();
    expect(requests.filter((request) => request.operation !== 'KnowledgeArticle')).toEqual([
      { operation: 'PublishArticle', variables: { id: 'a-1' } },
      { operation: 'RollbackArticle', variables: { id: 'a-1', version: 1 } },
    ]);
  });
});
