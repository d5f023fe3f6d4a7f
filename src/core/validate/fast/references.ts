/**
 * The fast path's references: a check that needs the types of the node a value points at (a profile's
 * class rule, an own shape's sh:class, sh:node and the like) is answered at once when that node is
 * finished and its types are still in memory (`TypeIndex`), else it waits (`PendingReferences`) until
 * the node comes, or the end. A node's types are kept as bits: one per class a reference asks for,
 * one per own shape a value must conform to, and one every finished node has.
 */
import type { Term } from '@rdfjs/types';
import { nodeId } from '../../rdf/terms.js';
import { FallbackNeeded } from './fallback.js';
import type { Severity } from '../types.js';
import type { CompiledShape } from './compile.js';
import { PendingReferences, type PendingReference } from './pending-references.js';
import { own, ownTerm, type FastResults } from './results.js';
import { answerDeferred, conforms, isInstance, type EvalContext, type NodeView } from './shapes-eval.js';
import type { Constraint, ShapeDef } from './shapes-read.js';
import { TypeIndex } from './type-index.js';

/** A check that waits for the node a value points at: a profile's class rule, or an own shape's constraint. */
export type Deferred = CompiledShape | { readonly shape: ShapeDef; readonly constraint: Constraint };

/** A reference waiting for its node. */
export type Waiting = PendingReference<Deferred>;

const severityOf = (check: Deferred): Severity => ('constraint' in check ? check.shape.severity : check.severity);

/** What references ask about, and how much of it is kept in memory. */
export interface ReferencePlan {
  /** the classes references ask for */
  readonly classes: Iterable<string>;
  /** the own shapes a value must conform to (sh:node and the like) */
  readonly atoms: Iterable<ShapeDef>;
  /** the profile form's shapes with a class check */
  readonly classChecks: Iterable<CompiledShape>;
  /** every top-level own shape and its property shapes: those whose checks may wait for a node */
  readonly ownShapes: Iterable<ShapeDef>;
  /** finished nodes whose types are kept in memory */
  readonly types?: number | undefined;
  /** references waiting for their node, kept in memory */
  readonly references?: number | undefined;
}

export class References {
  /** one bit per class a reference asks for: a node's referenced types fit in one small integer */
  private readonly classBit = new Map<string, number>();
  /** one bit per own shape a value must conform to */
  private readonly atomBit = new Map<ShapeDef, number>();
  /** the bit every finished node has, when some value must conform to an own shape */
  private presentBit = 0;
  private readonly typesOf: TypeIndex;
  /** references to nodes not finished (or no longer in memory) when they were checked */
  private readonly pending: PendingReferences<Deferred>;
  private readonly ownChecks = new Map<ShapeDef, Map<Constraint, Deferred>>();

  /** @throws FallbackNeeded when the bits do not fit in a small integer */
  constructor(
    plan: ReferencePlan,
    private readonly results: FastResults,
  ) {
    let next = 0;
    for (const c of plan.classes) this.classBit.set(c, 2 ** next++);
    for (const atom of plan.atoms) this.atomBit.set(atom, 2 ** next++);
    if (this.atomBit.size > 0) this.presentBit = 2 ** next++;
    if (next > 30) throw new FallbackNeeded('more referenced classes and shapes than the type index holds');
    this.typesOf = new TypeIndex(plan.types);
    const checks: Deferred[] = [...plan.classChecks];
    for (const shape of plan.ownShapes) {
      const byConstraint = new Map<Constraint, Deferred>();
      for (const constraint of shape.constraints) {
        if (constraint.kind !== 'class' && constraint.kind !== 'shapes') continue;
        const check: Deferred = { shape, constraint };
        byConstraint.set(constraint, check);
        checks.push(check);
      }
      this.ownChecks.set(shape, byConstraint);
    }
    this.pending = new PendingReferences<Deferred>(checks, plan.references);
  }

  /** The bits of a node with these types. */
  classBits(types: readonly string[]): number {
    let bits = 0;
    for (const t of types) bits |= this.classBit.get(t) ?? 0;
    return bits;
  }

  /** A finished node's bits for the own shapes it conforms to (with `presentBit`), when any are asked about. */
  shapeBits(view: NodeView, context: EvalContext): number {
    if (this.presentBit === 0) return 0;
    let bits = this.presentBit;
    for (const [atom, bit] of this.atomBit) if (conforms(atom, view, context) === true) bits |= bit;
    return bits;
  }

