import { z } from 'zod';
import type { PlatformConfig } from '@support-graph/runtime';
import { devTokenEndpointEnabled } from './dev-token-endpoint.js';

const oidcEnvironment = z.object({
  /** The identity provider; the console reads `<issuer>/.well-known/openid-configuration`. */
  OIDC_ISSUER: z.url().optional(),
  /** The console's public client id at the provider (authorization code + PKCE, no secret). */
  OIDC_CLIENT_ID: z.string().min(1).default('support-graph-console'),
  /** Scopes asked for; the token's `role` claim decides what the console shows. */
  OIDC_SCOPE: z.string().min(1).default('openid email profile'),
});

/** What the console needs to know before sign-in, served as `GET /console-config.json`. */
export interface ConsoleSettings {
  readonly devSignIn: boolean;
  readonly oidc: { readonly issuer: string; readonly clientId: string; readonly scope: string } | null;
}

/** Read once when the gateway starts. */
export function readConsoleSettings(config: PlatformConfig, environment: NodeJS.ProcessEnv = process.env): ConsoleSettings {
  const oidc = oidcEnvironment.parse(environment);
  return {
    devSignIn: devTokenEndpointEnabled(config),
    oidc: oidc.OIDC_ISSUER ? { issuer: oidc.OIDC_ISSUER, clientId: oidc.OIDC_CLIENT_ID, scope: oidc.OIDC_SCOPE } : null,
  };
}
