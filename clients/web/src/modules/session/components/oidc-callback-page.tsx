import { useEffect, useState } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { fetchConsoleSettings } from '../console-settings';
import { completeOidcSignIn } from '../oidc-flow';

/** /auth/callback: finishes the authorization code flow and hands the token over. */
export function OidcCallbackPage({ onSignedIn }: { onSignedIn: (token: string, returnTo: string) => void }) {
  const [error, setError] = useState<Error>();
  useEffect(() => {
    fetchConsoleSettings()
      .then((settings) => {
        if (!settings.oidc) throw new Error('This server has no identity provider configured.');
        return completeOidcSignIn(settings.oidc, window.location.href);
      })
      .then(({ token, returnTo }) => onSignedIn(token, returnTo), setError);
  }, [onSignedIn]);
  return <main className="sign-in-page">{error ? <ErrorView error={error} title="Sign-in failed" /> : <LoadingView label="Finishing sign-in" />}</main>;
}
