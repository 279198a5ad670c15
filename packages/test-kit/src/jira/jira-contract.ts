import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

type SpecName = 'platform' | 'software';

const SPECS: Record<SpecName, string> = {
  platform: 'platform.v3.subset.json',
  software: 'software.v3.subset.json',
};

function pointer(...segments: string[]): string {
  return segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/**
 * Validates the fake's requests and responses against Atlassian's OpenAPI definitions (the subsets in
 * specs/), so the fake cannot drift from the real API's shapes. Formats are not checked (the
 * definitions use `int64`, `uri`… loosely).
 */
export class JiraContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction | null>();
  private readonly documents: Record<SpecName, any> = { platform: undefined, software: undefined };

  constructor() {
    for (const [name, file] of Object.entries(SPECS) as [SpecName, string][]) {
      const document = JSON.parse(readFileSync(new URL(`../../jira-specs/${file}`, import.meta.url), 'utf8'));
      this.documents[name] = document;
      this.ajv.addSchema({ ...document, $id: `jira-${name}` });
    }
  }

  private validator(spec: SpecName, path: string, method: string, part: 'request' | string): ValidateFunction | null {
    const id = `${spec} ${method} ${path} ${part}`;
    if (!this.compiled.has(id)) {
      const operation = this.documents[spec].paths[path]?.[method];
      if (!operation) throw new Error(`The Jira definitions have no ${method.toUpperCase()} ${path}`);
      const location =
        part === 'request'
          ? operation.requestBody?.content?.['application/json']?.schema && pointer('paths', path, method, 'requestBody', 'content', 'application/json', 'schema')
          : operation.responses?.[part]?.content?.['application/json']?.schema && pointer('paths', path, method, 'responses', part, 'content', 'application/json', 'schema');
      this.compiled.set(id, location ? this.ajv.compile({ $ref: `jira-${spec}#/${location}` }) : null);
    }
    return this.compiled.get(id) ?? null;
  }

  /** Problems of a request body, or of a response body for a status; empty when it conforms (or the definition gives no schema). */
  check(spec: SpecName, path: string, method: string, part: 'request' | number, body: unknown): string[] {
    const validate = this.validator(spec, path, method, part === 'request' ? part : String(part));
    if (!validate || validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${method.toUpperCase()} ${path} ${part}: ${error.instancePath || '/'} ${error.message ?? ''}`);
  }

  /** Whether the definition lists this status for the operation. */
  declaresStatus(spec: SpecName, path: string, method: string, status: number): boolean {
    return Boolean(this.documents[spec].paths[path]?.[method]?.responses?.[String(status)]);
  }
}
