import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Renders a Helm chart's templates without the helm binary (not installed here), for tests. It
 * implements only the Go-template subset helm/support-graph uses and fails loudly on anything else,
 * so a template using more cannot pass by being half-understood:
 *   actions `if` / `else` / `with` / `range $k, $v := …` / `range $v := …` / `end`, `{{-` and `-}}` trimming,
 *   `.Values…`, `.Release…`, `.Chart…`, `$`, variables, parentheses, pipelines, and the functions
 *   eq, and, not, default, quote, upper, printf (%s %v %d), toYaml, toJson, nindent.
 * Semantics follow text/template: `range` and `with` rebind the dot, maps iterate in key order,
 * empty values (false, 0, "", [], {}, nil) are false, and a missing value prints as nothing (as Helm does).
 */
export interface ChartRelease {
  readonly name: string;
  readonly namespace: string;
}

type Value = unknown;
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'print'; expression: string }
  | { kind: 'if' | 'with'; expression: string; then: Node[]; otherwise: Node[] }
  | { kind: 'range'; key?: string; element: string; expression: string; body: Node[] };

interface Scope {
  readonly dot: Value;
  readonly root: Value;
  readonly variables: Map<string, Value>;
}

const ACTION = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;

/** Splits a template into text and actions, applying `{{-` / `-}}` whitespace trimming. */
function lex(source: string): ({ text: string } | { action: string })[] {
  const parts: ({ text: string } | { action: string })[] = [];
  let last = 0;
  let trimNext = false;
  for (const match of source.matchAll(ACTION)) {
    let text = source.slice(last, match.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (match[1] === '-') text = text.replace(/\s+$/, '');
    parts.push({ text });
    if (!match[2]!.startsWith('/*')) parts.push({ action: match[2]! });
    trimNext = match[3] === '-';
    last = match.index + match[0].length;
  }
  let rest = source.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  parts.push({ text: rest });
  return parts;
}

function parseTemplate(source: string, file: string): Node[] {
  const parts = lex(source);
  let index = 0;
  const block = (terminators: readonly string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (index < parts.length) {
      const part = parts[index++]!;
      if ('text' in part) {
        if (part.text) nodes.push({ kind: 'text', text: part.text });
        continue;
      }
      const [keyword] = part.action.split(/\s+/, 1);
      if (terminators.includes(part.action) || (keyword === 'else' && terminators.includes('else'))) return { nodes, end: part.action };
      if (keyword === 'if' || keyword === 'with') {
        const expression = part.action.slice(keyword.length).trim();
        const then = block(['else', 'end']);
        if (then.end.startsWith('else') && then.end !== 'else') throw new Error(`${file}: "${then.end}" is not supported`);
        const otherwise = then.end === 'else' ? block(['end']).nodes : [];
        nodes.push({ kind: keyword, expression, then: then.nodes, otherwise });
      } else if (keyword === 'range') {
        const header = /^range\s+(?:(\$\w+)\s*,\s*)?(\$\w+)\s*:=\s*(.+)$/.exec(part.action);
        if (!header) throw new Error(`${file}: range needs variables ("range $k, $v := …"): ${part.action}`);
        nodes.push({ kind: 'range', ...(header[1] ? { key: header[1] } : {}), element: header[2]!, expression: header[3]!, body: block(['end']).nodes });
      } else if (['end', 'else', 'define', 'template', 'include', 'block'].includes(keyword!)) {
        throw new Error(`${file}: unexpected or unsupported action "${part.action}"`);
      } else {
        nodes.push({ kind: 'print', expression: part.action });
      }
    }
    if (terminators.length > 0) throw new Error(`${file}: missing {{ end }}`);
    return { nodes, end: '' };
  };
  return block([]).nodes;
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|\(|\)|\||-?\d+(?:\.\d+)?|\$\w*(?:\.\w+)*|\.\w+(?:\.\w+)*|\.|[A-Za-z_]\w*)/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(expression);
    if (!match) throw new Error(`cannot read "${expression}" at ${TOKEN.lastIndex}`);
    tokens.push(match[1]!);
  }
  return tokens;
}

