import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import {
  Kind,
  parse,
  print,
  validate,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { PersistedOperation, PersistedQueryManifest } from './gateway/src/persisted-operations/persisted-query-manifest.js';

// `npm run codegen` (runs with Node's type stripping, so this file imports packages only, and types).
// Writes schema/persisted-query-manifest.json from every operation in clients/web/**/*.graphql and
// docs/partners/*.graphql, each validated against the API schema the gateway serves.

const ROOT = fileURLToPath(new URL('.', import.meta.url));
export const MANIFEST_PATH = join(ROOT, 'schema', 'persisted-query-manifest.json');
const SUPERGRAPH_PATH = join(ROOT, 'schema', 'supergraph.graphql');

/** Where operations live: the web console's (any depth; the folder may not exist yet) and the partners' set. */
const OPERATION_SOURCES = [
  { dir: join(ROOT, 'clients', 'web'), recursive: true },
  { dir: join(ROOT, 'docs', 'partners'), recursive: false },
];

function graphqlFiles(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return recursive && entry.name !== 'node_modules' ? graphqlFiles(path, recursive) : [];
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** The schema clients see (the supergraph without join/link machinery and @inaccessible parts), exactly as the gateway builds it. */
async function loadApiSchema(): Promise<GraphQLSchema> {
  // As in the gateway: no cloud-metadata probing or usage reporting from a build step.
  process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8') });
  const { schema } = await gateway.load();
  await gateway.stop();
  return schema;
}

/** Names of the fragments an operation uses, directly or through other fragments. */
function usedFragments(definition: DefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, found = new Set<string>()): Set<string> {
  visit(definition, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (found.has(name) || !fragment) return;
      found.add(name);
      usedFragments(fragment, fragments, found);
    },
  });
  return found;
}

export async function buildPersistedQueryManifest(): Promise<PersistedQueryManifest> {
  const schema = await loadApiSchema();
  const files = OPERATION_SOURCES.flatMap(({ dir, recursive }) => graphqlFiles(dir, recursive)).sort();
  const operations: { definition: OperationDefinitionNode; file: string }[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of files) {
    for (const definition of parse(readFileSync(file, 'utf8'), { noLocation: true }).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ definition, file: relative(ROOT, file) });
    }
  }

  const names = new Set<string>();
  const persisted: PersistedOperation[] = operations.map(({ definition, file }) => {
    const name = definition.name?.value;
    if (!name) throw new Error(`${file}: every persisted operation needs a name`);
    if (names.has(name)) throw new Error(`${file}: the operation name ${name} is used twice`);
    names.add(name);
    // The operation with the fragments it uses, in name order, printed canonically: one text per operation, one id.
    const fragmentDefinitions = [...usedFragments(definition, fragments)].sort().map((fragmentName) => fragments.get(fragmentName)!);
    const document = { kind: Kind.DOCUMENT, definitions: [definition, ...fragmentDefinitions] } as const;
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(`${file}: ${name} does not validate against the API schema:\n${errors.map((error) => `- ${error.message}`).join('\n')}`);
    const body = print(document);
    return { id: createHash('sha256').update(body).digest('hex'), name, type: definition.operation, body };
  });
  persisted.sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations: persisted };
}

export function serializeManifest(manifest: PersistedQueryManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.main) {
  const manifest = await buildPersistedQueryManifest();
  writeFileSync(MANIFEST_PATH, serializeManifest(manifest));
  process.stdout.write(`codegen: ${manifest.operations.length} persisted operation(s) in ${relative(ROOT, MANIFEST_PATH)}\n`);
}
