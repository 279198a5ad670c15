import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFileOnce } from '../files/secret-files.js';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';

/**
 * Keys for the embedded mode, generated on first run under `DATA_DIR/keys` (git-ignored) so no
 * secret is ever committed. Production sets JWT_JWKS_URL and INTERNAL_SIGNING_KEY instead.
 */
export interface DevKeys {
  readonly jwtPrivateKey: CryptoKey;
  readonly jwtPublicJwk: JWK;
  readonly internalSigningKey: Buffer;
}

export const DEV_JWT_ALGORITHM = 'ES256';
export const DEV_KEY_ID = 'support-graph-dev-1';

export async function loadOrCreateDevKeys(dataDir: string): Promise<DevKeys> {
  const dir = join(dataDir, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const jwtPath = join(dir, 'dev-jwt-key.json');
  const internalPath = join(dir, 'internal-signing.key');
  if (!existsSync(jwtPath)) {
    const { privateKey } = await generateKeyPair(DEV_JWT_ALGORITHM, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: DEV_KEY_ID, alg: DEV_JWT_ALGORITHM };
    writeSecretFileOnce(jwtPath, JSON.stringify(jwk));
  }
  if (!existsSync(internalPath)) writeSecretFileOnce(internalPath, randomBytes(32).toString('hex'));

  const privateJwk = JSON.parse(readFileSync(jwtPath, 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = privateJwk;
  return {
    jwtPrivateKey: (await importJWK(privateJwk, DEV_JWT_ALGORITHM)) as CryptoKey,
    jwtPublicJwk: publicJwk,
    internalSigningKey: Buffer.from(readFileSync(internalPath, 'utf8').trim(), 'hex'),
  };
}

/** The key subgraphs verify forwarded identities with: configured, or the generated dev one. */
export async function resolveInternalSigningKey(config: { DATA_DIR: string; INTERNAL_SIGNING_KEY?: string | undefined }): Promise<Buffer> {
  if (config.INTERNAL_SIGNING_KEY) return Buffer.from(config.INTERNAL_SIGNING_KEY, 'utf8');
  return (await loadOrCreateDevKeys(config.DATA_DIR)).internalSigningKey;
}
