import { probeWeaviate, serverOf } from '@support-graph/test-kit';
import weaviate from 'weaviate-client';
import { WeaviateSearchIndex } from '../src/search/adapters/weaviate-search-index.js';
import { searchIndexContract } from './search-index-contract.js';

// Reported as skipped, with the reason, when WEAVIATE_URL is unset or does not answer.
const weaviateServer = await probeWeaviate();

searchIndexContract(
  'weaviate',
  async () => {
    const { url, apiKey } = serverOf(weaviateServer);
    const collection = `ContractTest${Date.now()}${Math.floor(Math.random() * 1000)}`;
    return {
      index: await WeaviateSearchIndex.open({ url, apiKey, collection }),
      dispose: async () => {
        const { hostname, port, protocol } = new URL(url);
        const client = await weaviate.connectToCustom({ httpHost: hostname, httpPort: Number(port || 8080), httpSecure: protocol === 'https:', grpcHost: hostname, grpcPort: 50051, grpcSecure: protocol === 'https:' });
        await client.collections.delete(collection);
        await client.close();
      },
    };
  },
  weaviateServer.skipReason,
);
