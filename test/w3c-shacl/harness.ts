// The W3C SHACL test suite (tests/, see README.md for its source and license) as test cases: each
// sht:Validate entry's data graph, shapes graph and expected outcome (a report, or sht:Failure), and
// the comparison the suite specifies: sh:conforms, and the results as a set of (focus node, path,
// severity, source constraint component, source shape, value), with the messages where the expected
// report gives them. Blank nodes compare as graph isomorphism has them: a path by its structure, a
// node of the data graph by its label (both graphs are read in one parse), any other as a blank node.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';

const SH = 'http://www.w3.org/ns/shacl#';
const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const SHT = 'http://www.w3.org/ns/shacl-test#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

export const SUITE_ROOT = new URL('./tests/', import.meta.url);

/** One test of the suite. */
export interface SuiteTest {
  /** the test's name, relative to tests/ (`core/path/path-strange-001`) */
  readonly name: string;
  readonly part: 'core' | 'sparql';
  readonly data: Store;
  readonly shapes: Store;
  /** the expected report (in `expectedGraph`), or 'failure' when the shapes graph must be refused */
  readonly expected: Term | 'failure';
  readonly expectedGraph: DatasetCore;
}

const cache = new Map<string, Store>();

function load(url: string): Store {
  let store = cache.get(url);
  if (store === undefined) {
    const text = readFileSync(fileURLToPath(url), 'utf8');
    // one parse per file: a test whose graphs are one file sees the same blank nodes in both
    store = new Store(new Parser({ baseIRI: url }).parse(text));
    cache.set(url, store);
  }
  return store;
}

const nn = (iri: string) => DataFactory.namedNode(iri);

function one(graph: DatasetCore, s: Term, p: string): Term | undefined {
  return [...graph.match(s as never, nn(p), null)][0]?.object;
}

function list(graph: DatasetCore, head: Term): Term[] {
  const out: Term[] = [];
  for (let n: Term | undefined = head; n !== undefined && n.value !== `${RDF}nil`; n = one(graph, n, `${RDF}rest`)) {
    const first = one(graph, n, `${RDF}first`);
    if (first === undefined) break;
    out.push(first);
  }
  return out;
}

/** Every test reachable from `manifest` (its mf:include and mf:entries). */
export function suiteTests(manifest = new URL('manifest.ttl', SUITE_ROOT).href): SuiteTest[] {
  const graph = load(manifest);
  const tests: SuiteTest[] = [];
  for (const q of graph.match(null, nn(`${MF}include`), null)) tests.push(...suiteTests(q.object.value));
  for (const q of graph.match(null, nn(`${MF}entries`), null)) {
    for (const entry of list(graph, q.object)) {
      if (graph.match(entry as never, nn(`${RDF}type`), nn(`${SHT}Validate`)).size === 0) continue;
      const action = one(graph, entry, `${MF}action`)!;
      const result = one(graph, entry, `${MF}result`)!;
      const name = entry.value.slice(SUITE_ROOT.href.length).replace(/\.ttl$/u, '');
      tests.push({
        name,
        part: name.startsWith('core/') ? 'core' : 'sparql',
        data: load(one(graph, action, `${SHT}dataGraph`)!.value),
        shapes: load(one(graph, action, `${SHT}shapesGraph`)!.value),
        expected: result.value === `${SHT}Failure` ? 'failure' : result,
        expectedGraph: graph,
      });
    }
  }
  return tests.sort((a, b) => a.name.localeCompare(b.name));
}

export { pathToFileURL };

