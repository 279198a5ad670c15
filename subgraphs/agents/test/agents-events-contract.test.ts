import { readFileSync } from 'node:fs';

describe('agents event contract', () => {
  it('imports nothing, so the gateway and other consumers take on no dependency of the agents subgraph', () => {
    const source = readFileSync(new URL('../src/events/agents-events.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+[^;]*\bfrom)\b/m);
  });
});
