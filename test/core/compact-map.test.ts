import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CompactStringMap } from '../../src/core/validate/fast/compact-map.js';

describe('CompactStringMap', () => {
  it('behaves as a Map from strings to integers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 0, max: 2 ** 30 })), { maxLength: 3000 }), (entries) => {
        const compact = new CompactStringMap();
        const map = new Map<string, number>();
        for (const [k, v] of entries) {
          compact.set(k, v);
          map.set(k, v);
        }
        expect(compact.size).toBe(map.size);
        for (const [k] of entries) expect(compact.get(k)).toBe(map.get(k));
        expect(compact.get('\u0000 never set')).toBe(map.get('\u0000 never set'));
      }),
      { numRuns: 60 },
    );
  });
});
