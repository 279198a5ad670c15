import type { PlatformConfig } from '@support-graph/runtime';
import { devTokenEndpointEnabled } from './dev-token-endpoint.js';

/** What the console needs to know before sign-in, served as `GET /console-config.json`. */
export interface ConsoleSettings {
  readonly devSignIn: boolean;
  readonly oidc: { readonly issuer: string; readonly clientId: string; readonly scope: string } | null;
}

/** From the platform configuration (OIDC_*), once when the gateway starts. */
export function readConsoleSettings(config: PlatformConfig): ConsoleSettings {
  return {
    devSignIn: devTokenEndpointEnabled(config),
    oidc: config.OIDC_ISSUER ? { issuer: config.OIDC_ISSUER, clientId: config.OIDC_CLIENT_ID, scope: config.OIDC_SCOPE } : null,
  };
}
