// Shapes of one's own on the fast path: which shapes it takes and which it hands to the reference
// engine (the report says why), streams in bounded memory with the answers of memory, and the
// reference engine's own answer where rdf-validate-shacl's recursion guard gave a false "conforms".
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  parseRdf,
  ShapesError,
  toNTriples,
  validate,
  type ValidationReport,
  type ValidationResult,
} from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { jsonReport } from '../../src/report.js';
import { validateStream, validateStreamFast } from '../../src/core/validate/stream.js';
import { witness, findingsOfReport, difference } from '../support/oracles.js';
import { validGraph } from '../support/records.js';

const PREFIXES =
  '@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex.org/> . @prefix xsd: ' +
  '<http://www.w3.org/2001/XMLSchema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n';
const shapesOf = (ttl: string) => parseRdf(PREFIXES + ttl);
// blank nodes by their kind only: each parse labels them anew
const blank = (id: string | undefined) => (id?.startsWith('_:') ? '_:' : id);
const key = (r: ValidationResult) =>
  JSON.stringify([blank(r.focusNode), r.path, r.constraint, blank(r.value), r.severity, blank(r.sourceShape)]);
const keys = (report: ValidationReport) => report.results.map(key).sort();

// every kind of check that waits for another node: sh:class, sh:node to a shape with property shapes
// (a fact kept per node), logic over classes, a node shape's own checks, a code list's concepts
const RICH =
  `
ex:S a sh:NodeShape ; sh:targetClass ex:A ;
  sh:property [ sh:path ex:p ; sh:datatype xsd:integer ; sh:minInclusive 3 ; sh:maxCount 2 ] ;
  sh:property [ sh:path ex:q ; sh:class ex:B ; sh:node ex:T ; sh:or ( [ sh:class ex:C ] [ sh:class ex:B ] ) ] ;
  sh:property [ sh:path ex:r ; sh:or ( [ sh:datatype xsd:string ] [ sh:nodeKind sh:IRI ] ) ; sh:uniqueLang true ] ;
  sh:property [ sh:path ex:p ; sh:lessThan ex:t ] ;
  sh:property [ sh:path ex:s ; sh:qualifiedValueShape [ sh:nodeKind sh:IRI ] ; sh:qualifiedMinCount 1 ] ;
  sh:closed true ; sh:ignoredProperties ( rdf:type ex:t ex:s ) .
ex:T a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:pattern "^[A-Z]" ] ; sh:not [ sh:class ex:C ] .
ex:V a sh:NodeShape ; sh:targetNode ex:absent, "lit" ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .
ex:W a sh:PropertyShape ; sh:targetSubjectsOf ex:name ; sh:path ex:name ; sh:maxLength 3 ; sh:severity sh:Warning ; ` +
  `sh:message "te lang"@nl, "too long"@en .
`;

/** An export of `n` records: references back and forward, to nodes that never come, to blank nodes. */
function richData(n: number): string {
  let text = '@prefix ex: <http://ex.org/> .\n';
  for (let i = 0; i < n; i++) {
    text +=
      `ex:a${i} a ex:A ; ex:p ${i % 7} ; ex:q ex:b${(i * 7) % n}, ex:b${(i * 13) % (n + 1)}, _:x${i % 5} ; ` +
      `ex:r "a"@en, "b"@${i % 3 ? 'en' : 'nl'} ; ex:t 4 ; ex:s ex:b${i}${i % 11 ? '' : ' ; ex:other 1'} .\n`;
    text += `ex:b${i} a ${i % 4 ? 'ex:B' : 'ex:C'} ${i % 3 ? '; ex:name "Bo"' : i % 5 ? '; ex:name "bobby"' : ''} .\n`;
  }
  return `${text}_:x1 ex:name "X" . _:x2 a ex:B ; ex:name "Y" .\n`;
}

