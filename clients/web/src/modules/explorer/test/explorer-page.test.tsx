/**
 * @jest-environment jsdom
 */
import { describe, expect, it, jest } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import { SessionContext } from '../../session/hooks/use-session';
import type { Role } from '../../session/session';

// GraphiQL itself (CodeMirror, CSS) does not run in jsdom: a stand-in takes the fetcher the explorer gives it.
type ExplorerFetcher = (request: { query: string; operationName?: string | null }) => Promise<unknown>;
let givenFetcher: ExplorerFetcher | undefined;
jest.unstable_mockModule('graphiql', () => ({
  GraphiQL: ({ fetcher }: { fetcher: ExplorerFetcher }) => {
    givenFetcher = fetcher;
    return <section aria-label="GraphiQL" />;
  },
}));
jest.unstable_mockModule('graphiql/style.css', () => ({}));
const { ExplorerPage } = await import('../components/explorer-page');

function renderAs(role: Role) {
  return render(
    <SessionContext.Provider value={{ token: 't', role, subject: `${role}@support.local`, signOut: () => undefined }}>
      <ExplorerPage />
    </SessionContext.Provider>,
  );
}

describe('ExplorerPage', () => {
  it.each<Role>(['agent', 'customer', 'partner'])('refuses %s clearly', (role) => {
    renderAs(role);
    expect(screen.getByRole('alert').textContent).toContain('The explorer is for analysts and admins');
  });

  it('loads GraphiQL (lazily) for an analyst, sending operations with the session token', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    globalThis.fetch = async (url, init) => {
      sent.push({ url: String(url), init: init ?? {} });
      return { json: async () => ({ data: { __typename: 'Query' } }) } as Response;
    };
    await act(async () => {
      renderAs('analyst');
    });
    expect(await screen.findByLabelText('GraphiQL')).toBeTruthy();
    expect(screen.queryByText('The explorer is for analysts and admins', { exact: false })).toBeNull();

    expect(await givenFetcher!({ query: '{ __typename }' })).toEqual({ data: { __typename: 'Query' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.init.headers).toMatchObject({ authorization: 'Bearer t' });
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ query: '{ __typename }', operationName: null, variables: {} });
  });
});
