/**
 * The types of finished nodes that references may ask about, as bits (one per class a reference asks
 * for). The most recently used `budget` nodes are kept in memory: in an export, a reference mostly
 * points at a node close by (a record's own parts) or at a shared one it keeps warm (a descriptor, an
 * organisation). The others go to a spill file as they are pushed out, and references to them are
 * answered at the end, a read of that file for each batch of waiting references: exact, in memory
 * bounded by the budget.
 */
import { SpillFile } from './spill.js';

export class TypeIndex {
  // Two generations instead of a strict LRU: a Map deleted from the front pays for the holes it leaves
  // on every later look at its first entry. Nodes go into `young`; when it is half the budget, `old`
  // is spilled and `young` becomes `old`. A node looked up in `old` moves back to `young`, so the
  // nodes references keep asking for stay in memory.
  private young = new Map<string, number>();
  private old = new Map<string, number>();
  private readonly spill = new SpillFile({ ints: 1, strings: 1 });

  /** @param budget the most nodes kept in memory (`Infinity`: all, for data already in memory) */
  constructor(private readonly budget: number = 1 << 16) {}

  /** Records a finished node's type bits. `node` must not share memory with a parser's input. */
  set(node: string, bits: number): void {
    this.young.set(node, bits);
    if (this.young.size * 2 >= this.budget) {
      for (const [oldNode, oldBits] of this.old) this.write(oldNode, oldBits);
      this.old = this.young;
      this.young = new Map();
    }
  }

  /** The bits of a node kept in memory (keeping it there longer); undefined when not in memory. */
  recentBits(node: string): number | undefined {
    const bits = this.young.get(node);
    if (bits !== undefined) return bits;
    const older = this.old.get(node);
    if (older !== undefined) {
      this.old.delete(node);
      this.set(node, older);
    }
    return older;
  }

  private write(node: string, bits: number): void {
    this.spill.append([bits], [node]);
  }

  /** Whether every node recorded is still in memory (then `recentBits` answers for all of them). */
  get allInMemory(): boolean {
    return this.spill.count === 0;
  }

  /** The bits of a node in memory, 0 for one never recorded; only when `allInMemory`. */
  bitsInMemory(node: string): number {
    return this.young.get(node) ?? this.old.get(node) ?? 0;
  }

  /**
   * The bits of each of `nodes` (0 for a node never recorded, or recorded without bits), looking in
   * memory and in what was pushed out.
   */
  bitsOf(nodes: Iterable<string>): Map<string, number> {
    const found = new Map<string, number>();
    const wanted = new Set<string>();
    for (const node of nodes) {
      const bits = this.young.get(node) ?? this.old.get(node);
      if (bits !== undefined) found.set(node, bits);
      else wanted.add(node);
    }
    if (wanted.size > 0 && this.spill.count > 0) {
      for (const { ints, strings } of this.spill.records()) {
        const node = strings[0] as string;
        if (wanted.has(node)) found.set(node, ints[0] as number);
      }
    }
    for (const node of wanted) if (!found.has(node)) found.set(node, 0);
    return found;
  }

  dispose(): void {
    this.spill.dispose();
  }
}
