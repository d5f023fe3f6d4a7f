// Shapes of one's own (`validate(data, { shapes })`), held to the specification. The truth is SHACL
// (2017 Recommendation), read apart from every engine in test/support/shacl-spec.ts; the engines are
// witnesses. For random shapes graphs and data graphs (test/support/shape-arbitrary.ts):
// - profielkit's two engines, `fast` (the default) and `reference`, give exactly the same report;
// - profielkit gives the specification's findings, but for the reference path's deviations listed in
//   PROFIELKIT_DEVIATIONS below (bugs, reported; each has a case of its own that fails once it is fixed);
// - each witness (stock rdf-validate-shacl, shacl-engine) gives the specification's findings but for
//   its documented bugs (SHAPES_ENGINE_BUGS in test/support/engine-bugs.ts, docs/engines.md), exactly:
//   a bug is run as a deviation of the specification's reading, so where the two witnesses disagree it
//   is the specification, not a vote, that says which one is wrong.
// Then one case per feature with its findings written out from the specification, the official OSLO
// Toestemming SHACL on records of the builders, and one small case per documented bug.
//
// Rerun one generated case: SHAPES_CASE=17 npx vitest run test/core/own-shapes-oracles.test.ts
// (SHAPES_SEED and SHAPES_RUNS change the seed and the number of cases).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DataFactory as N3, Parser, Store } from 'n3';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import {
  parseRdf,
  ShapesError,
  validate,
  type Lang,
  type ValidationReport,
  type ValidationResult,
} from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { shapesDataset } from '../../src/core/shapes/dataset.js';
import { difference, findingsOfReport, key, witness, type Finding } from '../support/oracles.js';
import { deviationsOf, ENGINE_BUGS, exemptingBug, SHAPES_ENGINE_BUGS } from '../support/engine-bugs.js';
import { dataCase, OrderedDataset, shapesCase, type ShapeDef } from '../support/shape-arbitrary.js';
import { shapesOfGraph, SpecValidator, type Deviation } from '../support/shacl-spec.js';
import { faultyData } from '../support/faulty-data.js';
import { IRI, validGraph } from '../support/records.js';

const SH = 'http://www.w3.org/ns/shacl#';
const WITNESSES = ['rdf-validate-shacl', 'shacl-engine'] as const;
type Witness = (typeof WITNESSES)[number];

/**
 * Where profielkit departs from SHACL: nothing. The bugs this harness found in the reference path
 * (rdf-validate-shacl's languageIn, lengths, pattern, sh:and in a property shape, node-shape sh:equals;
 * compare.ts on language-tagged strings and code points) are fixed; their cases below ("found by this
 * harness") hold both engines to SHACL. A deviation found later is listed here with its case.
 */
const PROFIELKIT_DEVIATIONS: readonly Deviation[] = [];

// The components whose definition gives a result no sh:value: an engine may add one (SHACL 3.6.2,
// "may include"), so the comparisons with the specification and the witnesses leave it out there.
const NO_VALUE = new Set(
  ['MinCount', 'MaxCount', 'HasValue', 'UniqueLang', 'QualifiedMinCount', 'QualifiedMaxCount'].map(
    (c) => `${SH}${c}ConstraintComponent`,
  ),
);
const comparable = (fs: readonly Finding[]): Finding[] =>
  fs.map((f) => (NO_VALUE.has(f.constraint) ? { ...f, value: undefined } : f));

