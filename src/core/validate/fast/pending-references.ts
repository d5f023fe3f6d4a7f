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
}

type Waiting<C> = Map<string, PendingReference<C>[]>;

export class PendingReferences<C> {
  private young: Waiting<C> = new Map();
  private old: Waiting<C> = new Map();
  private youngCount = 0;
  private readonly spill = new SpillFile({ ints: 4, strings: 3 });
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
    if (++this.youngCount * 2 >= this.budget) {
      for (const [oldTarget, references] of this.old) for (const r of references) this.write(oldTarget, r);
      this.old = this.young;
      this.young = new Map();
      this.youngCount = 0;
    }
  }

  private write(target: string, { focus, shape, value, key }: PendingReference<C>): void {
    // the key (below 2^53) in two 32-bit halves
    this.spill.append([this.index.get(shape) as number, value.termType === 'BlankNode' ? 1 : 0, Math.floor(key / 2 ** 32) | 0, key % 2 ** 32 | 0], [target, focus, value.value]);
  }

  /** Takes the references kept in memory that wait for `target`. */
  take(target: string): PendingReference<C>[] | undefined {
    const young = this.young.get(target);
    const old = this.old.get(target);
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
    const inMemory = (waiting: Waiting<C>) => [...waiting].flatMap(([target, references]) => references.map((r) => [target, r] as const));
    batch.push(...inMemory(this.old), ...inMemory(this.young));
    for (const { ints, strings } of this.spill.records()) {
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
      const [shape, blank, high, low] = ints as [number, number, number, number];
      const [target, focus, value] = strings as [string, string, string];
      const key = high * 2 ** 32 + (low >>> 0);
      batch.push([target, { focus, shape: this.shapes[shape] as C, value: blank === 1 ? factory.blankNode(value) : factory.namedNode(value), key }]);
    }
    if (batch.length > 0) yield batch;
  }

  dispose(): void {
    this.young.clear();
    this.old.clear();
    this.spill.dispose();
  }
}
