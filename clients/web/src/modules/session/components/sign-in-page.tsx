import { useEffect, useState } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { fetchConsoleSettings, type ConsoleSettings } from '../console-settings';
import { startOidcSignIn } from '../oidc-flow';
import type { Role } from '../session';
import { DevSignInForm } from './dev-sign-in-form';

export function SignInPage({ defaultRole, onToken }: { defaultRole: Role; onToken: (token: string) => void }) {
  const [settings, setSettings] = useState<ConsoleSettings>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    fetchConsoleSettings().then(setSettings, setError);
  }, []);

  return (
    <main className="sign-in-page">
      <h1>Sign in to Support Graph</h1>
      {error ? <ErrorView error={error} /> : null}
      {!settings && !error ? <LoadingView label="Loading sign-in options" /> : null}
      {settings?.oidc ? (
        <button type="button" onClick={() => void startOidcSignIn(settings.oidc!, window.location.pathname).catch(setError)}>
          Sign in with your company account
        </button>
      ) : null}
      {settings?.devSignIn ? <DevSignInForm defaultRole={defaultRole} onToken={onToken} /> : null}
      {settings && !settings.devSignIn && !settings.oidc ? (
        <p>No sign-in method is configured on this server: set OIDC_ISSUER, or run the embedded mode for dev sign-in.</p>
      ) : null}
    </main>
  );
}
