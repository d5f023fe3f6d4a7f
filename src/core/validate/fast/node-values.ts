/**
 * Reading values: the node being read, as its triples come (a stream grouped by subject), keeping
 * only the values of the predicates the rules read, each value once (RDF's graphs are sets). It is
 * also the node as the evaluator of shapes of one's own reads it (`NodeView`), its term made only
 * when asked for.
 */
import type { Term } from '@rdfjs/types';
import { factory, RDF_TYPE, sameTerm } from '../../rdf/terms.js';
import { termKey } from './compile.js';
import type { NodeView } from './shapes-eval.js';

export const NO_VALUES: readonly Term[] = [];

export class NodeValues implements NodeView {
  /** the node's id (an IRI, or `_:label`), undefined between nodes */
  id: string | undefined;
  /** its rdf:type objects */
  types: string[] = [];
  private map = new Map<string, Term[]>();
  /** for a predicate with many values on one node, their keys, so that adding one stays cheap */
  private manyValues: Map<string, Set<string>> | undefined;
  private made: Term | undefined;

  /**
   * @param predicates the predicates whose values are kept
   * @param allPredicates keep the values of every predicate (sh:closed)
   */
  constructor(
    private readonly predicates: ReadonlySet<string>,
    private readonly allPredicates: boolean,
  ) {}

  /** Starts the node `id`. */
  start(id: string): void {
    this.id = id;
    this.made = undefined;
  }

  /** Adds a triple of the current node. */
  add(p: string, object: Term): void {
    if (p === RDF_TYPE) {
      this.types.push(object.value);
      if (!this.allPredicates && !this.predicates.has(p)) return;
    } else if (!this.allPredicates && !this.predicates.has(p)) return;
    const list = this.map.get(p);
    if (list === undefined) {
      this.map.set(p, [object]);
      return;
    }
    if (list.length < 16) {
      for (const other of list) if (sameTerm(other, object)) return;
    } else {
      this.manyValues ??= new Map();
      let keys = this.manyValues.get(p);
      if (keys === undefined) this.manyValues.set(p, (keys = new Set(list.map(termKey))));
      const key = termKey(object);
      if (keys.has(key)) return;
      keys.add(key);
    }
    list.push(object);
  }

  /** Ends the current node. */
  clear(): void {
    this.id = undefined;
    if (this.types.length > 0) this.types = [];
    if (this.map.size > 0) this.map = new Map();
    this.manyValues = undefined;
  }

  get term(): Term {
    const id = this.id ?? '';
    this.made ??= id.startsWith('_:') ? factory.blankNode(id.slice(2)) : factory.namedNode(id);
    return this.made;
  }

  values(p: string): readonly Term[] {
    return this.map.get(p) ?? NO_VALUES;
  }

  entries(): Iterable<readonly [string, readonly Term[]]> {
    return this.map;
  }
}