function truthy(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function field(value: Value, path: readonly string[]): Value {
  let current = value;
  for (const name of path) current = current !== null && typeof current === 'object' ? (current as Record<string, Value>)[name] : undefined;
  return current;
}

function printed(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') throw new Error(`a map or list cannot be printed as is: use toYaml or toJson (${JSON.stringify(value)})`);
  return String(value);
}

function printf(format: string, ...args: Value[]): string {
  let next = 0;
  return format.replace(/%([svd%])/g, (_, verb: string) => (verb === '%' ? '%' : printed(args[next++])));
}

const FUNCTIONS: Record<string, (...args: Value[]) => Value> = {
  eq: (a, b) => a === b,
  and: (...args) => args.find((arg) => !truthy(arg)) ?? args.at(-1),
  not: (a) => !truthy(a),
  default: (fallback, value) => (truthy(value) ? value : fallback),
  quote: (value) => JSON.stringify(printed(value)),
  upper: (value) => printed(value).toUpperCase(),
  printf: (format, ...args) => printf(String(format), ...args),
  toYaml: (value) => stringify(value).replace(/\n$/, ''),
  toJson: (value) => JSON.stringify(value),
  nindent: (count, text) => `\n${String(text).split('\n').map((line) => ' '.repeat(Number(count)) + line).join('\n')}`,
};

/** Evaluates one pipeline: `cmd | cmd …`, each command an operand or a function with arguments. */
function evaluate(expression: string, scope: Scope): Value {
  const tokens = tokenize(expression);
  let position = 0;
  const operand = (): Value => {
    const token = tokens[position++];
    if (token === undefined) throw new Error(`"${expression}" ends too early`);
    if (token === '(') {
      const value = pipeline();
      if (tokens[position++] !== ')') throw new Error(`missing ) in "${expression}"`);
      return value;
    }
    if (token.startsWith('"')) return JSON.parse(token) as string;
    if (/^-?\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === '.') return scope.dot;
    if (token.startsWith('.')) return field(scope.dot, token.slice(1).split('.'));
    if (token.startsWith('$')) {
      const [name, ...path] = token.split('.');
      const base = name === '$' ? scope.root : scope.variables.get(name!);
      if (name !== '$' && !scope.variables.has(name!)) throw new Error(`undefined variable ${name}`);
      return field(base, path);
    }
    throw new Error(`"${token}" is not a value in "${expression}"`);
  };
  const command = (piped: Value[] = []): Value => {
    const token = tokens[position];
    if (token && /^[A-Za-z_]\w*$/.test(token) && !['true', 'false'].includes(token)) {
      position += 1;
      const fn = FUNCTIONS[token];
      if (!fn) throw new Error(`function "${token}" is not supported by this renderer`);
      const args: Value[] = [];
      while (position < tokens.length && tokens[position] !== '|' && tokens[position] !== ')') args.push(operand());
      return fn(...args, ...piped);
    }
    if (piped.length > 0) throw new Error(`only a function can follow | in "${expression}"`);
    return operand();
  };
  const pipeline = (): Value => {
    let value = command();
    while (tokens[position] === '|') {
      position += 1;
      value = command([value]);
    }
    return value;
  };
  const value = pipeline();
  if (position !== tokens.length) throw new Error(`unexpected "${tokens[position]}" in "${expression}"`);
  return value;
}

function execute(nodes: readonly Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'print') out += printed(evaluate(node.expression, scope));
    else if (node.kind === 'if') out += execute(truthy(evaluate(node.expression, scope)) ? node.then : node.otherwise, scope);
    else if (node.kind === 'with') {
      const value = evaluate(node.expression, scope);
      out += truthy(value) ? execute(node.then, { ...scope, dot: value }) : execute(node.otherwise, scope);
    } else if (node.kind === 'range') {
      const collection = evaluate(node.expression, scope);
      const entries: [Value, Value][] = Array.isArray(collection)
        ? collection.map((element, index) => [index, element])
        : collection && typeof collection === 'object'
          ? Object.keys(collection).sort().map((key) => [key, (collection as Record<string, Value>)[key]])
          : [];
      for (const [key, element] of entries) {
        const variables = new Map(scope.variables);
        if (node.key) variables.set(node.key, key);
        variables.set(node.element, element);
        out += execute(node.body, { ...scope, dot: element, variables });
      }
    }
  }
  return out;
}

function isPlainObject(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Helm's merge of a values file over the chart's defaults: maps merge key by key, anything else is replaced. */
export function mergeValues(base: Value, override: Value): Value {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, Value> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(base[key], value);
  return merged;
}

/** The chart's values.yaml merged with each file given (as `helm -f a.yaml -f b.yaml`). */
export function chartValues(chartDir: string, valueFiles: readonly string[] = []): Value {
  return valueFiles.reduce<Value>((values, file) => mergeValues(values, parse(readFileSync(join(chartDir, file), 'utf8'))), parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')));
}

/** Every template rendered with the values, split into the Kubernetes objects (as `helm template` prints them). */
export function renderChart(chartDir: string, values: Value, release: ChartRelease): Record<string, any>[] {
  const chart = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, Value>;
  const root = { Values: values, Release: { Name: release.name, Namespace: release.namespace, Service: 'Helm' }, Chart: { Name: chart['name'], Version: chart['version'], AppVersion: chart['appVersion'] } };
  const templates = readdirSync(join(chartDir, 'templates')).filter((file) => file.endsWith('.yaml')).sort();
  return templates.flatMap((file) => {
    const rendered = execute(parseTemplate(readFileSync(join(chartDir, 'templates', file), 'utf8'), file), { dot: root, root, variables: new Map() });
    return rendered
      .split(/^---\s*$/m)
      .map((document) => parse(document) as Record<string, any> | null)
      .filter((object): object is Record<string, any> => object !== null && typeof object === 'object');
  });
}
