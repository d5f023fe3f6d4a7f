/**
 * An input validated in parts (threads, node-threads.ts): a part's references to nodes it does not
 * hold are set aside when the part ends, the other parts are asked for those nodes' types, and the
 * references are then answered with what they gave.
 */
import type { References, Waiting } from './references.js';

export class PartReferences {
  /** the references to nodes this part does not hold, by target */
  private deferred: Map<string, Waiting[]> | undefined;

  constructor(private readonly references: References) {}

  /**
   * Answers the references to nodes of this part; returns the nodes the other references point at,
   * which other parts may hold.
   */
  setAside(): string[] {
    const deferred = new Map<string, Waiting[]>();
    for (const batch of this.references.remaining(1 << 16)) {
      const bits = this.references.bitsOf(batch.map(([target]) => target));
      for (const [target, reference] of batch) {
        const found = bits.get(target) ?? 0;
        if (found !== 0) this.references.answer(reference, found);
        else {
          const list = deferred.get(target);
          if (list) list.push(reference);
          else deferred.set(target, [reference]);
        }
      }
    }
    this.deferred = deferred;
    return [...deferred.keys()];
  }

  /** The type bits of those of `nodes` this part holds (for another part's references). */
  bitsOf(nodes: readonly string[]): Map<string, number> {
    const found = this.references.bitsOf(nodes);
    for (const [node, bits] of found) if (bits === 0) found.delete(node);
    return found;
  }

  /** Answers the references set aside, with the types the other parts gave (0: no part holds the node). */
  answer(bits: ReadonlyMap<string, number>): void {
    for (const [target, references] of this.deferred ?? []) {
      for (const reference of references) this.references.answer(reference, bits.get(target) ?? 0);
    }
    this.deferred = undefined;
  }
}
