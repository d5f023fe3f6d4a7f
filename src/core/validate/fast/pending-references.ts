/**
 * Class references waiting for the node they point at: checked when that node is finished, or at the
 * end. At most `budget` references are kept in memory, in two generations (as in `TypeIndex`); older
 * ones go to a spill file. A spilled reference is checked at the end, against the type index, which
 * by then knows every finished node. So an export whose every record points at a node it does not
 * hold (each such reference a violation) still validates in bounded memory.
 */
import type { Term } from '@rdfjs/types';
import { factory } from '../../rdf/terms.js';
import { SpillFile } from './spill.js';

export interface PendingReference<C = unknown> {
  /** the node whose value it is */
  readonly focus: string;
  /** the check to make when the node's types are known */
  readonly shape: C;
  /** the value: an IRI or a blank node (a literal is never waited for) */
  readonly value: Term;
  /** the key of its result, if it has one (see `KeptResults`) */
  readonly key: number;
  /**
   * for references whose results could only be counted (past `maxResults`): how many such references
   * of this check wait for this node, in one entry (`focus` and `key` then say nothing)
   */
  count?: number;
}

type Waiting<C> = Map<string, PendingReference<C>[]>;

export class PendingReferences<C> {
  private young: Waiting<C> = new Map();
  private old: Waiting<C> = new Map();
  private youngCount = 0;
  /** the counted entries of the young generation, by node and check */
  private readonly counted = new Map<string, Map<C, PendingReference<C>>>();
  // the value is the target's node id, so it is not written again
  private readonly spill = new SpillFile({ ints: 4, strings: 2 });
  private readonly index: Map<C, number>;

  /**
   * @param shapes every check a reference may wait with (spilled references name their shape by its place here)
   * @param budget the most references kept in memory (`Infinity`: all)
   */
  constructor(
    private readonly shapes: readonly C[],
    private readonly budget: number = 1 << 14,
  ) {
    this.index = new Map(shapes.map((shape, i) => [shape, i]));
  }

  /** Adds a reference to `target` (a node id that does not share memory with a parser's input). */
  add(target: string, reference: PendingReference<C>): void {
    const list = this.young.get(target);
    if (list) list.push(reference);
    else this.young.set(target, [reference]);
    this.grew();
  }

  /**
   * Adds a reference whose result, if any, is only counted: references of one check to one node are
   * one entry, so that a code list's concepts that every record points at cost a number each.
   */
  addCounted(target: string, shape: C, value: Term): void {
    if (this.countAgain(target, shape)) return;
    let byShape = this.counted.get(target);
    const reference: PendingReference<C> = { focus: '', shape, value, key: -1, count: 1 };
    if (!byShape) this.counted.set(target, (byShape = new Map()));
    byShape.set(shape, reference);
    const list = this.young.get(target);
    if (list) list.push(reference);
    else this.young.set(target, [reference]);
    this.grew();
  }

  /**
   * Counts one more reference of `shape` to `target` where an entry of them waits already (the caller
   * then need not copy the target and value out of the parser's input); false when none does.
   */
  countAgain(target: string, shape: C): boolean {
    const entry = this.counted.get(target)?.get(shape);
    if (entry === undefined) return false;
    entry.count = (entry.count as number) + 1;
    return true;
  }

  private grew(): void {
    if (++this.youngCount * 2 >= this.budget) {
      this.counted.clear();
      for (const [oldTarget, references] of this.old) for (const r of references) this.write(oldTarget, r);
      this.old = this.young;
      this.young = new Map();
      this.youngCount = 0;
    }
  }

  private write(target: string, { focus, shape, value, key, count }: PendingReference<C>): void {
    // the key (below 2^53) in two 32-bit halves; a counted entry as -1 and its count
    const [high, low] = count === undefined ? [Math.floor(key / 2 ** 32) | 0, (key % 2 ** 32) | 0] : [-1, count];
    this.spill.append(
      [this.index.get(shape) as number, value.termType === 'BlankNode' ? 1 : 0, high, low],
      [target, focus],
    );
  }

  /** Takes the references kept in memory that wait for `target`. */
  take(target: string): PendingReference<C>[] | undefined {
    const young = this.young.get(target);
    const old = this.old.get(target);
    if (this.counted.size > 0) this.counted.delete(target);
    if (young) this.young.delete(target);
    if (old) this.old.delete(target);
    return young && old ? [...old, ...young] : (young ?? old);
  }

  /**
   * Everything still waiting, with the node each waits for, in batches of at most `size` references
   * (a batch is looked up in the type index at once).
   */
  *remaining(size: number): Iterable<(readonly [string, PendingReference<C>])[]> {
    let batch: (readonly [string, PendingReference<C>])[] = [];
    const inMemory = (waiting: Waiting<C>) =>
      [...waiting].flatMap(([target, references]) => references.map((r) => [target, r] as const));
    batch.push(...inMemory(this.old), ...inMemory(this.young));
    for (const { ints, strings } of this.spill.records()) {
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
      const [shape, blank, high, low] = ints as [number, number, number, number];
      const [target, focus] = strings as [string, string];
      const value = blank === 1 ? factory.blankNode(target.slice(2)) : factory.namedNode(target);
      if (high === -1) batch.push([target, { focus, shape: this.shapes[shape] as C, value, key: -1, count: low }]);
      else batch.push([target, { focus, shape: this.shapes[shape] as C, value, key: high * 2 ** 32 + (low >>> 0) }]);
    }
    if (batch.length > 0) yield batch;
  }

  dispose(): void {
    this.counted.clear();
    this.young.clear();
    this.old.clear();
    this.spill.dispose();
  }
}
