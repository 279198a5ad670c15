// Copies the operations the Jira fake serves, and every schema they reference, out of Atlassian's
// OpenAPI definitions (a local copy, e.g. /work/shared/specs/jira) into packages/test-kit/src/jira/specs,
// so the fake and the tests never need the full definitions at run time.
// Usage: node scripts/extract-jira-specs.mjs <folder with platform.v3.json and software.v3.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = process.argv[2];
if (!source) throw new Error('usage: node scripts/extract-jira-specs.mjs <specs folder>');
const out = new URL('../packages/test-kit/jira-specs/', import.meta.url);

const OPERATIONS = {
  'platform.v3.json': [
    ['/rest/api/3/issue', 'post'],
    ['/rest/api/3/issue/{issueIdOrKey}', 'get'],
    ['/rest/api/3/issue/{issueIdOrKey}', 'put'],
    ['/rest/api/3/search/jql', 'post'],
    ['/rest/api/3/search', 'get'],
    ['/rest/api/3/project/{projectIdOrKey}/versions', 'get'],
  ],
  'software.v3.json': [
    ['/rest/agile/1.0/board', 'get'],
    ['/rest/agile/1.0/board/{boardId}/sprint', 'get'],
  ],
};

function refsIn(value, found) {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) found.add(inner.slice('#/components/schemas/'.length));
      else refsIn(inner, found);
    }
  }
  return found;
}

for (const [file, operations] of Object.entries(OPERATIONS)) {
  const spec = JSON.parse(readFileSync(join(source, file), 'utf8'));
  const paths = {};
  for (const [path, method] of operations) {
    const operation = spec.paths[path]?.[method];
    if (!operation) throw new Error(`${file}: no ${method} ${path}`);
    paths[path] = { ...(paths[path] ?? {}), [method]: operation };
  }
  const wanted = refsIn(paths, new Set());
  const schemas = {};
  const queue = [...wanted];
  while (queue.length > 0) {
    const name = queue.pop();
    if (schemas[name]) continue;
    schemas[name] = spec.components.schemas[name];
    for (const inner of refsIn(schemas[name], new Set())) if (!schemas[inner]) queue.push(inner);
  }
  const subset = { openapi: spec.openapi, info: spec.info, paths, components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) } };
  writeFileSync(new URL(file.replace('.json', '.subset.json'), out), `${JSON.stringify(subset, null, 1)}\n`);
  console.log(`${file}: ${operations.length} operations, ${Object.keys(schemas).length} schemas`);
}
