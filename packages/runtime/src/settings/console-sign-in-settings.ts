import { z } from 'zod';

/** How the console signs people in at your identity provider (authorization code + PKCE, no secret). */
export const consoleSignInSettings = {
  /** The identity provider; the console reads `<issuer>/.well-known/openid-configuration`. Unset: dev sign-in only. */
  OIDC_ISSUER: z.url().optional().or(z.literal('').transform(() => undefined)),
  /** The console's public client id at the provider. */
  OIDC_CLIENT_ID: z.string().min(1).default('support-graph-console'),
  /** Scopes asked for; the token's `role` claim decides what the console shows. */
  OIDC_SCOPE: z.string().min(1).default('openid email profile'),
};
