import type { ConsoleSettings } from './console-settings';

/** Authorization code flow with PKCE (RFC 7636) against the issuer's discovery document; a public client, no secret. */
type OidcSettings = NonNullable<ConsoleSettings['oidc']>;

interface DiscoveryDocument {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
}

const PENDING_KEY = 'support-graph.oidc-pending';
export const OIDC_CALLBACK_PATH = '/auth/callback';

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function codeChallenge(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

async function discover(issuer: string): Promise<DiscoveryDocument> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`The identity provider's discovery document failed (HTTP ${response.status}).`);
  return (await response.json()) as DiscoveryDocument;
}

function redirectUri(): string {
  return `${window.location.origin}${OIDC_CALLBACK_PATH}`;
}

/** Sends the browser to the identity provider; it comes back to /auth/callback. */
export async function startOidcSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  const discovery = await discover(settings.issuer);
  const verifier = randomToken();
  const state = randomToken();
  window.sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    scope: settings.scope,
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** On /auth/callback: checks state, exchanges the code (with the verifier) for tokens. Returns the token for the API and where to go. */
export async function completeOidcSignIn(settings: OidcSettings, callbackUrl: string): Promise<{ token: string; returnTo: string }> {
  const pending = JSON.parse(window.sessionStorage.getItem(PENDING_KEY) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  window.sessionStorage.removeItem(PENDING_KEY);
  const params = new URL(callbackUrl).searchParams;
  const error = params.get('error');
  if (error) throw new Error(`The identity provider refused the sign-in: ${params.get('error_description') ?? error}`);
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state) throw new Error('This sign-in link is not the one this tab started. Sign in again.');
  const discovery = await discover(settings.issuer);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: settings.clientId, code_verifier: pending.verifier }),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`The token exchange failed: ${body.error_description ?? body.error ?? `HTTP ${response.status}`}`);
  return { token: body.access_token, returnTo: pending.returnTo };
}