  /** A node is finished: its bits are kept and the references that waited for it answered. */
  finished(node: string, bits: number): void {
    if (bits !== 0) this.typesOf.set(own(node), bits);
    for (const reference of this.pending.take(node) ?? []) this.answer(reference, bits);
  }

  /** The types of a node of another part, without checking it (see `FastValidator.primeTypes`). */
  prime(node: string, types: readonly string[]): void {
    const bits = this.classBits(types);
    if (bits !== 0) this.typesOf.set(own(node), bits);
  }

  /** The check an own shape's constraint waits with. */
  ownCheck(shape: ShapeDef, constraint: Constraint): Deferred {
    const check = this.ownChecks.get(shape)?.get(constraint);
    if (check === undefined) throw new Error(`profielkit: no deferred check for ${shape.id}`);
    return check;
  }

  /**
   * Checks `value` of node `focus`: now, if its node is the focus node (`focusBits`) or finished and
   * in memory; else when the node comes, or at the end.
   */
  check(focus: string, check: Deferred, value: Term, key: number, focusBits: number): void {
    const target = nodeId(value);
    const bits = target === focus ? focusBits : this.typesOf.recentBits(target);
    if (bits !== undefined) this.answer({ focus, shape: check, value, key }, bits);
    else this.wait(target, focus, check, value, key);
  }

  /** Whether a value whose node has these type bits is an instance of one of the classes the shape asks for. */
  private classHolds(shape: CompiledShape, value: Term, bits: number): boolean {
    return isInstance(value, shape.classCheck!.classes, (c) => ((this.classBit.get(c) ?? 0) & bits) !== 0);
  }

  /** A check waits for the node `target` (the value's id); one whose result could only be counted waits as a number. */
  private wait(target: string, focus: string, check: Deferred, value: Term, key: number): void {
    if (this.results.couldKeep(severityOf(check), key)) {
      this.pending.add(own(target), { focus: own(focus), shape: check, value: ownTerm(value), key });
    } else if (!this.pending.countAgain(target, check)) {
      // a code list's concept every record points at: one entry, copied once
      this.pending.addCounted(own(target), check, ownTerm(value));
    }
  }

  /** Answers a check from its node's bits (0: it never came). */
  answer(reference: Waiting, bits: number): void {
    const { focus, shape: check, value, key, count } = reference;
    const holds =
      'constraint' in check
        ? answerDeferred(check.constraint, value, {
            present: this.presentBit !== 0 && (bits & this.presentBit) !== 0,
            hasClass: (cls: string) => ((this.classBit.get(cls) ?? 0) & bits) !== 0,
            conformsTo: (shape: ShapeDef) => ((this.atomBit.get(shape) ?? 0) & bits) !== 0,
          })
        : this.classHolds(check, value, bits);
    if (holds) return;
    // a counted entry stands for `count` references whose results would not be kept
    if (count !== undefined) this.results.countOnly(severityOf(check), count);
    else if ('constraint' in check) {
      this.results.add({ focus, shape: check.shape, component: check.constraint.component, value, key });
    } else {
      const component = check.classCheck!.component;
      this.results.add({ focus, shape: check.def, component, value, key, origin: check.origin });
    }
  }

  /** The references still waiting, in batches. */
  remaining(size: number): Iterable<(readonly [string, Waiting])[]> {
    return this.pending.remaining(size);
  }

  /** The bits of these nodes (0 for a node never finished). */
  bitsOf(nodes: Iterable<string>): Map<string, number> {
    return this.typesOf.bitsOf(nodes);
  }

  /** Answers every reference still waiting: the nodes they point at were pushed out of memory, or never came. */
  finish(): void {
    // with every node's types in memory each is answered at once; else a batch at a time, one read of the spill each
    if (this.typesOf.allInMemory) {
      for (const batch of this.pending.remaining(1024)) {
        for (const [target, reference] of batch) this.answer(reference, this.typesOf.bitsInMemory(target));
      }
    } else {
      for (const batch of this.pending.remaining(1 << 16)) {
        const bits = this.typesOf.bitsOf(batch.map(([target]) => target));
        for (const [target, reference] of batch) this.answer(reference, bits.get(target) ?? 0);
      }
    }
  }

  /** Removes the spill files. */
  dispose(): void {
    this.typesOf.dispose();
    this.pending.dispose();
  }
}
