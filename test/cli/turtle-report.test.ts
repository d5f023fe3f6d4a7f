// `profielkit validate --format turtle` reads back for any input: blank nodes written with labels and
// without (`[]`, whose reader labels `.b0` no syntax can write), labels that look like the ones
// profielkit makes (`_:pk_b0`, `_:report0`), blank nodes inside triple terms, literals with a
// direction. Shapes that report every value make a result of each triple; the report, read back by
// n3, holds one result per distinct triple of the input, each input's apart from the others'.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser, Store } from 'n3';
import { profielkit, tempDir } from './helpers.js';

const EX = 'http://example.org/';
const SHAPES = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <${EX}> .
ex:P a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:in () ] .
ex:Q a sh:NodeShape ; sh:targetSubjectsOf ex:q ; sh:property [ sh:path ex:q ; sh:in () ] .
`;

const label = fc.constantFrom('_:b0', '_:b1', '_:pk_b0', '_:pk_b1', '_:report0', '_:report1', '_:x.y');
const iri = fc.constantFrom('ex:s', 'ex:t', '<http://example.org/u>');
const literal = fc.constantFrom(
  '"x"',
  '"x"@en--ltr',
  '"x"@en--rtl',
  '"y"@nl',
  '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
  '"_:b0"',
);
const { object, subject } = fc.letrec<{ object: string; subject: string; tripleTerm: string; list: string }>((tie) => ({
  subject: fc.oneof({ depthSize: 'small' }, iri, label, fc.constant('[]'), tie('list')),
  // a blank node property list: its own triples are results too
  list: fc.tuple(fc.constantFrom('ex:p', 'ex:q'), tie('object')).map(([p, o]) => `[ ${p} ${o} ]`),
  tripleTerm: fc
    .tuple(
      fc.oneof(iri, label, fc.constant('[]')),
      fc.oneof({ depthSize: 'small' }, iri, label, literal, fc.constant('[]'), tie('tripleTerm')),
    )
    .map(([s, o]) => `<<( ${s} ex:p ${o} )>>`),
  object: fc.oneof({ depthSize: 'small' }, iri, label, literal, fc.constant('[]'), tie('list'), tie('tripleTerm')),
}));
const statement = fc.tuple(subject, fc.constantFrom('ex:p', 'ex:q'), object).map(([s, p, o]) => `${s} ${p} ${o} .`);
const input = fc
  .array(statement, { minLength: 1, maxLength: 6 })
  .map((lines) => `@prefix ex: <${EX}> .\n${lines.join('\n')}\n`);

/** The triples of ex:p and ex:q in the input, as n3 reads it: one result each. */
function expectedResults(text: string): number {
  const store = new Store(new Parser().parse(text));
  return store.match(null, null, null).size;
}

describe('validate --format turtle', () => {
  it(
    'writes a report that n3 reads back, with one result per triple, ' +
      'for generated inputs (blank nodes with and without labels, triple terms, directions)',
    () => {
      const dir = tempDir();
      const shapes = join(dir, 'shapes.ttl');
      writeFileSync(shapes, SHAPES);
      let run = 0;
      fc.assert(
        fc.property(fc.array(input, { minLength: 1, maxLength: 3 }), (texts) => {
          const files = texts.map((text, i) => {
            const file = join(dir, `input-${run}-${i}.ttl`);
            writeFileSync(file, text);
            return file;
          });
          run++;
          const r = profielkit(['validate', '--quiet', '--shapes', shapes, '--format', 'turtle', ...files]);
          expect(r.stderr).toBe('');
          expect(r.status).toBe(1);
          const sections = r.stdout.split(/^# .*$/mu).slice(1);
          expect(sections).toHaveLength(files.length);
          // the inputs' reports, each and all together, read back
          const all = new Store(new Parser().parse(r.stdout));
          let total = 0;
          texts.forEach((text, i) => {
            const report = new Store(new Parser().parse(sections[i] as string));
            const results =
              report.match(null, null, null).size === 0
                ? 0
                : report.countQuads(
                    null,
                    'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
                    'http://www.w3.org/ns/shacl#ValidationResult',
                    null,
                  );
            expect(results, text).toBe(expectedResults(text));
            total += results;
          });
          expect(
            all.countQuads(
              null,
              'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
              'http://www.w3.org/ns/shacl#ValidationResult',
              null,
            ),
          ).toBe(total);
        }),
        { numRuns: 25, seed: 20261207 },
      );
    },
  );
});
