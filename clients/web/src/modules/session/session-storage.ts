import { sessionFromToken, type Session } from './session';

const TOKEN_KEY = 'support-graph.token';

/** The token lives in sessionStorage: gone when the tab closes, never in a cookie the API would trust. */
export function loadStoredSession(): Session | undefined {
  const token = window.sessionStorage.getItem(TOKEN_KEY);
  return token ? sessionFromToken(token) : undefined;
}

export function storeToken(token: string): void {
  window.sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken(): void {
  window.sessionStorage.removeItem(TOKEN_KEY);
}
