import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The supergraph composed at build time by `npm run compose` (schema/supergraph.graphql). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function readSupergraphSdl(path = SUPERGRAPH_PATH): string {
  return readFileSync(path, 'utf8');
}
