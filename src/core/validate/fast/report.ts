/**
 * The W3C SHACL validation report graph for results of the fast path, as rdf-validate-shacl would
 * write it (a report node, `sh:conforms`, one `sh:result` per result). Blank nodes carry the labels
 * of the one scheme of reports (`blankLabel`), inside triple terms too, so that the graph writes as
 * Turtle that reads back.
 */
import { Store } from 'n3';
import type { Term } from '@rdfjs/types';
import { factory, RDF_TYPE, SH, XSD } from '../../rdf/terms.js';
import type { ValidationResult } from '../types.js';
import { blankLabel, reportNodeId } from '../../rdf/blank-label.js';
import { pathTerm, type Path } from './paths.js';

/** What the report graph says of a result beyond its typed fields (shapes of one's own). */
export interface ResultDetail {
  /** the shape's path, where it is a path expression (the typed result has none) */
  readonly path?: Path;
  /** the shape's sh:message values, copied as written (SHACL 3.6.2) rather than the typed message */
  readonly messages?: readonly Term[];
  /** a severity of one's own (the typed result counts it as a violation) */
  readonly severity?: string;
}

function node(id: string): Term {
  return id.startsWith('_:') ? factory.blankNode(id.slice(2)) : factory.namedNode(id);
}

/** A term of the data with its blank nodes labelled as reports write them (`blankLabel`), in triple terms too. */
function written(t: Term): Term {
  if (t.termType === 'BlankNode') return factory.blankNode(blankLabel(t.value));
  if (t.termType === 'Quad')
    return factory.quad(written(t.subject) as never, t.predicate as never, written(t.object) as never);
  return t;
}

/** Builds the report graph; `values` gives each result's value as the RDF term it was. */
export function reportGraph(
  results: readonly ValidationResult[],
  values: ReadonlyMap<ValidationResult, Term>,
  lang: string,
  focusTerms?: ReadonlyMap<ValidationResult, Term>,
  details?: ReadonlyMap<ValidationResult, ResultDetail>,
): Store {
  const store = new Store();
  // the report's own nodes take labels no focus node or value of the data has: a data node `_:b1`
  // would otherwise be merged with the report's result node `_:b1`
  const taken = new Set<string>();
  const take = (t: Term): void => {
    if (t.termType === 'BlankNode') taken.add(t.value);
    else if (t.termType === 'Quad') {
      take(t.subject);
      take(t.object);
    }
  };
  for (const r of results) {
    // the typed report's focus node is written already (`reportNodeId`); a shape's id and a value are the data's
    take(node(r.focusNode));
    take(node(reportNodeId(r.sourceShape)));
    const v = values.get(r);
    if (v !== undefined) take(written(v));
  }
  let next = 0;
  const fresh = () => {
    let label = `report${next++}`;
    while (taken.has(label)) label = `report${next++}`;
    return factory.blankNode(label);
  };
  const report = fresh();
  const sh = (local: string) => factory.namedNode(SH(local));
  const add = (s: Term, p: string, o: Term) => store.addQuad(factory.quad(s as never, sh(p), o as never));
  store.addQuad(factory.quad(report, factory.namedNode(RDF_TYPE), sh('ValidationReport')));
  add(report, 'conforms', factory.literal(String(results.length === 0), factory.namedNode(XSD('boolean'))));
  for (const r of results) {
    const result = fresh();
    add(report, 'result', result);
    store.addQuad(factory.quad(result, factory.namedNode(RDF_TYPE), sh('ValidationResult')));
    const detail = details?.get(r);
    add(result, 'focusNode', focusTerms?.get(r) ?? node(r.focusNode));
    if (r.path !== undefined) add(result, 'resultPath', factory.namedNode(r.path));
    else if (detail?.path !== undefined)
      add(
        result,
        'resultPath',
        pathTerm(detail.path, (s, p, o) => store.addQuad(factory.quad(s as never, p as never, o as never)), fresh),
      );
    add(result, 'resultSeverity', detail?.severity === undefined ? sh(r.severity) : factory.namedNode(detail.severity));
    add(result, 'sourceConstraintComponent', factory.namedNode(r.constraint));
    add(result, 'sourceShape', node(reportNodeId(r.sourceShape)));
    if (detail?.messages !== undefined) for (const m of detail.messages) add(result, 'resultMessage', m);
    else add(result, 'resultMessage', factory.literal(r.message, lang));
    const value = values.get(r);
    if (value) add(result, 'value', written(value));
  }
  return store;
}
