import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphDescriptor } from '@support-graph/runtime';
import { parse } from 'graphql';
import { SUBGRAPHS } from '../subgraphs/subgraph-catalog.js';

export interface Composition {
  readonly subgraphs: readonly { readonly name: string; readonly sdl: string }[];
  readonly supergraphSdl: string;
}

export class CompositionError extends Error {}

/** Builds every subgraph's SDL from its code and composes the supergraph, as `npm run compose` writes them. */
export async function composeSupergraph(descriptors: readonly SubgraphDescriptor[] = SUBGRAPHS): Promise<Composition> {
  const subgraphs = await Promise.all(
    descriptors.map(async (descriptor) => ({
      name: descriptor.name,
      // The default local port: a deployment routes by name (<NAME>_URL), not by this URL.
      url: `http://localhost:${descriptor.defaultPort}/graphql`,
      sdl: printSubgraphSchema(await descriptor.buildSchema()),
    })),
  );
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return { subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })), supergraphSdl: result.supergraphSdl };
}
