import { loadOrCreateDevKeys, type EventBus, type PlatformConfig } from '@support-graph/runtime';
import { createRequestAuthenticator, type RequestAuthenticator } from './authentication/authenticate-request.js';
import { CachedIdentityDirectory } from './authentication/adapters/cached-identity-directory.js';
import { SubgraphIdentityDirectory } from './authentication/adapters/subgraph-identity-directory.js';
import { createTokenVerifier, type TokenVerifier } from './authentication/token-verifier.js';

/** The identity provider's JWKS when JWT_JWKS_URL is set, the dev key under DATA_DIR otherwise. */
export async function createTokenVerifierFromConfig(config: PlatformConfig): Promise<TokenVerifier> {
  if (config.JWT_JWKS_URL) {
    return createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, jwksUrl: config.JWT_JWKS_URL });
  }
  const devKeys = await loadOrCreateDevKeys(config.DATA_DIR);
  return createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, localPublicKey: devKeys.jwtPublicJwk });
}

/**
 * Bearer tokens and partner API keys, checked against the directory in the tickets subgraph.
 * With a real identity provider (JWT_JWKS_URL), staff must have a user record and its role wins.
 */
export async function createAuthenticatorFromConfig(
  config: PlatformConfig,
  dependencies: { readonly ticketsUrl: () => string; readonly signingKey: Buffer; readonly bus: EventBus },
): Promise<RequestAuthenticator> {
  const directory = new CachedIdentityDirectory(new SubgraphIdentityDirectory(dependencies.ticketsUrl, dependencies.signingKey));
  await directory.listen(dependencies.bus);
  return createRequestAuthenticator({
    verifyToken: await createTokenVerifierFromConfig(config),
    directory,
    requireUserRecords: Boolean(config.JWT_JWKS_URL),
  });
}
