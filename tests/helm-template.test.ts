import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChart } from './support/helm-template.js';

/** The test renderer of helm/support-graph follows text/template where the chart relies on it, and refuses what it does not implement. */
describe('the chart test renderer', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function render(template: string, values: unknown): Record<string, any>[] {
    const dir = mkdtempSync(join(tmpdir(), 'chart-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: fixture\nversion: 0.0.1\n');
    writeFileSync(join(dir, 'templates', 'object.yaml'), template);
    return renderChart(dir, values, { name: 'rel', namespace: 'ns' });
  }

  it('rebinds the dot in range and with, iterates maps in key order, trims around {{- -}}, and pipes into functions', () => {
    const template = [
      'kind: List',
      'items:',
      '{{- range $name, $item := .Values.items }}',
      '  - {{ printf "%s-%s" $.Release.Name $name | quote }}: {{ .size | default 1 }}',
      '{{- end }}',
      '{{- with .Values.extra }}',
      'extra: {{ .label | upper }}',
      '{{- end }}',
      'empty: {{ if .Values.none }}yes{{ else }}no{{ end }}',
    ].join('\n');
    expect(render(template, { items: { b: { size: 2 }, a: {} }, extra: { label: 'x' }, none: [] })).toEqual([
      { kind: 'List', items: [{ 'rel-a': 1 }, { 'rel-b': 2 }], extra: 'X', empty: 'no' },
    ]);
  });

  it('refuses syntax it does not implement instead of guessing', () => {
    expect(() => render('a: {{ include "x" . }}', {})).toThrow(/unsupported/);
    expect(() => render('a: {{ .Values.x | b64enc }}', { x: 'y' })).toThrow(/not supported/);
    expect(() => render('{{ range .Values.list }}x{{ end }}', { list: [1] })).toThrow(/range needs variables/);
    expect(() => render('{{ if .Values.x }}a: 1', { x: true })).toThrow(/missing \{\{ end \}\}/);
  });
});
