import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One operation of Apollo's persisted query manifest; `id` is the sha256 hex of `body`. */
export interface PersistedOperation {
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  readonly body: string;
}

/** Apollo's manifest format, as `codegen.ts` writes it to schema/persisted-query-manifest.json. */
export interface PersistedQueryManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly PersistedOperation[];
}

export const PERSISTED_QUERY_MANIFEST_PATH = fileURLToPath(new URL('../../../schema/persisted-query-manifest.json', import.meta.url));

/** The manifest's operations by id; a missing or foreign-format file is a start-up error, not an empty safelist. */
export function readPersistedOperations(path = PERSISTED_QUERY_MANIFEST_PATH): ReadonlyMap<string, PersistedOperation> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as PersistedQueryManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    throw new Error(`${path} is not an Apollo persisted query manifest (version 1)`);
  }
  return new Map(manifest.operations.map((operation) => [operation.id, operation]));
}
