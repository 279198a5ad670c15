import { readFileSync } from 'node:fs';
import { ROLES, type Role } from '@support-graph/runtime';

export type MatrixCell = 'allow' | 'deny' | 'own' | 'mask' | 'integration' | 'internal';

export interface MatrixRow {
  readonly type: string;
  readonly field: string;
  readonly cells: Readonly<Record<Role, MatrixCell>>;
}

const CELLS = new Set<MatrixCell>(['allow', 'deny', 'own', 'mask', 'integration', 'internal']);

/** Reads the role matrix between the `role-matrix` markers of docs/security.md. */
export function readRoleMatrix(path = new URL('../../docs/security.md', import.meta.url)): MatrixRow[] {
  const text = readFileSync(path, 'utf8');
  const block = /<!-- role-matrix:start -->([\s\S]*?)<!-- role-matrix:end -->/.exec(text)?.[1];
  if (!block) throw new Error('docs/security.md has no role matrix');
  const lines = block.trim().split('\n').map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const [header, , ...rows] = lines;
  if (!header || header.slice(1).join(',') !== ROLES.join(',')) throw new Error(`role matrix columns must be: field, ${ROLES.join(', ')}`);
  return rows.map((cells) => {
    const [name, ...values] = cells;
    const [type, field] = (name ?? '').split('.');
    if (!type || !field || values.length !== ROLES.length || !values.every((value) => CELLS.has(value as MatrixCell))) {
      throw new Error(`malformed role matrix row: ${cells.join(' | ')}`);
    }
    return { type, field, cells: Object.fromEntries(ROLES.map((role, index) => [role, values[index] as MatrixCell])) as Record<Role, MatrixCell> };
  });
}
