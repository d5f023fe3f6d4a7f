/**
 * Whether a stream's triples are grouped by subject, as the fast path needs: a subject that comes
 * back after another makes it give up for the reference path. A subject is kept as a 64-bit
 * hash (two 32-bit hashes); a collision (about once in 10^7 exports of a million subjects) only costs
 * time, as the caller then takes the exact reference path.
 *
 * Memory is bounded: the table holds at most `budget` subjects, then its hashes go to a spill file
 * and it starts again empty. Comebacks within the table are seen at once; the rest at `finish`, which
 * reads the spill file in as many passes as needed to check a budget's worth of hashes at a time.
 */
import { SpillFile } from './spill.js';

/** A set of hash pairs in two typed arrays (8 bytes a slot), at most half full. */
class HashTable {
  a: Int32Array;
  b: Int32Array;
  count = 0;
  constructor(capacity: number) {
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }
  /** false if the pair was there already */
  insert(h1: number, h2: number): boolean {
    if (this.count * 2 >= this.a.length) this.grow();
    const mask = this.a.length - 1;
    for (let i = (h1 ^ h2) & mask; ; i = (i + 1) & mask) {
      if (this.a[i] === 0) {
        this.a[i] = h1;
        this.b[i] = h2;
        this.count++;
        return true;
      }
      if (this.a[i] === h1 && this.b[i] === h2) return false;
    }
  }
  private grow(): void {
    const [a, b] = [this.a, this.b];
    this.a = new Int32Array(a.length * 2);
    this.b = new Int32Array(a.length * 2);
    this.count = 0;
    a.forEach((h1, i) => {
      if (h1 !== 0) this.insert(h1, b[i] as number);
    });
  }
}

export function hashes(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 | 1, h2]; // h1 is never 0: 0 marks an empty slot
}

const MIN_CAPACITY = 1 << 12;

export class GroupingCheck {
  private table = new HashTable(MIN_CAPACITY);
  private readonly spill = new SpillFile({ ints: 2, strings: 0 });
  private spilled = 0;
  private current: string | undefined;

  /** @param budget the most subjects kept in memory at a time */
  constructor(private readonly budget: number = 1 << 18) {}

  /** Takes the next triple's subject; false when it came before another subject, so the stream is not grouped. */
  next(subject: string): boolean {
    if (subject === this.current) return true;
    this.current = subject;
    const [h1, h2] = hashes(subject);
    if (!this.table.insert(h1, h2)) return false;
    if (this.table.count >= this.budget) this.spillTable();
    return true;
  }

  private spillTable(): void {
    const { a, b } = this.table;
    for (let i = 0; i < a.length; i++) if (a[i] !== 0) this.spill.append([a[i] as number, b[i] as number]);
    this.spilled += this.table.count;
    this.table = new HashTable(MIN_CAPACITY);
  }

  /** After the last triple: true if any subject came back after another (counting those spilled). */
  anySeenTwice(): boolean {
    if (this.spilled === 0) return false;
    this.spillTable();
    const passes = Math.ceil(this.spilled / this.budget);
    for (let pass = 0; pass < passes; pass++) {
      // each pass takes the hashes of one part, so that a pass holds about a budget's worth
      const part = new HashTable(MIN_CAPACITY);
      for (const { ints } of this.spill.records()) {
        const [h1, h2] = ints as [number, number];
        if ((h2 >>> 0) % passes !== pass) continue;
        if (!part.insert(h1, h2)) return true;
      }
    }
    return false;
  }

  dispose(): void {
    this.spill.dispose();
  }
}
