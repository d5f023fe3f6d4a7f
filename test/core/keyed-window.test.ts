import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedWindow } from '../../src/core/stream/window.js';

describe("KeyedWindow (the streaming writers' window of latest values)", () => {
  it('retires each value once, oldest first, after at least `size` newer ones came, and finds it until then', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 80 }),
        (size, keys) => {
          const retired: number[] = [];
          const set: number[] = [];
          let ended = false;
          const window = new KeyedWindow<{ key: string; at: number }>(size, (v) => {
            retired.push(v.at);
            // still findable while it leaves
            expect(window.get(v.key)).toBe(v);
            // it stayed while at least `size` newer values came, and fewer than twice that
            const newer = set.length - 1 - set.indexOf(v.at);
            if (!ended) expect(newer).toBeGreaterThanOrEqual(size);
            expect(newer).toBeLessThan(2 * size);
          });
          keys.forEach((k, at) => {
            // as the writers use it: a key comes again once its value has left
            if (window.get(String(k)) !== undefined) return;
            set.push(at);
            window.set(String(k), { key: String(k), at });
            expect(window.get(String(k))?.at).toBe(at);
          });
          ended = true;
          window.end();
          expect(retired).toEqual(set);
        },
      ),
    );
  });
});
