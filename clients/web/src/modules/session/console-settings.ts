/** `GET /console-config.json` from the gateway: which sign-in methods this deployment offers. */
export interface ConsoleSettings {
  readonly devSignIn: boolean;
  readonly oidc: { readonly issuer: string; readonly clientId: string; readonly scope: string } | null;
}

export async function fetchConsoleSettings(): Promise<ConsoleSettings> {
  const response = await fetch('/console-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The console settings could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as ConsoleSettings;
}
