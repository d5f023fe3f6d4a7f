/**
 * Limits on what an in-memory dataset may hold, checked quad by quad as it is built, so that a small
 * degenerate input fails within seconds instead of taking gigabytes:
 * - named graphs: N3.Store keeps indexes per graph, about 3 KB each (a million graphs of one triple
 *   took 3.3 GB before anything was written);
 * - properties of one node, where the output is JSON-LD: a node becomes one object with a key per
 *   property (a million predicates on one subject took 1.8 GB), and profielkit's own JSON-LD reader
 *   refuses objects with more than `maxKeys` keys.
 */
import type { Quad } from '@rdfjs/types';
import type { Store } from 'n3';
import { LimitError } from '../errors.js';

/** Named graphs a dataset read into memory may have by default. */
export const DEFAULT_MAX_GRAPHS = 10_000;

export interface StoreLimits {
  /** named graphs (default `DEFAULT_MAX_GRAPHS`) */
  readonly maxGraphs?: number;
  /** properties one node may have; only checked when given (JSON-LD output: `DEFAULT_MAX_KEYS`) */
  readonly maxKeys?: number;
}

/** Adds quads to a store within the limits; `add` throws a `LimitError` once one is passed. */
export class LimitedStore {
  private readonly graphs = new Set<string>();
  private readonly perSubject = new Map<string, number>();
  private readonly distinct = new Map<string, number>();
  private readonly maxGraphs: number;

  constructor(
    readonly store: Store,
    private readonly limits: StoreLimits = {},
  ) {
    this.maxGraphs = limits.maxGraphs ?? DEFAULT_MAX_GRAPHS;
  }

  add(quad: Quad): void {
    // a quad the store already holds changes nothing
    if (!this.store.addQuad(quad)) return;
    const g = quad.graph;
    if (g.termType !== 'DefaultGraph' && !this.graphs.has(g.value)) {
      this.graphs.add(g.value);
      if (this.graphs.size > this.maxGraphs)
        throw new LimitError(
          'maxGraphs',
          this.maxGraphs,
          `more than ${this.maxGraphs.toLocaleString('en')} named graphs to hold in memory` +
            ` (the ${this.graphs.size.toLocaleString('en')}th is <${g.value}>)`,
        );
    }
    const max = this.limits.maxKeys;
    if (max === undefined) return;
    const s = quad.subject;
    const key = s.termType === 'BlankNode' ? `_:${s.value}` : s.value;
    // quads are counted per subject; only past `max` quads are its distinct properties counted
    const n = (this.perSubject.get(key) ?? 0) + 1;
    this.perSubject.set(key, n);
    if (n <= max) return;
    let distinct = this.distinct.get(key);
    if (distinct === undefined) distinct = this.store.getPredicates(s, null, null).length;
    else if (this.store.countQuads(s, quad.predicate, null, null) === 1) distinct++;
    this.distinct.set(key, distinct);
    if (distinct > max)
      throw new LimitError(
        'maxKeys',
        max,
        `${key.startsWith('_:') ? key : `<${key}>`} has more than ${max.toLocaleString('en')} properties,` +
          ' too many for one JSON-LD object',
      );
  }
}
