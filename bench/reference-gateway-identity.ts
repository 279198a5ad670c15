import { HeaderMap } from '@apollo/server';
import { configuredSubgraphUrl, createAuthenticatorFromConfig, SUBGRAPHS } from '@support-graph/gateway';
import { createEventBus, createLogger, loadConfigOrExit, resolveInternalSigningKey, type Identity, type PlatformConfig } from '@support-graph/runtime';

/**
 * What a reference gateway in `bench:gateway` needs to stand where ours stands: the same
 * configuration, the same authentication (token verification and directory lookup) and the
 * internal signing key, so subgraphs get the signed identity header they require.
 */
export interface ReferenceGatewaySetup {
  readonly config: PlatformConfig;
  readonly signingKey: Buffer;
  readonly subgraphUrls: ReadonlyMap<string, string>;
  authenticate(headers: Iterable<[string, string]>): Promise<Identity>;
}

export async function referenceGatewaySetup(): Promise<ReferenceGatewaySetup> {
  const config = loadConfigOrExit(process.env, SUBGRAPHS);
  const signingKey = await resolveInternalSigningKey(config);
  const subgraphUrls = new Map(SUBGRAPHS.map((descriptor) => [descriptor.name, configuredSubgraphUrl(config, descriptor)]));
  const bus = createEventBus(config, createLogger('bench-reference-gateway', 'warn'));
  const authenticator = await createAuthenticatorFromConfig(config, { ticketsUrl: () => subgraphUrls.get('tickets') ?? '', signingKey, bus });
  return {
    config,
    signingKey,
    subgraphUrls,
    authenticate(headers) {
      const map = new HeaderMap();
      for (const [name, value] of headers) map.set(name.toLowerCase(), value);
      return authenticator(map);
    },
  };
}
