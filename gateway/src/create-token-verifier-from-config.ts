import { loadOrCreateDevKeys, type PlatformConfig } from '@support-graph/runtime';
import { createTokenVerifier, type TokenVerifier } from './authentication/token-verifier.js';

/** The identity provider's JWKS when JWT_JWKS_URL is set, the dev key under DATA_DIR otherwise. */
export async function createTokenVerifierFromConfig(config: PlatformConfig): Promise<TokenVerifier> {
  if (config.JWT_JWKS_URL) {
    return createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, jwksUrl: config.JWT_JWKS_URL });
  }
  const devKeys = await loadOrCreateDevKeys(config.DATA_DIR);
  return createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, localPublicKey: devKeys.jwtPublicJwk });
}
