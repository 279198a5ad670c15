import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, SUPERGRAPH_PATH } from '@support-graph/gateway';

/** `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql. */
const composition = await composeSupergraph();
for (const { name, sdl } of composition.subgraphs) {
  writeFileSync(join(SUPERGRAPH_PATH, '..', `${name}.graphql`), `${sdl.trim()}\n`);
}
writeFileSync(SUPERGRAPH_PATH, `${composition.supergraphSdl.trim()}\n`);
process.stdout.write(`composed ${composition.subgraphs.length} subgraph(s) into ${SUPERGRAPH_PATH}\n`);
