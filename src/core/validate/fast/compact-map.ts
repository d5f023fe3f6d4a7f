/**
 * A map from strings (node IRIs) to small integers, kept in typed arrays: about 12 bytes of index and
 * the string's UTF-8 bytes per entry, against some 80 bytes in a `Map`. The fast path keeps one entry
 * per node that references may ask about, so on a million-record export this is the difference
 * between flat and growing memory. Keys are compared in full: exact, never probabilistic.
 */
const encoder = new TextEncoder();

export class CompactStringMap {
  private slots = new Int32Array(1 << 12); // entry index + 1; 0 is empty
  private hashes = new Int32Array(1 << 11);
  private offsets = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private values = new Int32Array(1 << 11);
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private count = 0;
  private scratch = new Uint8Array(256);

  get size(): number {
    return this.count;
  }

  private encode(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    return encoder.encodeInto(key, this.scratch).written;
  }

  private static hash(bytes: Uint8Array, length: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    return h | 0; // as the Int32Array stores it
  }

  private find(length: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i] as number;
      if (slot === 0) return -(i + 1);
      const e = slot - 1;
      if (this.hashes[e] === h && this.lengths[e] === length && this.equals(e, length)) return e;
    }
  }

  private equals(entry: number, length: number): boolean {
    const start = this.offsets[entry] as number;
    for (let i = 0; i < length; i++) if (this.arena[start + i] !== this.scratch[i]) return false;
    return true;
  }

  get(key: string): number | undefined {
    const length = this.encode(key);
    const e = this.find(length, CompactStringMap.hash(this.scratch, length));
    return e >= 0 ? this.values[e] : undefined;
  }

  set(key: string, value: number): void {
    const length = this.encode(key);
    const h = CompactStringMap.hash(this.scratch, length);
    const found = this.find(length, h);
    if (found >= 0) {
      this.values[found] = value;
      return;
    }
    const e = this.count++;
    if (e >= this.hashes.length) this.growEntries();
    if (this.used + length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      bigger.set(this.arena);
      this.arena = bigger;
    }
    this.arena.set(this.scratch.subarray(0, length), this.used);
    this.hashes[e] = h;
    this.offsets[e] = this.used;
    this.lengths[e] = length;
    this.values[e] = value;
    this.used += length;
    this.slots[-found - 1] = e + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private growEntries(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.offsets = grow(this.offsets);
    this.lengths = grow(this.lengths);
    this.values = grow(this.values);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let i = (this.hashes[e] as number) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = e + 1;
    }
  }
}
