import fc from 'fast-check';
import { exceededJsonLimit, JsonLimits } from './json-limits';

const check = (text: string, limits: JsonLimits) => exceededJsonLimit(Buffer.from(text, 'utf8'), limits);
const roomy: JsonLimits = { maxDepth: 1000, maxItems: 1_000_000 };

/** Depth and item count by walking the parsed value: what the scan must agree with. */
function measure(value: unknown): { depth: number; items: number } {
  if (Array.isArray(value)) {
    const inner = value.map(measure);
    return {
      depth: 1 + Math.max(0, ...inner.map((m) => m.depth)),
      items: value.length + inner.reduce((sum, m) => sum + m.items, 0),
    };
  }
  if (value !== null && typeof value === 'object') {
    const inner = Object.values(value).map(measure);
    return {
      depth: 1 + Math.max(0, ...inner.map((m) => m.depth)),
      items: inner.length + inner.reduce((sum, m) => sum + m.items, 0),
    };
  }
  return { depth: 0, items: 0 };
}

describe('JSON limits checked on the raw body', () => {
  it('counts levels of objects and lists', () => {
    expect(check('[[[]]]', { ...roomy, maxDepth: 3 })).toBeNull();
    expect(check('[[[]]]', { ...roomy, maxDepth: 2 })).toMatchObject({ limit: 'maxDepth', maximum: 2 });
    expect(check('{"a":{"b":[1]}}', { ...roomy, maxDepth: 2 })?.limit).toBe('maxDepth');
    expect(check('"[[[[" ', { ...roomy, maxDepth: 1 })).toBeNull();
  });

  it('counts keys and list elements, not empty lists or what is inside strings', () => {
    expect(check('{"a":1,"b":[1,2,[]],"c":{}}', { ...roomy, maxItems: 6 })).toBeNull();
    expect(check('{"a":1,"b":[1,2,[]],"c":{}}', { ...roomy, maxItems: 5 })?.limit).toBe('maxItems');
    expect(check('[ ]', { ...roomy, maxItems: 0 })).toBeNull();
    expect(check('[ "x" ]', { ...roomy, maxItems: 0 })?.limit).toBe('maxItems');
    expect(check('["a,b:c\\"],[{", "\\\\"]', { ...roomy, maxItems: 2 })).toBeNull();
  });

  it('stops at the first breach of a hostile body and never recurses', () => {
    const hostile = '['.repeat(5_000_000);
    expect(check(hostile, { maxDepth: 16, maxItems: 10_000 })).toMatchObject({ limit: 'maxDepth' });
    expect(check(`[${'0,'.repeat(1_000_000)}0]`, { maxDepth: 16, maxItems: 10_000 })?.limit).toBe('maxItems');
  });

  it('agrees with a walk over the parsed value for any JSON, however it is laid out', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const { depth, items } = measure(value);
        expect(check(text, { maxDepth: depth, maxItems: items })).toBeNull();
        if (depth > 0) expect(check(text, { maxDepth: depth - 1, maxItems: items })?.limit).toBe('maxDepth');
        if (items > 0) expect(check(text, { maxDepth: depth, maxItems: items - 1 })?.limit).toBe('maxItems');
      }),
      { numRuns: 500 },
    );
  });
});