/** A path as its structure (SHACL 2.3.1), from the graph it is written in. */
function pathKey(graph: DatasetCore, t: Term, depth = 0): string {
  if (t.termType !== 'BlankNode' || depth > 20) return t.termType === 'BlankNode' ? '_:' : `<${t.value}>`;
  // isomorphism sees every triple of a path node: one with more than its kind's is not that path
  const predicates = [...graph.match(t as never, null, null)].map((q) => q.predicate.value);
  const isList = predicates.includes(`${RDF}first`);
  const expected = isList ? predicates.filter((p) => p !== `${RDF}first` && p !== `${RDF}rest`).length === 0 && predicates.length === 2 : predicates.length === 1;
  if (!expected) return `_:[${predicates.sort().join(' ')}]`;
  if (isList) return `(${list(graph, t).map((m) => pathKey(graph, m, depth + 1)).join(' ')})`;
  for (const [p, mark] of [['inversePath', '^'], ['zeroOrMorePath', '*'], ['oneOrMorePath', '+'], ['zeroOrOnePath', '?']] as const) {
    const inner = one(graph, t, SH + p);
    if (inner !== undefined) return `${mark}${pathKey(graph, inner, depth + 1)}`;
  }
  const alternative = one(graph, t, `${SH}alternativePath`);
  if (alternative !== undefined) return `|(${list(graph, alternative).map((m) => pathKey(graph, m, depth + 1)).join(' ')})`;
  return '_:';
}

function termKey(t: Term | undefined, dataBlankNodes: ReadonlySet<string>): string {
  if (t === undefined) return '-';
  if (t.termType === 'BlankNode') return dataBlankNodes.has(t.value) ? `_:${t.value}` : '_:';
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return `<${t.value}>`;
}

/** A report as the suite compares it: conforms, and each result's key (with its messages, as a sorted list). */
export interface ComparableReport {
  readonly conforms: boolean | undefined;
  readonly results: readonly { readonly key: string; readonly messages: readonly string[] }[];
}

/** The report node `report` of `graph`, comparable. */
export function comparable(graph: DatasetCore, report: Term, data: DatasetCore): ComparableReport {
  const blank = new Set<string>();
  for (const q of data as Iterable<Quad>) for (const t of [q.subject, q.object]) if (t.termType === 'BlankNode') blank.add(t.value);
  const conforms = one(graph, report, `${SH}conforms`);
  const results = [...graph.match(report as never, nn(`${SH}result`), null)].map(({ object: r }) => {
    const path = one(graph, r, `${SH}resultPath`);
    const key = [
      termKey(one(graph, r, `${SH}focusNode`), blank),
      path === undefined ? '-' : pathKey(graph, path),
      termKey(one(graph, r, `${SH}resultSeverity`), blank),
      termKey(one(graph, r, `${SH}sourceConstraintComponent`), blank),
      // a shape that is a blank node is compared as one (it is the shapes graph's, not the data's)
      one(graph, r, `${SH}sourceShape`)?.termType === 'BlankNode' ? '_:' : termKey(one(graph, r, `${SH}sourceShape`), blank),
      termKey(one(graph, r, `${SH}value`), blank),
    ].join(' ');
    const messages = [...graph.match(r as never, nn(`${SH}resultMessage`), null)].map((q) => termKey(q.object, blank)).sort();
    return { key, messages };
  });
  return { conforms: conforms === undefined ? undefined : conforms.value === 'true', results };
}

/** The report node of a report graph an engine wrote. */
export function reportNode(graph: DatasetCore): Term | undefined {
  return [...graph.match(null, nn(`${RDF}type`), nn(`${SH}ValidationReport`))][0]?.subject;
}

/**
 * Where `actual` differs from `expected` as the suite compares them (undefined when it does not):
 * conforms, the results as a multiset, and an expected result's messages among the actual's.
 */
export function reportDifference(expected: ComparableReport, actual: ComparableReport): string | undefined {
  if (expected.conforms !== actual.conforms) return `conforms ${actual.conforms}, expected ${expected.conforms}`;
  const left = [...actual.results];
  const missing: string[] = [];
  for (const e of expected.results) {
    const i = left.findIndex((a) => a.key === e.key && (e.messages.length === 0 || JSON.stringify(a.messages) === JSON.stringify(e.messages)));
    if (i < 0) missing.push(`${e.key} ${e.messages.join(',')}`);
    else left.splice(i, 1);
  }
  if (missing.length > 0 || left.length > 0) return `missing [${missing.join('; ')}], unexpected [${left.map((a) => `${a.key} ${a.messages.join(',')}`).join('; ')}]`;
  return undefined;
}
