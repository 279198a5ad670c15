import { readFileSync } from 'node:fs';
import { contentGapEventId, KnowledgeEventType } from '../src/events/knowledge-events.js';

describe('knowledge event contract', () => {
  it('imports nothing, so consumers take on no dependency of the knowledge subgraph', () => {
    const source = readFileSync(new URL('../src/events/knowledge-events.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+[^;]*\bfrom)\b/m);
  });

  it('names a gap’s detection once per gap', () => {
    expect(KnowledgeEventType.ContentGapDetected).toBe('knowledge.content_gap.detected');
    expect(contentGapEventId('abc')).toBe(contentGapEventId('abc'));
    expect(contentGapEventId('abc')).not.toBe(contentGapEventId('abd'));
  });
});
