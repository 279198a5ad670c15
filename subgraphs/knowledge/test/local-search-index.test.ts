import { LocalEmbedder } from '../src/search/adapters/local-embedder.js';
import { LocalSearchIndex } from '../src/search/adapters/local-search-index.js';
import { searchIndexContract } from './search-index-contract.js';

searchIndexContract('local', async () => ({
  index: new LocalSearchIndex({ name: 'contract', dimensions: new LocalEmbedder().dimensions }),
  dispose: async () => undefined,
}));
