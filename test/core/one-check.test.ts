// Issue 21, item 1: a rule cannot mean two things on the fast path. The fast path has two loops: the
// profile form (property shapes of counts, pairs, term tests and classes on class targets, the
// profiles' and shapes of one's own that fit it) and the evaluator of shapes-eval.ts (everything
// else). Both call one check per constraint component and one result builder. Here the same property
// shapes go through each loop (a class target alone: the profile form; the same shape with a
// sh:targetNode beside it: the evaluator), and every field of every result must be the same,
// messages in both languages included, and the same findings as the reference engine (but where the
// data has "x"@en--ltr and "x"@en--rtl: rdf-validate-shacl's value sets key a literal without its
// language and direction, so the reference engine refuses such data by name, see twins below).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineError, parseRdf, validate, type ValidationResult } from '../../src/index.js';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n`;

/** Constraints of a property shape (on ex:p), each of a component both loops know. */
const CONSTRAINTS = [
  'sh:minCount 1',
  'sh:maxCount 1',
  'sh:datatype xsd:string',
  'sh:datatype xsd:date',
  'sh:maxLength 2',
  'sh:pattern "^[a-z]"',
  'sh:in ( "a" ex:B 3 "x"@en--ltr )',
  'sh:nodeKind sh:IRI',
  'sh:class ex:B',
  'sh:or ( [ sh:class ex:B ] [ sh:datatype xsd:string ] )',
  'sh:equals ex:q',
  'sh:disjoint ex:q',
  'sh:lessThan ex:q',
  'sh:lessThanOrEquals ex:q',
  'sh:minInclusive 2',
] as const;

/** Values of ex:p and ex:q: IRIs (of nodes typed ex:B, or not, or never a subject), literals of every kind. */
const VALUES = [
  'ex:b1',
  'ex:c1',
  'ex:nowhere',
  '"a"',
  '"abc"',
  '"😀😀"',
  '"x"@en--ltr',
  '"x"@en--rtl',
  '"x"@en',
  '3',
  '1',
  '"2024-02-30"^^xsd:date',
  '"2024-02-29"^^xsd:date',
  '_:k',
] as const;

const shapeCase = fc.record({
  constraints: fc.subarray([...CONSTRAINTS], { minLength: 1, maxLength: 4 }),
  message: fc.constantFrom('', 'sh:message "fout"@nl, "wrong"@en ;', 'sh:message "zonder taal" ;'),
  severity: fc.constantFrom('', 'sh:severity sh:Warning ;'),
});
const nodeCase = fc.record({
  p: fc.subarray([...VALUES], { maxLength: 3 }),
  q: fc.subarray([...VALUES], { maxLength: 2 }),
});

/** Every field a user reads of a result; blank nodes by kind (each parse labels them anew). */
const blank = (id: string | undefined) => (id?.startsWith('_:') ? '_:' : id);
const view = (r: ValidationResult) =>
  JSON.stringify({ ...r, focusNode: blank(r.focusNode), sourceShape: blank(r.sourceShape), value: blank(r.value) });
const finding = (r: ValidationResult) =>
  JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.valueDirection, r.severity]);

describe('one check per constraint component on both loops of the fast path', () => {
  it('the profile form and the evaluator give the same results, field by field; the reference engine too', async () => {
    await fc.assert(
      fc.asyncProperty(shapeCase, fc.array(nodeCase, { minLength: 1, maxLength: 4 }), async (shape, nodes) => {
        const body = `${shape.message} ${shape.severity} ${shape.constraints.join(' ; ')}`;
        const property = `sh:property [ sh:path ex:p ; ${body} ]`;
        // the evaluator takes a node shape with a sh:targetNode (here one the data lacks, left out below)
        const byClass = parseRdf(`${PREFIXES}ex:S a sh:NodeShape ; sh:targetClass ex:A ; ${property} .`);
        const targets = 'sh:targetClass ex:A ; sh:targetNode ex:z';
        const withNode = parseRdf(`${PREFIXES}ex:S a sh:NodeShape ; ${targets} ; ${property} .`);
        let data = '@prefix ex: <http://ex.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n';
        data += 'ex:b1 a ex:B . ex:c1 a ex:C .\n';
        nodes.forEach((n, i) => {
          const values = [...n.p.map((v) => `ex:p ${v}`), ...n.q.map((v) => `ex:q ${v}`)];
          data += `ex:n${i} a ex:A${values.map((v) => ` ; ${v}`).join('')} .\n`;
        });
        const graph = parseRdf(data);
        // two values that differ by direction alone, anywhere in the data or the shapes: the reference engine would
        // see one of them, and refuses the data by name (EngineError) rather than answer
        // (in the shapes too: a sh:hasValue or sh:in member beside a value)
        const all = [...nodes.flatMap((n) => [...n.p, ...n.q]), ...shape.constraints].join(' ');
        const twins = all.includes('"x"@en--ltr') && all.includes('"x"@en--rtl');
        const reference = twins
          ? await validate(graph, { shapes: byClass, engine: 'reference' }).then(
              () => expect.fail('the reference engine answered on data it cannot tell apart'),
              (error: unknown) => {
                expect(error).toBeInstanceOf(EngineError);
                expect((error as EngineError).construct).toBe('rdf:dirLangString');
                return undefined;
              },
            )
          : await validate(graph, { shapes: byClass, engine: 'reference' });
        for (const lang of ['nl', 'en'] as const) {
          const form = await validate(graph, { shapes: byClass, lang });
          const evaluator = await validate(graph, { shapes: withNode, lang });
          expect([form.engine, evaluator.engine]).toEqual(['fast', 'fast']);
          const fromEvaluator = evaluator.results.filter((r) => r.focusNode !== 'http://ex.org/z');
          expect(form.results.map(view).sort()).toEqual(fromEvaluator.map(view).sort());
          if (reference !== undefined) {
            expect(form.results.map(finding).sort()).toEqual(reference.results.map(finding).sort());
          }
        }
      }),
      { numRuns: 150, seed: 2121 },
    );
  });
});