describe("shapes of one's own on the fast path", () => {
  it('memory, a stream with every budget, the reference engine and shacl-engine give the same results', async () => {
    const shapes = shapesOf(RICH);
    const data = parseRdf(richData(300));
    const nt = await toNTriples(data);
    const reference = await validate(data, { shapes, engine: 'reference' });
    const memory = await validate(data, { shapes });
    expect(memory.engine).toBe('fast');
    expect(reference.engine).toBe('reference');
    expect(reference.results.length).toBeGreaterThan(1000);
    expect(keys(memory)).toEqual(keys(reference));
    expect(memory.nodesChecked).toBe(reference.nodesChecked);
    // a second, independent engine (stock rdf-validate-shacl misses results here: see the test below)
    const engine = await witness('shacl-engine', shapes, data);
    const ours = findingsOfReport(memory.report);
    expect(difference(ours, engine)).toEqual([]);
    expect(difference(engine, ours)).toEqual([]);
    // budgets of a few nodes: every spill and every end-of-input lookup taken
    for (const budget of [{}, { types: 4, references: 4 }, { types: 2, references: 64 }]) {
      const streamed = await validateStream({ shapes }, () => Readable.from([nt]), { format: 'ntriples' }, budget);
      expect(streamed.engine).toBe('fast');
      expect(keys(streamed)).toEqual(keys(reference));
      expect(streamed.nodesChecked).toBe(reference.nodesChecked);
      for (const maxResults of [1, 50, 700]) {
        // past the cap, references are counted per node and check: the counts stay exact
        const capped = await validateStream(
          { shapes },
          () => Readable.from([nt]),
          { format: 'ntriples', maxResults },
          budget,
        );
        expect(capped.counts).toEqual(reference.counts);
        expect(capped.results).toHaveLength(maxResults);
      }
    }
  });

  it('the same results for any order of the records (a property)', async () => {
    const shapes = shapesOf(RICH);
    const blocks = richData(40)
      .split('\n')
      .filter((line) => line.startsWith('ex:') || line.startsWith('_:'));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(blocks, { minLength: 1 }),
        fc.integer({ min: 1, max: 8 }),
        async (chosen, budget) => {
          const data = parseRdf(`@prefix ex: <http://ex.org/> .\n${chosen.join('\n')}\n`);
          const reference = await validate(data, { shapes, engine: 'reference' });
          const streamed = await validateStream(
            { shapes },
            () => Readable.from([chosen.join('\n').replace(/^/u, '@prefix ex: <http://ex.org/> .\n')]),
            { format: 'turtle' },
            { types: budget, references: budget },
          );
          expect(keys(streamed)).toEqual(keys(reference));
          expect(streamed.nodesChecked).toBe(reference.nodesChecked);
        },
      ),
      { numRuns: 40, seed: 16 },
    );
  });

  it(
    'messages: sh:message in the language asked for, ' +
      'else a default that names the path; cardinality says what it found',
    async () => {
      const shapes = shapesOf(RICH);
      const data = parseRdf(`${richData(12)}\n<http://ex.org/a0> <http://ex.org/p> 8, 9 .`);
      const en = await validate(data, { shapes, lang: 'en' });
      const nl = await validate(data, { shapes, lang: 'nl' });
      expect(en.results.find((r) => r.sourceShape === 'http://ex.org/W')?.message).toBe('too long');
      expect(nl.results.find((r) => r.sourceShape === 'http://ex.org/W')?.message).toBe('te lang');
      expect(en.results.find((r) => r.constraint.endsWith('MaxCountConstraintComponent'))?.message).toBe(
        'http://ex.org/p: too many values, found 3',
      );
      expect(nl.results.find((r) => r.constraint.endsWith('MinCountConstraintComponent'))?.message).toBe(
        'http://ex.org/name: te weinig waarden, gevonden: 0',
      );
    },
  );

  it('a literal focus node (sh:targetNode) is a literal in the W3C report', async () => {
    const report = await validate(parseRdf('<http://ex.org/x> <http://ex.org/y> 1 .'), { shapes: shapesOf(RICH) });
    const focus = [...report.report.match(null, null, null)]
      .filter((q) => q.predicate.value.endsWith('#focusNode'))
      .map((q) => q.object);
    expect(focus.some((t) => t.termType === 'Literal' && t.value === 'lit')).toBe(true);
    expect(focus.some((t) => t.termType === 'NamedNode' && t.value === 'http://ex.org/absent')).toBe(true);
  });

  it("a literal focus node's language tag and direction are in the typed and JSON reports, both engines", async () => {
    const shapes = shapesOf('ex:V a sh:NodeShape ; sh:targetNode "x"@en--rtl, "y"@nl, "z" ; sh:minLength 2 .');
    const data = parseRdf('<http://ex.org/x> <http://ex.org/y> 1 .');
    for (const engine of ['fast', 'reference'] as const) {
      const report = await validate(data, { shapes, engine });
      expect(report.engine).toBe(engine);
      const text = jsonReport('data.ttl', [{ ...report, profile: 'eigen' }]);
      const json = JSON.parse(text) as { results: Record<string, unknown>[] };
      const focus = json.results.map((r) => [r['focusNode'], r['focusLanguage'], r['focusDirection']]);
      expect(focus.sort()).toEqual([
        ['x', 'en', 'rtl'],
        ['y', 'nl', undefined],
        ['z', undefined, undefined],
      ]);
      const typed = report.results.find((r) => r.focusNode === 'x');
      expect([typed?.focusLanguage, typed?.focusDirection]).toEqual(['en', 'rtl']);
    }
  });

  it("the W3C report's own nodes never take a label of the data's blank nodes", async () => {
    const shapes = shapesOf(
      'ex:S a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:q ; sh:minCount 2 ; sh:nodeKind sh:IRI ] .',
    );
    const type = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
    const nt =
      `_:b1 ${type} <http://ex.org/A> .\n_:b1 <http://ex.org/q> ` +
      `_:report0 .\n_:report1 ${type} <http://ex.org/A> .\n`;
    const report = await validateStream({ shapes }, () => Readable.from([nt]), { format: 'ntriples' });
    expect(report.totalResults).toBe(3);
    const graph = report.report;
    const resultNodes = [...graph.match(null, null, null)]
      .filter((q) => q.object.value === 'http://www.w3.org/ns/shacl#ValidationResult')
      .map((q) => q.subject.value);
    expect(new Set(resultNodes).size).toBe(3);
    const focus = [...graph.match(null, null, null)]
      .filter((q) => q.predicate.value.endsWith('#focusNode'))
      .map((q) => q.object.value);
    expect(focus.sort()).toEqual(['b1', 'b1', 'report1']);
    for (const f of focus) expect(resultNodes).not.toContain(f);
  });

  it(
    'sh:targetObjectsOf needs the whole graph: ' + 'a stream is read into memory and still validated on the fast path',
    async () => {
      const shapes = shapesOf(
        'ex:O a sh:NodeShape ; sh:targetObjectsOf ex:q ; sh:nodeKind sh:IRI ; sh:not [ sh:class ex:C ] .',
      );
      const data = parseRdf(richData(30));
      const nt = await toNTriples(data);
      let opened = 0;
      const streamed = await validateStream({ shapes }, () => (opened++, Readable.from([nt])), { format: 'ntriples' });
      expect(opened).toBe(1);
      expect(streamed.engine).toBe('fast');
      expect(keys(streamed)).toEqual(keys(await validate(data, { shapes, engine: 'reference' })));
    },
  );

  it('SHACL-SPARQL, which neither engine implements, is a typed error that names it', async () => {
    const shapes = shapesOf(
      'ex:P a sh:NodeShape ; sh:targetClass ex:A ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] .',
    );
    await expect(validate(parseRdf(richData(3)), { shapes })).rejects.toThrow(ShapesError);
    await expect(validate(parseRdf(richData(3)), { shapes })).rejects.toThrow(/sh:sparql/);
    await expect(validate(parseRdf(richData(3)), { shapes })).rejects.toMatchObject({ construct: 'sh:sparql' });
  });

  it.each([
    [
      'sh:deactivated',
      'ex:P a sh:NodeShape ; sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ; sh:deactivated %s .',
      'ex:n ex:q 1 .',
    ],
    ['sh:closed', 'ex:P a sh:NodeShape ; sh:targetNode ex:n ; sh:closed %s .', 'ex:n ex:q 1 .'],
    [
      'sh:uniqueLang',
      'ex:P a sh:NodeShape ; sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:uniqueLang %s ] .',
      'ex:n ex:p "a"@nl, "b"@nl .',
    ],
  ])(
    '%s: only the literal true switches it on, the same on both engines ("1" and "0" do not)',
    async (what, ttl, data) => {
      const graph = parseRdf(`@prefix ex: <http://ex.org/> . ${data}`);
      const counts: Record<string, number[]> = {};
      for (const value of ['true', '"true"^^xsd:boolean', '"1"^^xsd:boolean', 'false', '"0"^^xsd:boolean']) {
        const shapes = shapesOf(ttl.replace('%s', value));
        counts[value] = await Promise.all(
          (['fast', 'reference'] as const).map(
            async (engine) => (await validate(graph, { shapes, engine })).results.length,
          ),
        );
      }
      // deactivated true: the shape's minCount is off; closed / uniqueLang true: they report ex:q / the twice-used tag
      const on = what === 'sh:deactivated' ? 0 : 1;
      const off = what === 'sh:deactivated' ? 1 : 0;
      expect(counts).toEqual({
        true: [on, on],
        '"true"^^xsd:boolean': [on, on],
        '"1"^^xsd:boolean': [off, off],
        false: [off, off],
        '"0"^^xsd:boolean': [off, off],
      });
      // a value that is no xsd:boolean is refused on both engines, naming the parameter, never read one way or the
      // other
      for (const engine of ['fast', 'reference'] as const) {
        await expect(validate(graph, { shapes: shapesOf(ttl.replace('%s', '"true"')), engine })).rejects.toMatchObject({
          construct: what,
        });
      }
    },
  );

  it.each([
    [
      'a constraint component declared through a subclass of sh:ConstraintComponent',
      'ex:CC rdfs:subClassOf sh:ConstraintComponent . ex:C a ex:CC . ex:P a sh:NodeShape ; sh:targetNode ex:n .',
      '<http://ex.org/CC>',
    ],
    [
      'a SPARQL-based target',
      'ex:P a sh:NodeShape ; sh:target [ a sh:SPARQLTarget ; ' +
        'sh:select "SELECT ?this WHERE { ?this ?p ?o }" ] ; sh:minCount 1 .',
      'sh:target',
    ],
    ['an ASK validator', 'ex:V a sh:SPARQLAskValidator ; sh:ask "ASK { }" .', 'sh:ask'],
    [
      'a SELECT validator typed through a subclass',
      'ex:MyV rdfs:subClassOf sh:SPARQLSelectValidator . ex:V a ex:MyV .',
      '<http://ex.org/MyV>',
    ],
  ])('%s is refused by name on both engines and on a stream', async (_what, ttl, construct) => {
    const shapes = shapesOf(`@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . ${ttl}`);
    const data = parseRdf('<http://ex.org/n> <http://ex.org/p> 1 .');
    for (const engine of ['fast', 'reference'] as const)
      await expect(validate(data, { shapes, engine })).rejects.toMatchObject({ name: 'ShapesError', construct });
    await expect(
      validateStream({ shapes }, () => Readable.from(['<http://ex.org/n> <http://ex.org/p> 1 .']), {
        format: 'ntriples',
      }),
    ).rejects.toMatchObject({ construct });
  });

  it('prefix declarations alone (sh:declare) are read, not refused', async () => {
    const shapes = shapesOf(
      'ex: sh:declare [ sh:prefix "ex" ; sh:namespace "http://ex.org/"^^xsd:anyURI ] . ' +
        'ex:P a sh:NodeShape ; sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:minCount 2 ] .',
    );
    const report = await validate(parseRdf('<http://ex.org/n> <http://ex.org/p> 1 .'), { shapes });
    expect([report.engine, report.results.length]).toEqual(['fast', 1]);
  });

  it(
    "a path within a node's own triples (an alternative, a zero-or-one) " +
      'is followed as the stream comes; others read it into memory',
    async () => {
      const data =
        '<http://ex.org/n> a <http://ex.org/A> ; <http://ex.org/p> 1 ; ' +
        '<http://ex.org/q> "x" .\n<http://ex.org/m> a <http://ex.org/A> .\n';
      const local = shapesOf(
        'ex:P a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path [ sh:alternativePath ( ex:p ex:q ) ' +
          '] ; sh:minCount 2 ] ; sh:property [ sh:path [ sh:zeroOrOnePath ex:p ] ; sh:nodeKind sh:Literal ] .',
      );
      const streamed = await validateStreamFast([{ shapes: local }], () => Readable.from([data]), {
        format: 'turtle',
        lang: 'en',
      });
      const memory = await validate(parseRdf(data), { shapes: local, lang: 'en' });
      // ex:m has no value of either predicate; each focus node is its own zero-or-one value, an IRI
      expect(streamed?.reports[0]?.results.map(key).sort()).toEqual(keys(memory));
      expect(memory.results.map((r) => r.constraint.replace(/.*#/u, '')).sort()).toEqual([
        'MinCountConstraintComponent',
        'NodeKindConstraintComponent',
        'NodeKindConstraintComponent',
      ]);
      const inverse = shapesOf(
        'ex:P a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:maxCount 0 ] .',
      );
      expect(
        await validateStreamFast([{ shapes: inverse }], () => Readable.from([data]), { format: 'turtle' }),
      ).toBeUndefined();
    },
  );

  it('a path expression is followed on the fast path: in memory, and a stream is read into memory for it', async () => {
    const shapes = shapesOf(
      'ex:P a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path [ sh:inversePath ex:q ] ; sh:minCount 1 ] .',
    );
    const data = parseRdf(richData(5));
    const report = await validate(data, { shapes });
    expect(report.engine).toBe('fast');
    expect(report.engineReason).toBeUndefined();
    expect(keys(report)).toEqual(keys(await validate(data, { shapes, engine: 'reference' })));
    const streamed = await validateStream({ shapes }, () => Readable.from([richData(5)]), { format: 'turtle' });
    expect(streamed.engine).toBe('fast');
    expect(keys(streamed)).toEqual(keys(report));
  });

  it.each([
    [
      'a constraint of a SHACL-SPARQL shape beside Core ones',
      'ex:P a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ; sh:targetSparql [] .',
      /sh:targetSparql/,
    ],
  ])('%s goes to the reference engine, and the report says why', async (_what, ttl, why) => {
    const shapes = shapesOf(ttl);
    const data = parseRdf(richData(5));
    const report = await validate(data, { shapes });
    expect(report.engine).toBe('reference');
    expect(report.engineReason).toMatch(why);
    const streamed = await validateStream({ shapes }, () => Readable.from([richData(5)]), { format: 'turtle' });
    expect(streamed.engine).toBe('reference');
    expect(keys(streamed)).toEqual(keys(report));
  });

  it(
    'a recursive shape is refused by name on both engines ' + 'and on a stream (SHACL leaves recursion undefined)',
    async () => {
      const shapes = shapesOf(
        'ex:P a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:q ; sh:node ex:P ] .',
      );
      const data = parseRdf(richData(5));
      for (const engine of ['fast', 'reference'] as const) {
        await expect(validate(data, { shapes, engine })).rejects.toMatchObject({
          name: 'ShapesError',
          code: 'shapes/recursive',
          shape: 'http://ex.org/P',
        });
      }
      await expect(
        validateStream({ shapes }, () => Readable.from([richData(5)]), { format: 'turtle' }),
      ).rejects.toThrow(/refers to itself/);
    },
  );

  it("with a profile: one read, the profile's results and the own shapes' beside each other", async () => {
    const shapes = parseRdf(readFileSync(new URL('../fixtures/oslo/toestemming-SHACL.ttl', import.meta.url), 'utf8'));
    const data = validGraph().dataset;
    const both = await validate(data, { profile: toestemming, shapes });
    const reference = await validate(data, { profile: toestemming, shapes, engine: 'reference' });
    expect(both.engine).toBe('fast');
    expect(keys(both)).toEqual(keys(reference));
    const profileOnly = await validate(data, { profile: toestemming });
    const ownOnly = await validate(data, { shapes });
    expect(keys(both)).toEqual([...keys(profileOnly), ...keys(ownOnly)].sort());
    const nt = await toNTriples(data);
    const streamed = await validateStream({ declaration: toestemming.declaration, shapes }, () => Readable.from([nt]), {
      format: 'ntriples',
    });
    expect(keys(streamed)).toEqual(keys(reference));
  });
});

