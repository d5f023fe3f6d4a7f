// The W3C SHACL test suite (test/w3c-shacl/tests, see README.md there) on both of profielkit's engines,
// in both languages, whole reports compared as the suite specifies; and, from the same run, the
// witnesses' counts (stock rdf-validate-shacl, shacl-engine with its SPARQL plugin), each known
// failure named with the clause it breaks.
import { describe, expect, it } from 'vitest';
import type { DatasetCore, Quad } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { Validator as ShaclEngine } from 'shacl-engine';
import { targetResolvers, validations } from 'shacl-engine/sparql.js';
import { ShapesError, validate } from '../../src/index.js';
import { comparable, reportDifference, reportNode, suiteTests, type SuiteTest } from './harness.js';

const tests = suiteTests();
const core = tests.filter((t) => t.part === 'core');
const sparql = tests.filter((t) => t.part === 'sparql');

type Outcome = { readonly kind: 'report'; readonly graph: DatasetCore } | { readonly kind: 'refused'; readonly construct: string | undefined; readonly message: string };

/** Whether an outcome is the one the test expects; the difference when it is not. */
function judge(test: SuiteTest, outcome: Outcome): string | undefined {
  if (test.expected === 'failure') return outcome.kind === 'refused' ? undefined : 'a report, where the shapes graph must be refused';
  if (outcome.kind === 'refused') return `refused: ${outcome.message}`;
  const node = reportNode(outcome.graph);
  if (node === undefined) return 'no sh:ValidationReport';
  return reportDifference(comparable(test.expectedGraph, test.expected, test.data), comparable(outcome.graph, node, test.data));
}

async function profielkit(test: SuiteTest, engine: 'fast' | 'reference', lang: 'nl' | 'en'): Promise<Outcome & { engineUsed?: string; reason?: string | undefined }> {
  try {
    const report = await validate(test.data, { shapes: test.shapes, lang, engine });
    return { kind: 'report', graph: report.report, engineUsed: report.engine, reason: report.engineReason };
  } catch (error) {
    if (error instanceof ShapesError) return { kind: 'refused', construct: error.construct, message: error.message };
    throw error;
  }
}

const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

async function witness(test: SuiteTest, engine: 'rdf-validate-shacl' | 'shacl-engine'): Promise<Outcome> {
  try {
    if (engine === 'rdf-validate-shacl') return { kind: 'report', graph: (await new SHACLValidator(test.shapes).validate(test.data)).dataset };
    const validator = new ShaclEngine(test.shapes, { factory, targetResolvers, validations } as ConstructorParameters<typeof ShaclEngine>[1]);
    return { kind: 'report', graph: (await validator.validate({ dataset: test.data })).dataset as DatasetCore };
  } catch (error) {
    return { kind: 'refused', construct: undefined, message: error instanceof Error ? error.message : String(error) };
  }
}

describe('the W3C SHACL core tests, whole reports', () => {
  it('reaches the 98 core tests and 22 SHACL-SPARQL tests of the manifest', () => {
    expect(core.length).toBe(98);
    expect(sparql.length).toBe(22);
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const test of core) {
      it(`${test.name} on the fast path itself (${lang})`, async () => {
        const outcome = await profielkit(test, 'fast', lang);
        expect(judge(test, outcome)).toBeUndefined();
        expect(outcome.kind === 'report' ? { engine: outcome.engineUsed, reason: outcome.reason } : {}).toEqual({ engine: 'fast', reason: undefined });
      });
      it(`${test.name} on the reference engine (${lang})`, async () => {
        expect(judge(test, await profielkit(test, 'reference', lang))).toBeUndefined();
      });
    }
  }
});

describe('the W3C SHACL-SPARQL tests: never a false "conforms"', () => {
  for (const engine of ['fast', 'reference'] as const) {
    for (const test of sparql) {
      it(`${test.name} (${engine}): answered as expected, or refused naming the construct`, async () => {
        const outcome = await profielkit(test, engine, 'en');
        if (outcome.kind === 'refused') {
          expect(outcome.construct).toMatch(/^(sh:\w+|<[^>]+>)$/u);
          expect(outcome.message).toContain(outcome.construct);
        } else expect(judge(test, outcome)).toBeUndefined();
      });
    }
  }
});

/**
 * The witnesses' failures on this suite, each with the clause: the counts the README and
 * docs/engines.md cite come from this run, and a change in either engine shows here.
 */
const WITNESS_FAILURES: Readonly<Record<'rdf-validate-shacl' | 'shacl-engine', { core: readonly string[]; sparql: number }>> = {
  // SHACL 2.3.1: a path node with both an RDF list and sh:inversePath is ill-formed; the result's
  // sh:resultPath is the path the engine followed (the sequence), and rdf-validate-shacl copies the
  // ill-formed node's triples instead
  'rdf-validate-shacl': { core: ['core/path/path-strange-001', 'core/path/path-strange-002'], sparql: 6 },
  'shacl-engine': { core: [], sparql: 12 },
};

describe('the witnesses on the same suite', () => {
  for (const engine of ['rdf-validate-shacl', 'shacl-engine'] as const) {
    it(`${engine}: ${98 - WITNESS_FAILURES[engine].core.length}/98 core, ${WITNESS_FAILURES[engine].sparql}/22 SHACL-SPARQL`, async () => {
      const failing: string[] = [];
      for (const test of core) if (judge(test, await witness(test, engine)) !== undefined) failing.push(test.name);
      let sparqlPassed = 0;
      for (const test of sparql) if (judge(test, await witness(test, engine)) === undefined) sparqlPassed++;
      expect({ failing, sparqlPassed }).toEqual({ failing: WITNESS_FAILURES[engine].core, sparqlPassed: WITNESS_FAILURES[engine].sparql });
    });
  }
});
