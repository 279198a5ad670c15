import { useCallback, useMemo, useState } from 'react';
import { ApiProvider } from '../modules/api/api-provider';
import { SessionContext, type SessionContextValue } from '../modules/session/hooks/use-session';
import { OidcCallbackPage } from '../modules/session/components/oidc-callback-page';
import { SignInPage } from '../modules/session/components/sign-in-page';
import { OIDC_CALLBACK_PATH } from '../modules/session/oidc-flow';
import { sessionFromToken, type Session } from '../modules/session/session';
import { forgetToken, loadStoredSession, storeToken } from '../modules/session/session-storage';
import { AppHeader } from './app-header';
import { AppRoutes } from './app-routes';
import { SurveyLinkPage } from '../modules/survey/components/survey-link-page';
import { navigate, usePathname } from './navigation';

export function App() {
  const pathname = usePathname();
  const [session, setSession] = useState<Session | undefined>(loadStoredSession);
  const [signInError, setSignInError] = useState<string>();

  const signIn = useCallback((token: string, returnTo?: string) => {
    const next = sessionFromToken(token);
    if (!next) {
      setSignInError('The token has no role the console knows, or it has expired.');
      return;
    }
    storeToken(token);
    setSession(next);
    if (returnTo) navigate(returnTo, { replace: true });
  }, []);

  const value = useMemo<SessionContextValue | undefined>(
    () =>
      session && {
        ...session,
        signOut: () => {
          forgetToken();
          setSession(undefined);
        },
      },
    [session],
  );

  if (pathname === OIDC_CALLBACK_PATH && !value) return <OidcCallbackPage onSignedIn={signIn} />;
  // A signed survey link is its own permission: no sign-in.
  const surveyToken = pathname === '/survey' ? new URLSearchParams(window.location.search).get('token') : null;
  if (surveyToken) return <SurveyLinkPage token={surveyToken} />;
  if (!value) {
    return (
      <>
        {signInError ? <p role="alert">{signInError}</p> : null}
        <SignInPage defaultRole={pathname.startsWith('/help') ? 'customer' : pathname === '/explorer' ? 'analyst' : 'agent'} onToken={(token) => signIn(token)} />
      </>
    );
  }
  return (
    <SessionContext.Provider value={value}>
      <ApiProvider token={value.token}>
        <AppHeader />
        <AppRoutes pathname={pathname === OIDC_CALLBACK_PATH ? '/' : pathname} />
      </ApiProvider>
    </SessionContext.Provider>
  );
}
