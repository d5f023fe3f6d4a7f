/**
 * The fast path's results: the one way a result is made (`FastResults.add`), for both loops (the
 * profile form's and the evaluator's) and for the references answered late, and what the W3C report
 * graph needs beside the typed results (the value and focus terms as they were, `ResultDetail`).
 */
import type { Term } from '@rdfjs/types';
import { factory, focusLiteralOf, SH, valueOf } from '../../rdf/terms.js';
import { reportNodeId } from '../../rdf/blank-label.js';
import { constraintMessage, foundCount } from '../../shapes/messages.js';
import type { ShapeOrigin } from '../../shapes/generate.js';
import type { Lang, ResultCounts, Severity, ValidationResult } from '../types.js';
import { KeptResults, type KeyedResult } from './kept-results.js';
import type { ResultDetail } from './report.js';
import type { ShapeDef } from './shapes-read.js';

/**
 * A copy of a string that does not share memory with the parser's input. A parser's strings are
 * slices of its input chunks: one kept in a result would keep its whole chunk (64 KB) alive, and
 * memory would grow with the input instead of with the results.
 */
export function own(s: string): string {
  return ` ${s}`.slice(1);
}

/** A copy of a term that does not share memory with the parser's input (see `own`). */
export function ownTerm(t: Term): Term {
  switch (t.termType) {
    case 'NamedNode':
      return factory.namedNode(own(t.value));
    case 'BlankNode':
      return factory.blankNode(own(t.value));
    case 'Literal':
      if (t.language === '') return factory.literal(own(t.value), factory.namedNode(own(t.datatype.value)));
      return factory.literal(
        own(t.value),
        t.direction ? { language: own(t.language), direction: t.direction } : own(t.language),
      );
    case 'Quad':
      // a triple term (RDF 1.2): its terms copied too
      return factory.quad(ownTerm(t.subject) as never, ownTerm(t.predicate) as never, ownTerm(t.object) as never);
    default:
      return t;
  }
}

/** What a result is made of. */
export interface ResultSpec {
  /** the focus node's id (an IRI or `_:label`), or a literal focus node's lexical form */
  readonly focus: string;
  /** the shape as read: its messages and severity */
  readonly shape: ShapeDef;
  /** the constraint component's IRI */
  readonly component: string;
  /** the value node the result is about, if any */
  readonly value?: Term | undefined;
  /** the predicate a result is about where it is not the shape's path (sh:closed) */
  readonly closedPath?: string | undefined;
  /** its key (see `KeptResults`) */
  readonly key: number;
  /** the focus node as the term it was, where it is known (a literal focus node: sh:targetNode) */
  readonly focusTerm?: Term | undefined;
  /** for a cardinality: the number of values found */
  readonly found?: number | undefined;
  /** a profile's shape, whose report graph says no more than the typed result */
  readonly origin?: ShapeOrigin | undefined;
}

/** The results of one validation on the fast path, kept (`KeptResults`) or counted. */
export class FastResults {
  private readonly kept: KeptResults;
  /** each kept result's value as the term it was, for the W3C report graph */
  readonly valueTerms = new Map<ValidationResult, Term>();
  /** each kept result's focus node as the term it was, where that is a literal */
  readonly focusTerms = new Map<ValidationResult, Term>();
  /** what the report graph says of a kept result beyond its typed fields (see `ResultDetail`) */
  readonly details = new Map<ValidationResult, ResultDetail>();

  constructor(
    private readonly lang: Lang,
    cap?: number,
  ) {
    this.kept = new KeptResults(cap);
  }

  /**
   * The one way a result is made: the reader's component IRI, the shape's message or the component's
   * default text, the count found.
   */
  add(spec: ResultSpec): void {
    const { focus, shape, component, value, closedPath, key, focusTerm, found, origin } = spec;
    if (!this.kept.wants(shape.severity, key)) return;
    const path = closedPath ?? shape.predicate;
    const kept = value === undefined ? undefined : ownTerm(value);
    const text =
      shape.messages.get(this.lang) ??
      shape.messages.get('') ??
      shape.messages.values().next().value ??
      constraintMessage(component, path, this.lang);
    // a cardinality result says what it found, as the profile's do
    const message = found === undefined ? text : foundCount(text, this.lang, found);
    const result: ValidationResult = {
      // a node's blank node label as reports write it; a literal focus node (sh:targetNode) as its lexical form
      focusNode: focusTerm?.termType === 'Literal' ? own(focus) : reportNodeId(own(focus)),
      ...focusLiteralOf(focusTerm),
      path,
      severity: shape.severity,
      constraint: component,
      ...(kept === undefined ? { value: undefined } : valueOf(kept)),
      message,
      ...(found === undefined ? {} : { found }),
      sourceShape: shape.id,
      origin,
    };
    const dropped = this.kept.add(result, key);
    if (dropped) {
      this.valueTerms.delete(dropped);
      this.focusTerms.delete(dropped);
      this.details.delete(dropped);
    }
    if (kept !== undefined) this.valueTerms.set(result, kept);
    // what the typed result cannot say, for the report graph: a path expression, the messages as
    // written, a severity of one's own
    const pathExpression =
      closedPath === undefined && shape.path !== undefined && shape.path.kind !== 'predicate' ? shape.path : undefined;
    const ownSeverity = shape.severityIri !== SH(shape.severity);
    const detailed = pathExpression !== undefined || shape.messageTerms.length > 0 || ownSeverity;
    if (origin === undefined && detailed) {
      this.details.set(result, {
        ...(pathExpression === undefined ? {} : { path: pathExpression }),
        ...(shape.messageTerms.length > 0 ? { messages: shape.messageTerms } : {}),
        ...(ownSeverity ? { severity: shape.severityIri } : {}),
      });
    }
    if (focusTerm !== undefined && focusTerm.termType === 'Literal') this.focusTerms.set(result, focusTerm);
  }

  /** Whether a result of this severity and key could still be kept (see `KeptResults.couldKeep`). */
  couldKeep(severity: Severity, key: number): boolean {
    return this.kept.couldKeep(severity, key);
  }

  /** Counts `n` results that are not kept. */
  countOnly(severity: Severity, n: number): void {
    this.kept.countOnly(severity, n);
  }

  /** The results kept, violations first when the cap cut them. */
  list(): ValidationResult[] {
    return this.kept.list();
  }

  /** How many results there are of each severity, kept or not. */
  get counts(): ResultCounts {
    return this.kept.counts;
  }

  /** The kept results with their keys (for merging parts). */
  keyed(): KeyedResult[] {
    return this.kept.keyed();
  }
}