const short = (s: string) =>
  s
    .replace(/https:\/\/example\.org\/shapes\//gu, 's:')
    .replace(/https:\/\/example\.org\//gu, 'ex:')
    .replace(/http:\/\/www\.w3\.org\/ns\/shacl#/gu, 'sh:')
    .replace(/http:\/\/www\.w3\.org\/2001\/XMLSchema#/gu, 'xsd:')
    .replace(/http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#/gu, 'rdf:')
    .replace(/ConstraintComponent/gu, '');

/** The multisets differ by nothing; else a message that shows both differences. */
function sameFindings(actual: readonly Finding[], expected: readonly Finding[], what: string): void {
  const missing = difference(expected, actual);
  const extra = difference(actual, expected);
  const show = (fs: Finding[]) => fs.map((f) => `  ${short(key(f))}`).join('\n');
  expect(missing.length + extra.length, `${what}\nmissing:\n${show(missing)}\nextra:\n${show(extra)}`).toBe(0);
}

// ---------------------------------------------------------------------------------------------
// profielkit's report, read two ways

/** A finding as the typed results say it: a literal by its lexical form, a blank node as `_:`. */
function ofResult(r: ValidationResult): Finding {
  const node = (s: string) => (s.startsWith('_:') ? '_:' : s);
  // a path that is no IRI (sh:inversePath) comes as its blank node's label today (a bug, reported; see its case)
  const path = r.path !== undefined && /^[A-Za-z][A-Za-z0-9+.-]*:/u.test(r.path) ? r.path : undefined;
  return {
    focusNode: node(r.focusNode),
    path,
    constraint: r.constraint,
    value: r.value === undefined ? undefined : node(r.value),
    severity: r.severity,
    sourceShape: node(r.sourceShape),
  };
}

/** The same view of a finding of the W3C report (a literal focus node too: sh:targetNode "x", sh:targetObjectsOf). */
function asResult(f: Finding): Finding {
  const lexical = (s: string | undefined) => (s === undefined ? s : (/^"([\s\S]*)"\^\^[^"]*$/u.exec(s)?.[1] ?? s));
  return { ...f, focusNode: lexical(f.focusNode)!, value: lexical(f.value) };
}

/** The typed results and the W3C report graph say the same; `conforms` follows the violations; counts add up. */
function consistent(report: ValidationReport, what: string): Finding[] {
  const findings = findingsOfReport(report.report);
  sameFindings(report.results.map(ofResult), findings.map(asResult), `${what}: results and report graph`);
  expect(report.conforms, what).toBe(!report.results.some((r) => r.severity === 'Violation'));
  const conformsTriple = [...report.report.match(null, N3.namedNode(`${SH}conforms`), null)][0]?.object.value;
  expect(conformsTriple, `${what}: sh:conforms (false on any result, warnings included)`).toBe(
    String(report.results.length === 0),
  );
  expect(report.totalResults, what).toBe(report.results.length);
  expect(report.counts.Violation + report.counts.Warning + report.counts.Info, what).toBe(report.totalResults);
  return findings;
}

/** How often the default engine answered as fast and as reference (SHAPES_DEBUG prints it). */
const engines = new Map<string, number>();

interface Both {
  readonly fast: ValidationReport;
  readonly reference: ValidationReport;
  readonly findings: Finding[];
}

/** profielkit's fast path (the default) and its reference engine give the same report, exactly; its findings. */
async function profielkit(
  data: DatasetCore,
  options: { shapes: DatasetCore; profile?: typeof toestemming; lang?: Lang },
  what: string,
): Promise<Both> {
  const fast = await validate(data, options);
  const reference = await validate(data, { ...options, engine: 'reference' });
  expect(reference.engine, what).toBe('reference');
  const used =
    fast.engineReason === undefined
      ? fast.engine
      : `reference: ${fast.engineReason.replace(/\(.*\)|_:\S+|<[^>]*>/gu, '')}`;
  engines.set(used, (engines.get(used) ?? 0) + 1);
  // everything generated is in the compiler's scope (path expressions, sh:property on a property
  // shape, data with rdfs:subClassOf, which SHACL follows): the fast path answers it itself
  expect([fast.engine, fast.engineReason], what).toEqual(['fast', undefined]);
  const fromFast = consistent(fast, `${what} (fast)`);
  const fromReference = consistent(reference, `${what} (reference)`);
  sameFindings(fromFast, fromReference, `${what}: fast and reference findings`);
  // the typed results too, messages included (a shape's sh:message in the language asked for)
  const full = (r: ValidationReport) =>
    r.results
      .map((x) =>
        JSON.stringify([
          x.focusNode,
          x.path,
          x.severity,
          x.constraint,
          x.value,
          x.message,
          x.sourceShape,
          x.origin ?? null,
        ]),
      )
      .sort();
  expect(full(fast), `${what}: fast and reference results`).toEqual(full(reference));
  expect([fast.conforms, fast.nodesChecked, fast.counts], `${what}: conforms, nodesChecked, counts`).toEqual([
    reference.conforms,
    reference.nodesChecked,
    reference.counts,
  ]);
  return { fast, reference, findings: fromFast };
}

/**
 * `nodesChecked` as SHACL's targets select focus nodes: each distinct node (a literal by its value, datatype and
 * language) once.
 */
function focusNodeCount(shapes: readonly ShapeDef[], data: Store): number {
  const id = (n: Term) =>
    n.termType === 'Literal' ? JSON.stringify([n.value, n.datatype.value, n.language]) : `${n.termType} ${n.value}`;
  return new Set(new SpecValidator(shapes, data).allFocusNodes().map(id)).size;
}

// ---------------------------------------------------------------------------------------------
// the specification, and the witnesses held to it

/** Deviations of each engine that changed what it gives, seen in a case where it gave exactly that. */
const demonstrated = new Set<string>();
const exemptions = new Map<string, number>();

/** Marks each deviation in `model` without which the model's answer here would differ. */
function demonstrate(
  engine: string,
  shapes: readonly ShapeDef[],
  data: DatasetCore,
  model: readonly Deviation[],
  answer: readonly Finding[],
): void {
  for (const d of model) {
    if (demonstrated.has(`${engine}: ${d}`)) continue;
    const without = comparable(
      new SpecValidator(
        shapes,
        data,
        model.filter((x) => x !== d),
      ).findings(),
    );
    if (difference(without, comparable(answer)).length + difference(comparable(answer), without).length > 0)
      demonstrated.add(`${engine}: ${d}`);
  }
}

/** profielkit and each witness give the specification's findings, but for their documented deviations. */
async function heldToTheSpecification(
  shapes: readonly ShapeDef[],
  shapesGraph: DatasetCore,
  data: Store,
  ours: readonly Finding[],
  what: string,
): Promise<Finding[]> {
  const spec = new SpecValidator(shapes, data).findings();
  const asProfielkit = new SpecValidator(shapes, data, PROFIELKIT_DEVIATIONS).findings();
  sameFindings(
    comparable(ours),
    comparable(asProfielkit),
    `${what}: profielkit against the specification (but for PROFIELKIT_DEVIATIONS)`,
  );
  demonstrate('profielkit', shapes, data, PROFIELKIT_DEVIATIONS, asProfielkit);
  for (const engine of WITNESSES) {
    const exempt = exemptingBug(engine, shapes);
    if (exempt) {
      exemptions.set(exempt.id, (exemptions.get(exempt.id) ?? 0) + 1);
      continue;
    }
    const model = deviationsOf(engine);
    const expected = new SpecValidator(shapes, data, model).findings();
    sameFindings(
      comparable(await witness(engine, shapesGraph, data)),
      comparable(expected),
      `${what}: ${engine} against the specification with its documented bugs`,
    );
    demonstrate(engine, shapes, data, model, expected);
  }
  return spec;
}

// ---------------------------------------------------------------------------------------------
// 2. generated shapes and data

const SEED = Number(process.env['SHAPES_SEED'] ?? 162026);
const RUNS = Number(process.env['SHAPES_RUNS'] ?? 200);
const ONLY = process.env['SHAPES_CASE'];

const generatedCase = fc.record({
  shapes: shapesCase,
  data: dataCase,
  lang: fc.constantFrom<Lang>('nl', 'en'),
  ordered: fc.boolean(),
});
/** Case n is drawn from seed SEED + n alone, so that SHAPES_CASE=n reruns it. */
const cases = (ONLY === undefined ? Array.from({ length: RUNS }, (_, n) => n) : [Number(ONLY)]).map(
  (n) => [n, fc.sample(generatedCase, { seed: SEED + n, numRuns: 1 })[0]!] as const,
);

describe(
  'generated shapes and data: fast = reference, ' + 'and every engine is the specification but for its documented bugs',
  () => {
    it.each(cases)('case %i', async (n, { shapes, data, lang, ordered }) => {
      const what =
        `case ${n} (SHAPES_CASE=${n}), ${data.grouped ? "each subject's triples together" : 'triples in any order'}, ` +
        `${ordered ? 'a dataset in that order' : 'an N3.Store'}\n--- ` +
        `shapes\n${short(shapes.turtle)}\n--- data\n${short(data.turtle)}`;
      const shapesGraph = new Store([...shapes.quads]);
      const store = new Store([...data.quads]);
      const { fast } = await profielkit(
        ordered ? new OrderedDataset(data.quads) : store,
        { shapes: shapesGraph, lang },
        what,
      );
      const ours = findingsOfReport(fast.report);
      await heldToTheSpecification(shapes.shapes, shapesGraph, store, ours, what);
      // nodesChecked: the focus nodes of all targets, each once
      expect(fast.nodesChecked, `${what}: nodesChecked`).toBe(focusNodeCount(shapes.shapes, store));
    });
  },
);

afterAll(() => {
  if (ONLY === undefined && process.env['SHAPES_DEBUG'])
    console.log(
      'engines:',
      Object.fromEntries(engines),
      'exempted:',
      Object.fromEntries(exemptions),
      '\ndemonstrated:',
      [...demonstrated].sort(),
    );
});

// ---------------------------------------------------------------------------------------------
// 3. one case per feature, its findings written out from the specification

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const NS: Record<string, string> = {
  ex: 'https://example.org/',
  s: 'https://example.org/shapes/',
  xsd: XSD,
  rdf: RDF,
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  sh: SH,
  t: 'http://data.vlaanderen.be/ns/toestemming#',
};
const PREFIXES = `${Object.entries(NS)
  .map(([p, iri]) => `@prefix ${p}: <${iri}> .`)
  .join('\n')}\n`;

/** A term of a row as a finding writes it: `ex:a`, `_:` (a blank node), `"a"`, `"1"^^xsd:integer`, `"hallo"@nl`. */
function term(t: string): string {
  if (t === '_:') return t;
  const literal = /^"([\s\S]*)"(?:\^\^(\w+):(\w+)|@([\w-]+))?$/u.exec(t);
  if (literal)
    return literal[4]
      ? `"${literal[1]}"^^${RDF}langString@${literal[4].toLowerCase()}`
      : `"${literal[1]}"^^${literal[2] ? NS[literal[2]]! + literal[3]! : `${XSD}string`}`;
  const [prefix, local] = t.split(/:(.*)/su) as [string, string];
  return NS[prefix] === undefined ? t : NS[prefix] + local;
}

/**
 * [focus node, path (null on a node shape), component, value (null: none), source shape, severity (Violation when left
 * out)]
 */
type Row = readonly [string, string | null, string, string | null, string, ('Warning' | 'Info')?];
const row = ([focus, path, component, value, shape, severity]: Row): Finding => ({
  focusNode: term(focus),
  path: path === null ? undefined : term(path),
  constraint: `${SH}${component}ConstraintComponent`,
  value: value === null ? undefined : term(value),
  severity: severity ?? 'Violation',
  sourceShape: term(shape),
});

const turtle = (text: string): Store => parseRdf(PREFIXES + text);

/** The quads of Turtle in the order written (parseRdf's N3.Store iterates by its own index). */
const inOrder = (text: string): OrderedDataset => new OrderedDataset(new Parser().parse(PREFIXES + text) as Quad[]);

interface FeatureCase {
  readonly shapes: string;
  readonly data: string;
  /** the findings SHACL gives, written out from its text */
  readonly expected: readonly Row[];
  readonly nodesChecked?: number;
  /** also validate the data as a dataset in the order written */
  readonly ordered?: boolean;
  /** a profielkit bug (reported): what profielkit gives today; the case fails when it is fixed, then drop this */
  readonly today?: readonly Row[];
}

async function feature(name: string, c: FeatureCase): Promise<Both> {
  const shapesGraph = turtle(c.shapes);
  const data = turtle(c.data);
  const expected = c.expected.map(row);
  const shapes = shapesOfGraph(shapesGraph);
  // the reading of test/support/shacl-spec.ts gives what is written out here
  sameFindings(new SpecValidator(shapes, data).findings(), expected, `${name}: the specification's reading`);
  const both = await profielkit(data, { shapes: shapesGraph }, name);
  if (c.ordered)
    sameFindings(
      (await profielkit(inOrder(c.data), { shapes: shapesGraph }, `${name}, in the order written`)).findings,
      both.findings,
      `${name}: in the order written`,
    );
  if (c.today) {
    expect(
      difference(both.findings, expected).length + difference(expected, both.findings).length,
      `${name}: the bug is fixed: drop "today"`,
    ).toBeGreaterThan(0);
    sameFindings(both.findings, c.today.map(row), `${name}: profielkit today (a bug, reported)`);
    // and the bug is one of PROFIELKIT_DEVIATIONS, as the generated cases count on
    sameFindings(
      new SpecValidator(shapes, data, PROFIELKIT_DEVIATIONS).findings(),
      c.today.map(row),
      `${name}: PROFIELKIT_DEVIATIONS describe it`,
    );
    demonstrate('profielkit', shapes, data, PROFIELKIT_DEVIATIONS, c.today.map(row));
  } else sameFindings(both.findings, expected, `${name}: profielkit`);
  if (c.nodesChecked !== undefined) expect(both.fast.nodesChecked, `${name}: nodesChecked`).toBe(c.nodesChecked);
  return both;
}

const FEATURES: Record<string, FeatureCase> = {
  // targets (SHACL 2.1.3)
  'sh:targetClass, with a SHACL subclass in the data graph': {
    shapes: 's:S a sh:NodeShape ; sh:targetClass ex:A ; sh:nodeKind sh:BlankNode .',
    data: 'ex:a a ex:A . ex:c a ex:C . ex:C rdfs:subClassOf ex:A . ex:b a ex:B .',
    expected: [
      ['ex:a', null, 'NodeKind', 'ex:a', 's:S'],
      ['ex:c', null, 'NodeKind', 'ex:c', 's:S'],
    ],
    nodesChecked: 2,
  },
  'an implicit class target: a shape that is an rdfs:Class': {
    shapes: 'ex:A a rdfs:Class, sh:NodeShape ; sh:nodeKind sh:BlankNode .',
    data: 'ex:a a ex:A . _:x a ex:A . ex:b a ex:B .',
    expected: [['ex:a', null, 'NodeKind', 'ex:a', 'ex:A']],
    nodesChecked: 2,
  },
  'sh:targetNode of a node the data does not hold': {
    shapes: 's:S sh:targetNode ex:absent ; sh:class ex:A ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .',
    data: 'ex:other ex:p 1 .',
    expected: [
      ['ex:absent', null, 'Class', 'ex:absent', 's:S'],
      ['ex:absent', 'ex:p', 'MinCount', null, '_:'],
    ],
    nodesChecked: 1,
  },
  'sh:targetSubjectsOf': {
    shapes: 's:S sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .',
    data: 'ex:a ex:p 1 ; ex:q 2 . ex:b ex:p 1 . ex:c ex:q 3 .',
    expected: [['ex:b', 'ex:q', 'MinCount', null, '_:']],
    nodesChecked: 2,
  },
  'sh:targetObjectsOf whose objects are literals': {
    shapes:
      's:S a sh:NodeShape ; sh:targetObjectsOf ex:p ; sh:nodeKind sh:IRI . ' +
      's:P a sh:PropertyShape ; sh:targetObjectsOf ex:p ; sh:path ex:q ; sh:minCount 1 .',
    data: 'ex:a ex:p ex:b, "tekst", 7 . ex:b ex:q ex:c .',
    expected: [
      ['"tekst"', null, 'NodeKind', '"tekst"', 's:S'],
      ['"7"^^xsd:integer', null, 'NodeKind', '"7"^^xsd:integer', 's:S'],
      ['"tekst"', 'ex:q', 'MinCount', null, 's:P'],
      ['"7"^^xsd:integer', 'ex:q', 'MinCount', null, 's:P'],
    ],
    nodesChecked: 3,
  },
  'a node selected by three targets is validated once': {
    shapes: 's:S sh:targetClass ex:A ; sh:targetNode ex:a ; sh:targetSubjectsOf ex:p ; sh:class ex:B .',
    data: 'ex:a a ex:A ; ex:p 1 .',
    expected: [['ex:a', null, 'Class', 'ex:a', 's:S']],
    nodesChecked: 1,
  },
  // value type (4.1)
  'sh:class on a literal, a dangling IRI and an instance': {
    shapes: 's:S sh:targetNode ex:a ; sh:property s:P . s:P sh:path ex:p ; sh:class ex:A .',
    data: 'ex:a ex:p "A", ex:d, ex:b . ex:b a ex:A .',
    expected: [
      ['ex:a', 'ex:p', 'Class', '"A"', 's:P'],
      ['ex:a', 'ex:p', 'Class', 'ex:d', 's:P'],
    ],
  },
  'sh:datatype on a node shape: an impossible date, a string, an IRI': {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:datatype xsd:date .',
    data: 'ex:a ex:p "2024-02-29"^^xsd:date, "2023-02-29"^^xsd:date, "2024-03-01", ex:b .',
    expected: [
      ['"2023-02-29"^^xsd:date', null, 'Datatype', '"2023-02-29"^^xsd:date', 's:S'],
      ['"2024-03-01"', null, 'Datatype', '"2024-03-01"', 's:S'],
      ['ex:b', null, 'Datatype', 'ex:b', 's:S'],
    ],
  },
  'sh:nodeKind, all six kinds': {
    shapes:
      `s:S sh:targetNode ex:a ; sh:property s:BN, s:I, s:L, s:BI, s:BL, s:IL .
      s:BN sh:path ex:p ; sh:nodeKind sh:BlankNode . s:I sh:path ex:p ; sh:nodeKind sh:IRI . s:L sh:path ex:p ; ` +
      `sh:nodeKind sh:Literal .
      s:BI sh:path ex:p ; sh:nodeKind sh:BlankNodeOrIRI . s:BL sh:path ex:p ; sh:nodeKind sh:BlankNodeOrLiteral . ` +
      `s:IL sh:path ex:p ; sh:nodeKind sh:IRIOrLiteral .`,
    data: 'ex:a ex:p ex:b, _:x, "l" .',
    expected: [
      ['ex:a', 'ex:p', 'NodeKind', 'ex:b', 's:BN'],
      ['ex:a', 'ex:p', 'NodeKind', '"l"', 's:BN'],
      ['ex:a', 'ex:p', 'NodeKind', '_:', 's:I'],
      ['ex:a', 'ex:p', 'NodeKind', '"l"', 's:I'],
      ['ex:a', 'ex:p', 'NodeKind', 'ex:b', 's:L'],
      ['ex:a', 'ex:p', 'NodeKind', '_:', 's:L'],
      ['ex:a', 'ex:p', 'NodeKind', '"l"', 's:BI'],
      ['ex:a', 'ex:p', 'NodeKind', 'ex:b', 's:BL'],
      ['ex:a', 'ex:p', 'NodeKind', '_:', 's:IL'],
    ],
  },
  // cardinality (4.2)
  'sh:minCount and sh:maxCount': {
    shapes:
      's:S sh:targetClass ex:A ; sh:property s:Min, s:Max . ' +
      's:Min sh:path ex:p ; sh:minCount 2 . s:Max sh:path ex:p ; sh:maxCount 1 .',
    data: 'ex:a a ex:A ; ex:p 1 . ex:b a ex:A ; ex:p 1, 2, 3 . ex:c a ex:A ; ex:p 1, 2 .',
    expected: [
      ['ex:a', 'ex:p', 'MinCount', null, 's:Min'],
      ['ex:b', 'ex:p', 'MaxCount', null, 's:Max'],
      ['ex:c', 'ex:p', 'MaxCount', null, 's:Max'],
    ],
  },
  // value range (4.3): SPARQL's operators; what they cannot compare is a result
  'sh:minInclusive / sh:maxExclusive on numbers, sh:minExclusive / sh:maxInclusive on dates': {
    shapes: `s:P sh:targetNode ex:n ; sh:path ex:p ; sh:minInclusive 1 ; sh:maxExclusive 5 .
      s:Q sh:targetObjectsOf ex:q ; sh:minExclusive "2024-01-01"^^xsd:date ; sh:maxInclusive "2024-12-31"^^xsd:date .`,
    data:
      'ex:n ex:p 0, 1, 4.5, 5, "3", "x"^^xsd:integer, ex:m ; ex:q "2024-01-01"^^xsd:date, ' +
      '"2024-06-01"^^xsd:date, "2025-01-01"^^xsd:date, "2024-06-01T00:00:00"^^xsd:dateTime .',
    expected: [
      ['ex:n', 'ex:p', 'MinInclusive', '"0"^^xsd:integer', 's:P'],
      ['ex:n', 'ex:p', 'MaxExclusive', '"5"^^xsd:integer', 's:P'],
      ['ex:n', 'ex:p', 'MinInclusive', '"3"', 's:P'],
      ['ex:n', 'ex:p', 'MaxExclusive', '"3"', 's:P'],
      ['ex:n', 'ex:p', 'MinInclusive', '"x"^^xsd:integer', 's:P'],
      ['ex:n', 'ex:p', 'MaxExclusive', '"x"^^xsd:integer', 's:P'],
      ['ex:n', 'ex:p', 'MinInclusive', 'ex:m', 's:P'],
      ['ex:n', 'ex:p', 'MaxExclusive', 'ex:m', 's:P'],
      ['"2024-01-01"^^xsd:date', null, 'MinExclusive', '"2024-01-01"^^xsd:date', 's:Q'],
      ['"2025-01-01"^^xsd:date', null, 'MaxInclusive', '"2025-01-01"^^xsd:date', 's:Q'],
      // XPath has no operator between a date and a date-time (profielkit's choice, docs/engines.md)
      ['"2024-06-01T00:00:00"^^xsd:dateTime', null, 'MinExclusive', '"2024-06-01T00:00:00"^^xsd:dateTime', 's:Q'],
      ['"2024-06-01T00:00:00"^^xsd:dateTime', null, 'MaxInclusive', '"2024-06-01T00:00:00"^^xsd:dateTime', 's:Q'],
    ],
  },
  // string-based (4.4)
  'sh:minLength and sh:maxLength: literals, IRIs, a blank node': {
    shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:minLength 2 ; sh:maxLength 3 .',
    data: 'ex:n ex:p "a", "ab", "abcd", ex:xy, _:b .',
    expected: [
      ['ex:n', 'ex:p', 'MinLength', '"a"', 's:P'],
      ['ex:n', 'ex:p', 'MaxLength', '"abcd"', 's:P'],
      ['ex:n', 'ex:p', 'MaxLength', 'ex:xy', 's:P'],
      ['ex:n', 'ex:p', 'MinLength', '_:', 's:P'],
      ['ex:n', 'ex:p', 'MaxLength', '_:', 's:P'],
    ],
  },
  'sh:pattern with sh:flags "i", and without': {
    shapes:
      's:S sh:targetObjectsOf ex:p ; sh:pattern "^ab" ; sh:flags "i" . ' +
      's:P sh:targetNode ex:n ; sh:path ex:q ; sh:pattern "^[0-9]+$" .',
    data: 'ex:n ex:p "abc", "ABC", "xab", ex:ab, _:b ; ex:q 123, "12a" .',
    expected: [
      ['"xab"', null, 'Pattern', '"xab"', 's:S'],
      ['ex:ab', null, 'Pattern', 'ex:ab', 's:S'],
      ['_:', null, 'Pattern', '_:', 's:S'],
      ['ex:n', 'ex:q', 'Pattern', '"12a"', 's:P'],
    ],
  },
  'sh:languageIn: ranges match at subtag boundaries': {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:languageIn ( "nl" "en" ) .',
    data: 'ex:n ex:p "a"@nl, "b"@nl-BE, "c"@en-GB, "d"@fr, "e", ex:x .',
    expected: [
      ['"d"@fr', null, 'LanguageIn', '"d"@fr', 's:S'],
      ['"e"', null, 'LanguageIn', '"e"', 's:S'],
      ['ex:x', null, 'LanguageIn', 'ex:x', 's:S'],
    ],
  },
  'sh:uniqueLang: one result per language used twice': {
    shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:uniqueLang true .',
    data: 'ex:n ex:p "a"@nl, "b"@nl, "c"@en, "d"@en, "e"@fr, "f", "g" .',
    expected: [
      ['ex:n', 'ex:p', 'UniqueLang', null, 's:P'],
      ['ex:n', 'ex:p', 'UniqueLang', null, 's:P'],
    ],
  },
  // property pairs (4.5)
  'sh:equals and sh:disjoint on a property shape': {
    shapes:
      's:E sh:targetNode ex:n ; sh:path ex:p ; sh:equals ex:q . ' +
      's:D sh:targetNode ex:n ; sh:path ex:p ; sh:disjoint ex:r .',
    data: 'ex:n ex:p 1, 2 ; ex:q 2, 3 ; ex:r 2 .',
    expected: [
      ['ex:n', 'ex:p', 'Equals', '"1"^^xsd:integer', 's:E'],
      ['ex:n', 'ex:p', 'Equals', '"3"^^xsd:integer', 's:E'],
      ['ex:n', 'ex:p', 'Disjoint', '"2"^^xsd:integer', 's:D'],
    ],
  },
  'sh:equals and sh:disjoint on a node shape (the official test equals-001)': {
    shapes: 's:E sh:targetNode ex:a, ex:b, ex:c ; sh:equals ex:p . s:J sh:targetNode ex:a ; sh:disjoint ex:p .',
    data: 'ex:a ex:p ex:a . ex:c ex:p ex:c, ex:d .',
    expected: [
      ['ex:b', null, 'Equals', 'ex:b', 's:E'],
      ['ex:c', null, 'Equals', 'ex:d', 's:E'],
      ['ex:a', null, 'Disjoint', 'ex:a', 's:J'],
    ],
  },
  'sh:lessThan and sh:lessThanOrEquals: one result per pair out of order or not comparable': {
    shapes:
      's:L sh:targetNode ex:n ; sh:path ex:begin ; sh:lessThan ex:einde . ' +
      's:LE sh:targetNode ex:n ; sh:path ex:begin ; sh:lessThanOrEquals ex:uiterlijk .',
    data: 'ex:n ex:begin 3, 5 ; ex:einde 5 ; ex:uiterlijk 5, "x" .',
    expected: [
      ['ex:n', 'ex:begin', 'LessThan', '"5"^^xsd:integer', 's:L'],
      ['ex:n', 'ex:begin', 'LessThanOrEquals', '"3"^^xsd:integer', 's:LE'],
      ['ex:n', 'ex:begin', 'LessThanOrEquals', '"5"^^xsd:integer', 's:LE'],
    ],
  },
  // logical (4.6) and shape-based (4.7)
  'sh:not': {
    shapes: 's:S sh:targetClass ex:A ; sh:not [ sh:class ex:B ] .',
    data: 'ex:a a ex:A . ex:b a ex:A, ex:B .',
    expected: [['ex:b', null, 'Not', 'ex:b', 's:S']],
  },
  'sh:and of shapes with property shapes (the official test and-001, with two values)': {
    shapes:
      's:S sh:targetNode ex:n ; sh:property s:P . s:P sh:path ex:adres ; sh:and ' +
      '( [ sh:property [ sh:path ex:gemeente ; sh:minCount 1 ] ] [ sh:property [ sh:path ex:postcode ; ' +
      'sh:minCount 1 ] ] ) .',
    data: 'ex:n ex:adres ex:a1, ex:a2 . ex:a1 ex:gemeente "Gent" ; ex:postcode 9000 . ex:a2 ex:gemeente "Gent" .',
    expected: [['ex:n', 'ex:adres', 'And', 'ex:a2', 's:P']],
    // rdf-validate-shacl validates each member on ex:n with the path ex:adres: one address without a postcode fails
    // both
  },
  'sh:or on the values of a property': {
    shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:or ( [ sh:datatype xsd:integer ] [ sh:nodeKind sh:IRI ] ) .',
    data: 'ex:n ex:p 1, ex:x, "a", _:b .',
    expected: [
      ['ex:n', 'ex:p', 'Or', '"a"', 's:P'],
      ['ex:n', 'ex:p', 'Or', '_:', 's:P'],
    ],
  },
  'sh:xone: exactly one': {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:xone ( [ sh:nodeKind sh:IRI ] [ sh:class ex:A ] ) .',
    data: 'ex:n ex:p ex:x, ex:y, "l" . ex:y a ex:A .',
    expected: [
      ['ex:y', null, 'Xone', 'ex:y', 's:S'],
      ['"l"', null, 'Xone', '"l"', 's:S'],
    ],
  },
  'nested: sh:node of sh:or of sh:not and a property shape (three levels)': {
    shapes:
      's:S sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:node [ sh:or ' +
      '( [ sh:not [ sh:class ex:A ] ] [ sh:property [ sh:path ex:q ; sh:minCount 1 ] ] ) ] ] .',
    data: 'ex:n ex:p ex:a1, ex:a2, ex:b . ex:a1 a ex:A ; ex:q 1 . ex:a2 a ex:A .',
    expected: [['ex:n', 'ex:p', 'Node', 'ex:a2', '_:']],
  },
  'sh:node to a shape with property shapes: a value that is a subject before, after, never': {
    shapes:
      's:Ref sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:node s:Doel ] . ' +
      's:Doel sh:property [ sh:path ex:naam ; sh:minCount 1 ; sh:datatype xsd:string ] .',
    data: 'ex:vroeg ex:naam "vroeg" .\nex:n ex:p ex:vroeg, ex:laat, ex:nooit .\nex:laat ex:naam 5 .',
    expected: [
      ['ex:n', 'ex:p', 'Node', 'ex:laat', '_:'],
      ['ex:n', 'ex:p', 'Node', 'ex:nooit', '_:'],
    ],
    ordered: true,
  },
  'sh:qualifiedValueShape with sh:qualifiedMinCount and sh:qualifiedMaxCount': {
    shapes:
      's:S sh:targetNode ex:n, ex:m ; sh:property s:Q . s:Q sh:path ex:p ; ' +
      'sh:qualifiedValueShape [ sh:class ex:A ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2 .',
    data: 'ex:n ex:p ex:a1, ex:a2, ex:a3, ex:b . ex:a1 a ex:A . ex:a2 a ex:A . ex:a3 a ex:A . ex:m ex:p ex:b .',
    expected: [
      ['ex:n', 'ex:p', 'QualifiedMaxCount', null, 's:Q'],
      ['ex:m', 'ex:p', 'QualifiedMinCount', null, 's:Q'],
    ],
  },
  // other (4.8)
  'sh:closed with sh:ignoredProperties, and the path of a deactivated property shape': {
    shapes:
      's:S sh:targetClass ex:A ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ; ' +
      'sh:property [ sh:path ex:p ], [ sh:path ex:s ; sh:minCount 5 ; sh:deactivated true ] .',
    data: 'ex:a a ex:A ; ex:p 1 ; ex:q 2 ; ex:r ex:x ; ex:s 1 .',
    expected: [
      ['ex:a', 'ex:q', 'Closed', '"2"^^xsd:integer', 's:S'],
      ['ex:a', 'ex:r', 'Closed', 'ex:x', 's:S'],
    ],
  },
  'sh:hasValue on a node shape and on a property shape': {
    shapes:
      's:S sh:targetSubjectsOf ex:p ; sh:hasValue ex:a . s:P sh:targetSubjectsOf ex:p ; sh:path ex:p ; sh:hasValue 1 .',
    data: 'ex:a ex:p 1 . ex:b ex:p 1 . ex:c ex:p 2 .',
    expected: [
      ['ex:b', null, 'HasValue', null, 's:S'],
      ['ex:c', null, 'HasValue', null, 's:S'],
      ['ex:c', 'ex:p', 'HasValue', null, 's:P'],
    ],
  },
  'sh:in: term equality': {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:in ( ex:x "a" 1 ) .',
    data: 'ex:n ex:p ex:x, ex:y, "a", "a"@nl, 1, "01"^^xsd:integer, "1"^^xsd:decimal .',
    expected: [
      ['ex:y', null, 'In', 'ex:y', 's:S'],
      ['"a"@nl', null, 'In', '"a"@nl', 's:S'],
      ['"01"^^xsd:integer', null, 'In', '"01"^^xsd:integer', 's:S'],
      ['"1"^^xsd:decimal', null, 'In', '"1"^^xsd:decimal', 's:S'],
    ],
  },
  'sh:deactivated: a shape, a property shape, and a deactivated shape under sh:not': {
    shapes: `s:Uit sh:targetClass ex:A ; sh:deactivated true ; sh:class ex:B .
      s:Prop sh:targetClass ex:A ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:deactivated true ] .
      s:Aan sh:targetClass ex:A ; sh:not s:Uit2 . s:Uit2 sh:deactivated true ; sh:class ex:Z .`,
    data: 'ex:a a ex:A .',
    // every RDF term conforms to a deactivated shape (2.1.6), so sh:not of one never holds
    expected: [['ex:a', null, 'Not', 'ex:a', 's:Aan']],
    nodesChecked: 1,
  },
};

describe('one case per feature, the findings written out from SHACL', () => {
  it.each(Object.entries(FEATURES))('%s', async (name, c) => void (await feature(name, c)));

  it(
    'sh:severity and sh:message ' +
      '(the message in the language asked for; ' +
      'a property shape has its own severity)',
    async () => {
      const c: FeatureCase = {
        shapes:
          `s:W sh:targetNode ex:a ; sh:severity sh:Warning ; sh:message "geen B"@nl, "not a B"@en ; sh:class ex:B .
        s:I sh:targetNode ex:a ; sh:severity sh:Info ; sh:property [ sh:path ex:p ; sh:minCount 1 ; ` +
          `sh:message "vul p in"@nl, "fill in p"@en ] .
        s:I2 sh:targetNode ex:a ; sh:property [ sh:path ex:q ; sh:maxCount 0 ; sh:severity sh:Info ; ` +
          `sh:message "zonder taal" ] .
        s:V sh:targetNode ex:a ; sh:nodeKind sh:Literal .`,
        data: 'ex:a ex:q 1 .',
        expected: [
          ['ex:a', null, 'Class', 'ex:a', 's:W', 'Warning'],
          ['ex:a', 'ex:p', 'MinCount', null, '_:'],
          ['ex:a', 'ex:q', 'MaxCount', null, '_:', 'Info'],
          ['ex:a', null, 'NodeKind', 'ex:a', 's:V'],
        ],
      };
      const nl = await feature('severity and message', c);
      const en = await profielkit(turtle(c.data), { shapes: turtle(c.shapes), lang: 'en' }, 'severity and message, en');
      const byShape = (r: ValidationReport) =>
        Object.fromEntries(
          r.results.map((x) => [
            `${x.constraint.slice(SH.length, -'ConstraintComponent'.length)} ${x.severity}`,
            x.message,
          ]),
        );
      // a cardinality result says what it found
      expect(byShape(nl.fast)).toMatchObject({
        'Class Warning': 'geen B',
        'MinCount Violation': 'vul p in, gevonden: 0',
        'MaxCount Info': 'zonder taal, gevonden: 1',
      });
      expect(byShape(en.fast)).toMatchObject({
        'Class Warning': 'not a B',
        'MinCount Violation': 'fill in p, found 0',
        'MaxCount Info': 'zonder taal, found 1',
      });
      expect(byShape(nl.fast)['NodeKind Violation']).toMatch(/\S/u);
      expect(nl.fast.conforms).toBe(false);
      // warnings and infos alone: the typed report conforms, the W3C report does not (sh:conforms false on any result)
      const soft = await profielkit(
        turtle('ex:a ex:q 1 .'),
        {
          shapes: turtle(
            c.shapes
              .replace(/s:V sh:targetNode[^.]*\./u, '')
              .replace(/sh:property \[ sh:path ex:p[^\]]*\] /u, 'sh:property [ sh:path ex:p ; sh:minCount 0 ] '),
          ),
        },
        'warnings only',
      );
      expect(soft.fast.results.map((r) => r.severity).sort()).toEqual(['Info', 'Warning']);
      expect(soft.fast.conforms).toBe(true);
    },
  );

  it("with a profile: own shapes refer to the profile's shapes by sh:node", async () => {
    const profileShapes = shapesDataset(toestemming.declaration);
    const toestemmingShape = [
      ...profileShapes.match(null, N3.namedNode(`${SH}targetClass`), N3.namedNode(`${NS['t']}Toestemming`)),
    ][0]!.subject.value;
    const own = turtle(
      `s:Gearchiveerd a sh:NodeShape ; sh:targetSubjectsOf ex:gearchiveerd ; sh:node <${toestemmingShape}> .`,
    );
    const data = validGraph().dataset;
    data.addQuad(N3.quad(N3.namedNode(IRI.voorkeur), N3.namedNode(`${NS['ex']}gearchiveerd`), N3.literal('ja')));
    data.addQuad(N3.quad(N3.namedNode(`${NS['ex']}x`), N3.namedNode(`${NS['ex']}gearchiveerd`), N3.literal('ja')));
    const both = await profielkit(data, { profile: toestemming, shapes: own }, 'profile and own shapes');
    // the consent is one, so it conforms to the profile's shape; ex:x is none
    sameFindings(both.findings, [row(['ex:x', null, 'Node', 'ex:x', 's:Gearchiveerd'])], 'profile and own shapes');
    expect(both.fast.results[0]?.origin).toBeUndefined();
    // the same, held to the specification and the witnesses on the one shapes graph they make together
    const union = new Store([...profileShapes, ...own]);
    await heldToTheSpecification(shapesOfGraph(union), union, data, both.findings, 'profile and own shapes');
    // and the profile's results are the profile's: a broken consent gives them, and the own shape's sh:node result
    const broken = new Store(
      [...data].filter((q) => !(q.subject.value === IRI.voorkeur && q.predicate.value === `${NS['t']}descriptor`)),
    );
    const withProfile = await profielkit(
      broken,
      { profile: toestemming, shapes: own },
      'profile and own shapes, a consent without descriptor',
    );
    const profileOnly = (await validate(broken, { profile: toestemming })).results;
    expect(withProfile.fast.results.filter((r) => r.origin !== undefined).map((r) => r.constraint)).toEqual(
      profileOnly.map((r) => r.constraint),
    );
    expect(
      withProfile.findings
        .filter((f) => f.sourceShape === term('s:Gearchiveerd'))
        .map((f) => f.focusNode)
        .sort(),
    ).toEqual([IRI.voorkeur, term('ex:x')].sort());
  });
});

describe('path expressions and SHACL-SPARQL', () => {
  it('sh:inversePath: the right results, on the fast path', async () => {
    const shapesGraph = turtle(
      's:S sh:targetClass ex:Ouder ; sh:property [ sh:path [ sh:inversePath ex:ouder ] ; sh:minCount 1 ] .',
    );
    const data = turtle('ex:o1 a ex:Ouder . ex:k ex:ouder ex:o1 . ex:o2 a ex:Ouder .');
    const both = await profielkit(data, { shapes: shapesGraph }, 'sh:inversePath');
    expect(both.fast.engine).toBe('fast');
    expect(both.fast.engineReason).toBeUndefined();
    // ex:o2 is nobody's ex:ouder; the result path is the inverse path (no IRI, so a finding has none)
    sameFindings(both.findings, [row(['ex:o2', null, 'MinCount', null, '_:'])], 'sh:inversePath');
    for (const engine of WITNESSES)
      sameFindings(await witness(engine, shapesGraph, data), both.findings, `sh:inversePath: ${engine}`);
    // the typed result has no path (a path expression is no IRI); the report graph keeps the path's node
    expect(both.fast.results[0]?.path).toBeUndefined();
  });

  it('sh:sparql: refused (rdf-validate-shacl has no SPARQL), never ignored', async () => {
    const shapesGraph = turtle(
      's:S sh:targetClass ex:A ; sh:sparql [ sh:select """SELECT $this WHERE ' +
        '{ FILTER NOT EXISTS { $this <https://example.org/p> ?x } }""" ] .',
    );
    const data = turtle('ex:a a ex:A . ex:b a ex:A ; ex:p 1 .');
    // SHACL-SPARQL would report ex:a; profielkit, a SHACL Core processor, refuses the shapes graph with a
    // ShapesError that names the component, rather than ignore the constraint and let ex:a pass
    for (const engine of ['fast', 'reference'] as const) {
      await expect(validate(data, { shapes: shapesGraph, engine })).rejects.toThrow(ShapesError);
      await expect(validate(data, { shapes: shapesGraph, engine })).rejects.toThrow(/sh:sparql/u);
    }
  });
});

describe('found by this harness, fixed: both engines give what SHACL says', () => {
  it.each(
    Object.entries({
      ['sh:languageIn "nl-BE" refuses "x"@nl-BE (parsers write the tag in lower case), ' +
        '"EN" refuses @en, "*" refuses every tag, "n" takes @nl (SHACL 4.4.4: langMatches)']: {
        shapes:
          's:A sh:targetObjectsOf ex:a ; sh:languageIn ( "nl-BE" ) . s:B sh:targetObjectsOf ex:b ; ' +
          'sh:languageIn ( "EN" ) . s:C sh:targetObjectsOf ex:c ; sh:languageIn ( "*" ) ' +
          '. s:D sh:targetObjectsOf ex:d ; sh:languageIn ( "n" ) .',
        data: 'ex:n ex:a "x"@nl-BE ; ex:b "y"@en ; ex:c "z"@fr ; ex:d "w"@nl .',
        expected: [['"w"@nl', null, 'LanguageIn', '"w"@nl', 's:D']],
      },
      'sh:maxLength 2 refuses "😀😀", sh:minLength 2 takes "😀" (SHACL 4.4.1/4.4.2: STRLEN counts characters)': {
        shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:minLength 2 ; sh:maxLength 2 .',
        data: 'ex:n ex:p "😀😀", "😀" .',
        expected: [['ex:n', 'ex:p', 'MinLength', '"😀"', 's:P']],
      },
      'sh:pattern "^.$" refuses "😀" (SHACL 4.4.3: REGEX, "." is one character)': {
        shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:pattern "^.$" .',
        data: 'ex:n ex:p "😀", "ab" .',
        expected: [['ex:n', 'ex:p', 'Pattern', '"ab"', 's:P']],
      },
      'node-shape sh:equals: a focus node that is not among its values is a result too (SHACL 4.5.1)': {
        shapes: 's:E sh:targetNode ex:e ; sh:equals ex:p .',
        data: 'ex:e ex:p ex:f .',
        expected: [
          ['ex:e', null, 'Equals', 'ex:e', 's:E'],
          ['ex:e', null, 'Equals', 'ex:f', 's:E'],
        ],
      },
      "a language-tagged string, and a literal of a datatype of one's own, are not comparable (SPARQL 1.1 17.3)": {
        shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:minInclusive "a" .',
        data: 'ex:n ex:p "b"@nl, "b"^^ex:eigen, "b" .',
        expected: [
          ['ex:n', 'ex:p', 'MinInclusive', '"b"@nl', 's:P'],
          ['ex:n', 'ex:p', 'MinInclusive', '"b"^^ex:eigen', 's:P'],
        ],
      },
      'strings compare by code point: "Ａ" (U+FF21) comes before "😀" (U+1F600) (SPARQL 1.1 17.3, fn:compare)': {
        shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:maxInclusive "😀" .',
        data: 'ex:n ex:p "Ａ", "😀", "🙂" .',
        expected: [['ex:n', 'ex:p', 'MaxInclusive', '"🙂"', 's:P']],
      },
    } satisfies Record<string, FeatureCase>),
  )('%s', async (name, c) => void (await feature(name, c)));

  it(
    'sh:flags "x" (XPath: white space in the pattern is ignored): ' +
      '"a b" matches "ab" (SHACL 4.4.3, XPath F&O 7.6.1.1)',
    async () => {
      const both = await profielkit(
        turtle('ex:a ex:p 1 .'),
        { shapes: turtle('s:S sh:targetNode "ab", "a b" ; sh:pattern "^a b$" ; sh:flags "x" .') },
        'sh:flags x',
      );
      sameFindings(both.findings, [row(['"a b"', null, 'Pattern', '"a b"', 's:S'])], 'sh:flags x');
    },
  );

  it(
    'nodesChecked: a literal reached by two targets counts once, ' +
      '"1" and "1"^^xsd:integer twice, an rdfs:Class shape not typed sh:NodeShape its instances',
    async () => {
      const count = async (shapes: string, data: string) =>
        (await profielkit(turtle(data), { shapes: turtle(shapes) }, shapes)).fast.nodesChecked;
      // SHACL's focus nodes: 1, 2 and 1
      expect(
        await count('s:S sh:targetNode "x" ; sh:targetObjectsOf ex:p ; sh:datatype xsd:integer .', 'ex:n ex:p "x" .'),
      ).toBe(1);
      expect(await count('s:S sh:targetNode "1", 1 ; sh:datatype xsd:integer .', 'ex:n ex:p 2 .')).toBe(2);
      const untyped = await profielkit(
        turtle('ex:n a ex:A .'),
        { shapes: turtle('ex:A a rdfs:Class ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .') },
        'rdfs:Class shape',
      );
      expect([untyped.fast.nodesChecked, untyped.fast.results.length]).toEqual([1, 1]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 4. the official OSLO SHACL on records of the builders

describe("the official OSLO Toestemming SHACL as shapes of one's own", () => {
  const oslo = parseRdf(readFileSync(new URL('../fixtures/oslo/toestemming-SHACL.ttl', import.meta.url), 'utf8'));
  const shapes = shapesOfGraph(oslo);
  const T = NS['t']!;

  it(
    "on the builders' record: the official shapes want skos:Concept " +
      'types and an rdfs:Literal dossier, which the profile does not',
    async () => {
      const data = validGraph().dataset;
      const both = await profielkit(data, { shapes: oslo }, 'OSLO SHACL, the valid record');
      await heldToTheSpecification(shapes, oslo, data, both.findings, 'OSLO SHACL, the valid record');
      sameFindings(
        both.findings,
        [
          [
            IRI.descriptor,
            `${T}contactkanaal`,
            'Class',
            'https://data.vlaanderen.be/id/concept/Contactkanaal/Email',
            '_:',
          ],
          [
            IRI.descriptor,
            `${T}contactkanaal`,
            'Class',
            'https://data.vlaanderen.be/id/concept/Contactkanaal/Sms',
            '_:',
          ],
          [IRI.descriptor, `${T}toestemmingsvraag`, 'Class', IRI.vraag, '_:'],
          [
            IRI.voorkeur,
            `${T}contactkanaal`,
            'Class',
            'https://data.vlaanderen.be/id/concept/Contactkanaal/Email',
            '_:',
          ],
          [
            IRI.voorkeur,
            `${T}status`,
            'Class',
            'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten',
            '_:',
          ],
          // sh:datatype rdfs:Literal: no literal has that datatype (4.1.2); a plain string is an xsd:string
          [IRI.voorkeur, `${T}beperking`, 'Datatype', '"dossier-2024-117"', '_:'],
        ].map((r) => row(r as unknown as Row)),
        'OSLO SHACL, the valid record',
      );
    },
  );

  it(
    'on generated exports with faults of every kind: ' +
      'fast = reference, and held to the specification with the witnesses',
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(faultyData(toestemming), async (data) => {
          const what = `OSLO SHACL, export ${++n}`;
          const both = await profielkit(data, { shapes: oslo }, what);
          await heldToTheSpecification(shapes, oslo, data, both.findings, what);
        }),
        { numRuns: 25, seed: SEED },
      );
    },
  );
});

// ---------------------------------------------------------------------------------------------
// the witnesses' bugs on shapes of one's own, one small case each

interface BugCase {
  readonly shapes: string;
  readonly data: string;
  /** what SHACL gives */
  readonly spec: readonly Row[];
  /** what each witness gives today */
  readonly witnesses: Partial<Record<Witness, readonly Row[]>>;
}

const shown = new Set<string>();

const WITNESS_BUGS: Record<string, BugCase> = {
  'sh:languageIn by string prefix': {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:languageIn ( "nl-BE" "EN" "*" ) .',
    data: 'ex:n ex:p "x"@nl-BE, "y"@en, "z"@fr .',
    spec: [],
    witnesses: {
      'rdf-validate-shacl': [
        ['"x"@nl-be', null, 'LanguageIn', '"x"@nl-be', 's:S'],
        ['"y"@en', null, 'LanguageIn', '"y"@en', 's:S'],
        ['"z"@fr', null, 'LanguageIn', '"z"@fr', 's:S'],
      ],
      'shacl-engine': [
        ['"x"@nl-be', null, 'LanguageIn', '"x"@nl-be', 's:S'],
        ['"y"@en', null, 'LanguageIn', '"y"@en', 's:S'],
        ['"z"@fr', null, 'LanguageIn', '"z"@fr', 's:S'],
      ],
    },
  },
  'string length in UTF-16 code units': {
    shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:maxLength 1 .',
    data: 'ex:n ex:p "😀" .',
    spec: [],
    witnesses: {
      'rdf-validate-shacl': [['ex:n', 'ex:p', 'MaxLength', '"😀"', 's:P']],
      'shacl-engine': [['ex:n', 'ex:p', 'MaxLength', '"😀"', 's:P']],
    },
  },
  'sh:pattern without the u flag': {
    shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:pattern "^.$" .',
    data: 'ex:n ex:p "😀" .',
    spec: [],
    witnesses: {
      'rdf-validate-shacl': [['ex:n', 'ex:p', 'Pattern', '"😀"', 's:P']],
      'shacl-engine': [['ex:n', 'ex:p', 'Pattern', '"😀"', 's:P']],
    },
  },
  'strings compared by localeCompare': {
    // by code point "B" (U+0042) comes before "b" (U+0062); by localeCompare after it
    shapes: 's:P sh:targetNode ex:n ; sh:path ex:p ; sh:minInclusive "b" .',
    data: 'ex:n ex:p "B", "c" .',
    spec: [['ex:n', 'ex:p', 'MinInclusive', '"B"', 's:P']],
    witnesses: { 'rdf-validate-shacl': [], 'shacl-engine': [] },
  },
  "sh:datatype: the witnesses' lexical checks (documented in ENGINE_BUGS), seen on shapes of one's own": {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:not [ sh:datatype xsd:date ] .',
    data: 'ex:n ex:p "2024-02-30"^^xsd:date .',
    // not a date, so the sh:not holds; both witnesses take the day for one, so their sh:not fails
    spec: [],
    witnesses: {
      'rdf-validate-shacl': [['"2024-02-30"^^xsd:date', null, 'Not', '"2024-02-30"^^xsd:date', 's:S']],
      'shacl-engine': [['"2024-02-30"^^xsd:date', null, 'Not', '"2024-02-30"^^xsd:date', 's:S']],
    },
  },
  'sh:and in a property shape validates its members on the focus node': {
    shapes: FEATURES['sh:and of shapes with property shapes (the official test and-001, with two values)']!.shapes,
    data: FEATURES['sh:and of shapes with property shapes (the official test and-001, with two values)']!.data,
    spec: [['ex:n', 'ex:adres', 'And', 'ex:a2', 's:P']],
    witnesses: {
      'rdf-validate-shacl': [
        ['ex:n', 'ex:adres', 'And', 'ex:a1', 's:P'],
        ['ex:n', 'ex:adres', 'And', 'ex:a2', 's:P'],
      ],
      'shacl-engine': [['ex:n', 'ex:adres', 'And', 'ex:a2', 's:P']],
    },
  },
  'node-shape sh:equals': {
    shapes: 's:E sh:targetNode ex:e ; sh:equals ex:p .',
    data: 'ex:e ex:p ex:f, ex:g .',
    spec: [
      ['ex:e', null, 'Equals', 'ex:e', 's:E'],
      ['ex:e', null, 'Equals', 'ex:f', 's:E'],
      ['ex:e', null, 'Equals', 'ex:g', 's:E'],
    ],
    // rdf-validate-shacl misses the focus node; shacl-engine gives one result
    witnesses: {
      'rdf-validate-shacl': [
        ['ex:e', null, 'Equals', 'ex:f', 's:E'],
        ['ex:e', null, 'Equals', 'ex:g', 's:E'],
      ],
      'shacl-engine': [['ex:e', null, 'Equals', 'ex:f', 's:E']],
    },
  },
  "shacl-engine: sh:pattern tests a blank node's label": {
    shapes: 's:S sh:targetObjectsOf ex:p ; sh:pattern "." .',
    data: 'ex:n ex:p _:b .',
    spec: [['_:', null, 'Pattern', '_:', 's:S']],
    witnesses: { 'rdf-validate-shacl': [['_:', null, 'Pattern', '_:', 's:S']], 'shacl-engine': [] },
  },
  'shacl-engine: rdfs:subClassOf read from the shapes graph': {
    shapes:
      's:S sh:targetClass ex:A ; sh:nodeKind sh:BlankNode . s:P sh:targetNode ex:n ; sh:path ex:p ; sh:class ex:A .',
    data: 'ex:c a ex:C . ex:C rdfs:subClassOf ex:A . ex:n ex:p ex:c .',
    spec: [['ex:c', null, 'NodeKind', 'ex:c', 's:S']],
    witnesses: {
      'rdf-validate-shacl': [['ex:c', null, 'NodeKind', 'ex:c', 's:S']],
      'shacl-engine': [['ex:n', 'ex:p', 'Class', 'ex:c', 's:P']],
    },
  },
  'shacl-engine: every sh:NodeShape is a class target': {
    shapes: 's:S a sh:NodeShape ; sh:nodeKind sh:BlankNode . ex:A a rdfs:Class ; sh:nodeKind sh:BlankNode .',
    data: 'ex:n a s:S . ex:a a ex:A .',
    spec: [['ex:a', null, 'NodeKind', 'ex:a', 'ex:A']],
    witnesses: {
      'rdf-validate-shacl': [['ex:a', null, 'NodeKind', 'ex:a', 'ex:A']],
      'shacl-engine': [['ex:n', null, 'NodeKind', 'ex:n', 's:S']],
    },
  },
  'shacl-engine: sh:closed forgets deactivated property shapes': {
    shapes:
      's:S sh:targetNode ex:a ; sh:closed true ; sh:property [ sh:path ex:s ; sh:deactivated true ; sh:minCount 5 ] .',
    data: 'ex:a ex:s 1 .',
    spec: [],
    witnesses: { 'rdf-validate-shacl': [], 'shacl-engine': [['ex:a', 'ex:s', 'Closed', '"1"^^xsd:integer', 's:S']] },
  },
  'shacl-engine: sh:closed and sh:deactivated "1"^^xsd:boolean switch them on': {
    shapes:
      's:S sh:targetNode ex:a ; sh:closed "1"^^xsd:boolean . s:T sh:targetNode ex:a ; ' +
      'sh:deactivated "1"^^xsd:boolean ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .',
    data: 'ex:a ex:s 1 .',
    spec: [['ex:a', 'ex:q', 'MinCount', null, '_:']],
    witnesses: {
      'rdf-validate-shacl': [['ex:a', 'ex:q', 'MinCount', null, '_:']],
      'shacl-engine': [['ex:a', 'ex:s', 'Closed', '"1"^^xsd:integer', 's:S']],
    },
  },
  'shacl-engine: an empty data graph is not validated': {
    shapes: 's:S sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .',
    data: '',
    spec: [['ex:n', 'ex:p', 'MinCount', null, '_:']],
    witnesses: { 'rdf-validate-shacl': [['ex:n', 'ex:p', 'MinCount', null, '_:']], 'shacl-engine': [] },
  },
  'shacl-engine: a shape validated twice at once conforms': {
    shapes:
      's:S sh:targetNode ex:n ; sh:xone ( s:A s:A s:B ) . ' +
      's:A sh:nodeKind sh:IRI ; sh:class ex:C . s:B sh:nodeKind sh:IRI .',
    data: 'ex:n ex:p 1 .',
    // ex:n conforms to s:B only: one of three
    spec: [],
    witnesses: { 'rdf-validate-shacl': [], 'shacl-engine': [['ex:n', null, 'Xone', 'ex:n', 's:S']] },
  },
};

/** Which bugs of SHAPES_ENGINE_BUGS a case shows: its name, as the ids end. */
const bugsOf = (name: string, engine: Witness) =>
  SHAPES_ENGINE_BUGS.filter(
    (b) =>
      b.engine === engine &&
      (b.id.startsWith(name) ||
        b.id.startsWith(`${engine}: ${name}`) ||
        (name.startsWith('sh:datatype') && b.deviation?.startsWith('sh:datatype'))),
  );

describe(
  "the witnesses' bugs on shapes of one's own, one small case each " +
    '(a bug no longer seen must leave engine-bugs.ts and docs/engines.md)',
  () => {
    it.each(Object.entries(WITNESS_BUGS))('%s', async (name, c) => {
      const shapesGraph = turtle(c.shapes);
      const data = turtle(c.data);
      const shapes = shapesOfGraph(shapesGraph);
      const spec = c.spec.map(row);
      sameFindings(new SpecValidator(shapes, data).findings(), spec, `${name}: the specification's reading`);
      for (const engine of WITNESSES) {
        const today = (c.witnesses[engine] ?? c.spec).map(row);
        const theirs = await witness(engine, shapesGraph, data);
        sameFindings(comparable(theirs), comparable(today), `${name}: ${engine} today`);
        const wrong =
          difference(comparable(theirs), comparable(spec)).length +
            difference(comparable(spec), comparable(theirs)).length >
          0;
        if (!wrong) continue;
        const bugs = bugsOf(name.replace(/ \(.*\)$/u, ''), engine);
        expect(
          bugs.map((b) => b.id),
          `${name}: ${engine} is wrong here, so a bug of it must be named`,
        ).not.toEqual([]);
        for (const bug of bugs) shown.add(bug.id);
        if (bugs.some((b) => b.exempts)) expect(bugs.some((b) => b.exempts?.(shapes))).toBe(true);
        else {
          // the bug, run as a deviation of the specification, gives what the witness gives
          const model = deviationsOf(engine);
          sameFindings(
            comparable(new SpecValidator(shapes, data, model).findings()),
            comparable(today),
            `${name}: ${engine}'s deviations describe it`,
          );
          demonstrate(engine, shapes, data, model, today);
        }
      }
    });

    it("shacl-engine: a shape met again for a node loses its property shapes' results", async () => {
      const shapesGraph = turtle(
        's:X sh:targetNode ex:n ; sh:node s:S1 . s:S1 sh:targetNode ex:n ; ' +
          'sh:property [ sh:path ex:q ; sh:maxLength 0 ] .',
      );
      const data = turtle('ex:n ex:q "abc" .');
      const shapes = shapesOfGraph(shapesGraph);
      const spec = [row(['ex:n', null, 'Node', 'ex:n', 's:X']), row(['ex:n', 'ex:q', 'MaxLength', '"abc"', '_:'])];
      sameFindings(new SpecValidator(shapes, data).findings(), spec, 'met again: the specification');
      sameFindings(await witness('rdf-validate-shacl', shapesGraph, data), spec, 'met again: rdf-validate-shacl');
      // whichever shape comes first, shacl-engine gives only one of the two
      const theirs = await witness('shacl-engine', shapesGraph, data);
      expect([theirs.length, difference(theirs, spec).length]).toEqual([1, 0]);
      const bug = exemptingBug('shacl-engine', shapes);
      expect(bug?.id).toBe("shacl-engine: a shape met again for a node loses its property shapes' results");
      shown.add(bug!.id);
    });
  },
);

describe('the documented bugs', () => {
  const full = ONLY === undefined;
  it.runIf(full)('each deviation (of profielkit and of each witness) was seen where it changes the answer', () => {
    const expected = [
      ...PROFIELKIT_DEVIATIONS.map((d) => `profielkit: ${d}`),
      ...WITNESSES.flatMap((e) => deviationsOf(e).map((d) => `${e}: ${d}`)),
    ];
    expect(expected.filter((d) => !demonstrated.has(d))).toEqual([]);
  });

  it.runIf(full)('each bug of SHAPES_ENGINE_BUGS that is not one of ENGINE_BUGS has its small case', () => {
    const known = new Set(ENGINE_BUGS.map((b) => b.id));
    expect(SHAPES_ENGINE_BUGS.filter((b) => !known.has(b.id) && !shown.has(b.id)).map((b) => b.id)).toEqual([]);
  });

  it('docs/engines.md names every one', () => {
    const doc = readFileSync(new URL('../../docs/engines.md', import.meta.url), 'utf8');
    for (const bug of SHAPES_ENGINE_BUGS) expect(doc, bug.id).toContain(bug.id);
  });
});
