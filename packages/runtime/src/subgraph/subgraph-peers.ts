import { UnknownSubgraphError, type SubgraphDescriptor, type SubgraphPeers } from './subgraph-descriptor.js';

/** The peers of `self` among `descriptors`, each found at `urlOf(name)` (asked per call). */
export function subgraphPeers(descriptors: readonly SubgraphDescriptor[], self: string, urlOf: (name: string) => string): SubgraphPeers {
  const all = descriptors
    .filter((descriptor) => descriptor.name !== self)
    .map((descriptor) => ({ name: descriptor.name, url: () => urlOf(descriptor.name), ...(descriptor.privacy ? { privacy: descriptor.privacy } : {}) }));
  const names = new Set(all.map((peer) => peer.name));
  return {
    all,
    has: (name) => names.has(name),
    url(name) {
      if (!names.has(name)) throw new UnknownSubgraphError(name);
      return urlOf(name);
    },
  };
}
