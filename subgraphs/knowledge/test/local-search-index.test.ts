import { LocalEmbedder } from '../src/adapters/local-embedder.js';
import { LocalSearchIndex } from '../src/adapters/local-search-index.js';
import { searchIndexContract } from './search-index-contract.js';

searchIndexContract('local', async () => ({
  index: new LocalSearchIndex({ name: 'contract', dimensions: new LocalEmbedder().dimensions }),
  dispose: async () => undefined,
}));
