import { lazy, Suspense } from 'react';
import { useSession } from '../../session/hooks/use-session';
import { EXPLORER_ROLES } from '../../session/session';
import { LoadingView } from '../../ui/components/loading-view';

// GraphiQL (editor, docs, history) and its CSS stay out of the console's initial bundle.
const GraphiQLExplorer = lazy(() => import('./graphiql-explorer').then((module) => ({ default: module.GraphiQLExplorer })));

/** /explorer: the whole API with the session's token, for analysts and admins. */
export function ExplorerPage() {
  const { role, token } = useSession();
  if (!EXPLORER_ROLES.includes(role)) {
    return (
      <main className="explorer-refusal">
        <h1>Explorer</h1>
        <p role="alert">
          The explorer is for analysts and admins. You are signed in as <strong>{role}</strong>: sign out and back in with one of those roles to use it.
        </p>
      </main>
    );
  }
  return (
    <main className="explorer-page">
      <Suspense fallback={<LoadingView label="Loading the explorer" />}>
        <GraphiQLExplorer token={token} />
      </Suspense>
    </main>
  );
}
