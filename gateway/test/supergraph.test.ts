import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/index.js';

describe('schema/ is generated and current', () => {
  it('composes without errors and matches the checked-in supergraph and subgraph SDL (run `npm run compose` when this fails)', async () => {
    const composition = await composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8').trim()).toBe(composition.supergraphSdl.trim());
    for (const { name, sdl } of composition.subgraphs) {
      expect(readFileSync(join(SUPERGRAPH_PATH, '..', `${name}.graphql`), 'utf8').trim()).toBe(sdl.trim());
    }
  });
});