describe("shapes of one's own that name a profile's shape", () => {
  it("are read with the profile's: sh:node to the profile's Toestemming shape holds a node to its rules", async () => {
    const profileShapes = parseRdf(toestemming.shapes());
    const target = 'http://data.vlaanderen.be/ns/toestemming#Toestemming';
    const [shape] = profileShapes.getSubjects('http://www.w3.org/ns/shacl#targetClass', target, null);
    expect(shape?.termType).toBe('NamedNode');
    const property = `sh:property [ sh:path ex:wraps ; sh:node <${shape?.value}> ]`;
    const shapes = shapesOf(`ex:W a sh:NodeShape ; sh:targetClass ex:Wrapper ; ${property} .`);
    // ex:t1 is no Toestemming (no profile rule targets it) and lacks its properties: only sh:node finds that
    const data = parseRdf('@prefix ex: <http://ex.org/> . ex:w a ex:Wrapper ; ex:wraps ex:t1 . ex:t1 ex:p 1 .');
    for (const engine of ['fast', 'reference'] as const) {
      const report = await validate(data, { profile: toestemming, shapes, engine });
      expect([report.engine, report.results.map((r) => [r.focusNode, r.constraint.replace(/.*#/u, '')])]).toEqual([
        engine,
        [['http://ex.org/w', 'NodeConstraintComponent']],
      ]);
    }
  });
});

describe("the reference engine past rdf-validate-shacl's recursion guard", () => {
  // rdf-validate-shacl counts the checks of each (node, shape) pair in the whole validation and takes
  // the node as conforming after 50 (its maxNodeChecks): the 51st record pointing at a bad node passes
  const shapes = shapesOf(
    'ex:R a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:q ; ' +
      'sh:node ex:N ] . ex:N a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .',
  );
  const data = parseRdf(
    '@prefix ex: ' +
      `<http://ex.org/> .\n${Array.from({ length: 80 }, (_, i) => `ex:a${i} a ex:A ; ex:q ex:bad .`).join('\n')}`,
  );

  it(
    'every one of 80 records pointing at a node that breaks ' + 'sh:node is a result, on both engines (SHACL 4.8.1)',
    async () => {
      expect((await validate(data, { shapes, engine: 'reference' })).totalResults).toBe(80);
      expect((await validate(data, { shapes })).totalResults).toBe(80);
      expect((await witness('shacl-engine', shapes, data)).length).toBe(80);
    },
  );

  it('stock rdf-validate-shacl still stops at 51 (the documented bug, engine-bugs.ts)', async () => {
    expect((await witness('rdf-validate-shacl', shapes, data)).length).toBe(51);
  });
});
