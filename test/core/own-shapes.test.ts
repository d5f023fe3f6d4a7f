// Shapes a user brings are validated by the reference engine: alone, or together with a profile's
// shapes (in one shapes graph, so that they may refer to the profile's).
import { describe, expect, it } from 'vitest';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { parseRdf, validate } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { validGraph } from '../support/records.js';

const own = parseRdf(
  `
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
@prefix ex: <https://example.org/shapes/> .
# a rule of the municipality's own: every consent carries its case number
ex:DossiernummerVerplicht a sh:NodeShape ;
  sh:targetClass t:Toestemming ;
  sh:property [ sh:path ex:dossiernummer ; sh:minCount 1 ; sh:message "geef het dossiernummer"@nl, ` +
    `"give the case number"@en ] .
`,
);

describe("validate with shapes of one's own", () => {
  it('alone: exactly the results rdf-validate-shacl gives with them', async () => {
    const data = validGraph().dataset;
    const report = await validate(data, { shapes: own, lang: 'en' });
    const direct = await new SHACLValidator(own).validate(data);
    expect(report.results.map((r) => r.focusNode).sort()).toEqual(direct.results.map((r) => r.focusNode!.value).sort());
    expect(report.results.length).toBeGreaterThan(0);
    // the shape's own message, and what the cardinality rule found
    expect(new Set(report.results.map((r) => r.message))).toEqual(new Set(['give the case number, found 0']));
    expect(report.nodesChecked).toBe(new Set(direct.results.map((r) => r.focusNode!.value)).size);
  });

  it("with a profile: the profile's results and the own shapes' results together", async () => {
    const data = validGraph().dataset;
    const profileOnly = await validate(data, { profile: toestemming });
    const ownOnly = await validate(data, { shapes: own });
    const both = await validate(data, { profile: toestemming, shapes: own });
    const key = (r: { focusNode: string; path: string | undefined; constraint: string; sourceShape: string }) =>
      `${r.focusNode} ${r.path} ${r.constraint} ${r.sourceShape}`;
    expect(both.results.map(key).sort()).toEqual([...profileOnly.results, ...ownOnly.results].map(key).sort());
  });

  it("own shapes may build on the profile's (sh:node to a profile shape)", async () => {
    const profileShapes = new Store(new Parser().parse(toestemming.shapes()));
    const toestemmingShape = [...profileShapes.match(null, null, null)].find(
      (q) =>
        q.predicate.value === 'http://www.w3.org/ns/shacl#targetClass' &&
        q.object.value === 'http://data.vlaanderen.be/ns/toestemming#Toestemming',
    )!.subject.value;
    const refers = parseRdf(`
      @prefix sh: <http://www.w3.org/ns/shacl#> .
      <https://example.org/shapes/Gearchiveerd> a sh:NodeShape ;
        sh:targetSubjectsOf <https://example.org/gearchiveerd> ;
        sh:node <${toestemmingShape}> .`);
    const data = parseRdf(`<https://example.org/x> <https://example.org/gearchiveerd> "ja" .`);
    const report = await validate(data, { profile: toestemming, shapes: refers });
    expect(report.results.map((r) => r.constraint)).toContain('http://www.w3.org/ns/shacl#NodeConstraintComponent');
  });
});
