// Shapes graphs from strangers (issue 24): every one ends with a report or a typed ShapesError that
// names the shape, on both engines and on the command. Bounded work is asserted by counts, never by time.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { parseRdf, ShapesError, validate, type ValidationReport } from '../../src/index.js';
import { MAX_SHAPE_DEPTH } from '../../src/core/validate/shapes-bounds.js';
import { profielkit, STACK } from '../cli/helpers.js';

const PREFIXES = '@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex.org/> .\n';
const ttl = (body: string) => parseRdf(PREFIXES + body);
const ENGINES = ['fast', 'reference'] as const;
const keys = (r: ValidationReport) =>
  r.results
    .map(
      (x) =>
        `${x.focusNode} ${x.path ?? ''} ${x.constraint} ${x.value ?? ''} ` +
        `${x.sourceShape.startsWith('_:') ? '_' : x.sourceShape}`,
    )
    .sort();

/** `n` shapes, each nesting the next through `via` (`sh:not`, `sh:node`, …). */
function nested(n: number, via: (next: string) => string): string {
  let s = `ex:S0 a sh:NodeShape ; sh:targetClass ex:C ; ${via('ex:S1')} .\n`;
  for (let i = 1; i < n; i++) s += `ex:S${i} ${via(`ex:S${i + 1}`)} .\n`;
  return `${s}ex:S${n} sh:nodeKind sh:IRI .\n`;
}

const VIAS: Record<string, (next: string) => string> = {
  'sh:not': (n) => `sh:not ${n}`,
  'sh:and': (n) => `sh:and ( ${n} )`,
  'sh:or': (n) => `sh:or ( ${n} )`,
  'sh:xone': (n) => `sh:xone ( ${n} )`,
  'sh:node': (n) => `sh:node ${n}`,
  'sh:property': (n) => `sh:property [ sh:path ex:p ; sh:node ${n} ]`,
  'sh:qualifiedValueShape': (n) =>
    `sh:property [ sh:path ex:p ; sh:qualifiedValueShape ${n} ; sh:qualifiedMinCount 0 ]`,
};

describe('nesting', () => {
  const data = ttl('ex:a a ex:C ; ex:p ex:b .');
  it.each(Object.keys(VIAS))(
    '5,000 levels of %s: a ShapesError naming the outermost shape and the limit, on both engines',
    async (via) => {
      const shapes = ttl(nested(5_000, VIAS[via] as (n: string) => string));
      for (const engine of ENGINES) {
        const error: unknown = await validate(data, { shapes, engine }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ShapesError);
        expect(error).toMatchObject({ code: 'shapes/limit', shape: 'http://ex.org/S0' });
        expect((error as Error).message).toContain(`at most ${MAX_SHAPE_DEPTH} levels`);
      }
    },
  );

  it('nesting within the limit gives the same report on both engines', async () => {
    const shapes = ttl(nested(40, VIAS['sh:not'] as (n: string) => string));
    const [fast, reference] = await Promise.all(ENGINES.map((engine) => validate(data, { shapes, engine })));
    expect(keys(fast as ValidationReport)).toEqual(keys(reference as ValidationReport));
  });

  it('5,000 nested path expressions: a ShapesError, not a stack overflow', async () => {
    let path = 'ex:p';
    for (let i = 0; i < 5_000; i++) path = `[ sh:inversePath ${path} ]`;
    const shapes = ttl(`ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ${path} ; sh:minCount 1 ] .`);
    for (const engine of ENGINES)
      await expect(validate(data, { shapes, engine })).rejects.toMatchObject({ code: 'shapes/limit' });
  });
});

describe('shared shapes that multiply', () => {
  it('sh:and ( S S ) nested 100 times (2^100 checks a node): a ShapesError, on both engines', async () => {
    let s = 'ex:S0 a sh:NodeShape ; sh:targetClass ex:C ; sh:and ( ex:S1 ex:S1 ) .\n';
    for (let i = 1; i < 90; i++) s += `ex:S${i} sh:and ( ex:S${i + 1} ex:S${i + 1} ) .\n`;
    s += 'ex:S90 sh:nodeKind sh:IRI .';
    for (const engine of ENGINES) {
      await expect(validate(ttl('ex:a a ex:C .'), { shapes: ttl(s), engine })).rejects.toMatchObject({
        code: 'shapes/limit',
      });
    }
  });

  it('data that fans out under nested shapes: a check per (node, shape) on the fast path', async () => {
    // 30 levels of nodes, two a level, each pointing at both of the next: 2^30 ways down
    let data = '';
    for (let i = 0; i < 30; i++) for (const x of ['a', 'b']) data += `ex:${x}${i} ex:p ex:a${i + 1}, ex:b${i + 1} .\n`;
    data += 'ex:a0 a ex:C .';
    let shapes = 'ex:S0 a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:S1 ] .\n';
    for (let i = 1; i < 30; i++) shapes += `ex:S${i} sh:property [ sh:path ex:p ; sh:node ex:S${i + 1} ] .\n`;
    shapes += 'ex:S30 sh:class ex:Never .';
    const counted = countingDataset(ttl(data));
    const report = await validate(counted, { shapes: ttl(shapes), engine: 'fast' });
    expect(report.engine).toBe('fast');
    expect(report.totalResults).toBe(2); // a0's two values, ex:a1 and ex:b1
    // each node's triples are looked at a few times per shape, never per way to reach it
    expect(counted.matches()).toBeLessThan(62 * 31 * 8);
    // the reference engine (rdf-validate-shacl remembers no answer) gives up by name
    await expect(validate(ttl(data), { shapes: ttl(shapes), engine: 'reference' })).rejects.toMatchObject({
      code: 'shapes/limit',
    });
  }, 120_000);
});

/** A dataset that counts the calls of `match`. */
function countingDataset(inner: DatasetCore): DatasetCore & { matches(): number } {
  let n = 0;
  return {
    get size() {
      return inner.size;
    },
    add: (q: Quad) => (inner.add(q), undefined) as never,
    delete: (q: Quad) => (inner.delete(q), undefined) as never,
    has: (q: Quad) => inner.has(q),
    match: (s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null) => (
      n++, inner.match(s as never, p as never, o as never, g as never)
    ),
    [Symbol.iterator]: () => inner[Symbol.iterator](),
    matches: () => n,
  } as DatasetCore & { matches(): number };
}

describe('recursion', () => {
  it('a recursive shape over a chain of 2,000 nodes: a ShapesError that says what to do, on both engines', async () => {
    let data = '';
    for (let i = 0; i < 2_000; i++) data += `ex:n${i} ex:next ex:n${i + 1} .\n`;
    const shapes = ttl('ex:R a sh:NodeShape ; sh:targetNode ex:n0 ; sh:property [ sh:path ex:next ; sh:node ex:R ] .');
    for (const engine of ENGINES) {
      const error: unknown = await validate(ttl(data), { shapes, engine }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'shapes/recursive', shape: 'http://ex.org/R' });
      expect((error as Error).message).toMatch(
        /refers to itself \(http:\/\/ex.org\/R → sh:property _:\S+ → sh:node http:\/\/ex.org\/R\)/u,
      );
      expect((error as Error).message).toMatch(/target of its own/u);
    }
  });
});

describe('long lists', () => {
  /** The shapes graph's `match` calls while validating one value against sh:in of n members. */
  async function matchesFor(n: number): Promise<{ calls: number; report: ValidationReport }> {
    const members = Array.from({ length: n }, (_, i) => `"v${i}"`).join(' ');
    const shapes = countingDataset(
      ttl(`ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:in ( ${members} ) ] .`),
    );
    const report = await validate(ttl(`ex:a a ex:C ; ex:p "v${n - 1}", "x" .`), { shapes, engine: 'fast' });
    return { calls: shapes.matches(), report };
  }

  it('sh:in of 100,000 members: ' +
    'read in a number of lookups that does not grow with the list, ' +
    'a set lookup a value', async () => {
    const small = await matchesFor(10);
    const large = await matchesFor(100_000);
    expect(large.report.results.map((r) => r.value)).toEqual(['x']);
    expect(small.report.results.map((r) => r.value)).toEqual(['x']);
    expect(large.calls).toBe(small.calls);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// generated shapes graphs: shapes referring to each other at random (cycles, sharing, chains)

interface Structure {
  /** per shape, its references: [how, index of the shape referred to] */
  readonly refs: readonly (readonly [keyof typeof VIAS, number])[][];
  readonly chain: number;
}

const structure: fc.Arbitrary<Structure> = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    refs: fc.array(
      fc.array(
        fc.tuple(fc.constantFrom(...(Object.keys(VIAS) as (keyof typeof VIAS)[])), fc.integer({ min: 0, max: n - 1 })),
        { maxLength: 3 },
      ),
      { minLength: n, maxLength: n },
    ),
    chain: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 90, max: 400 })),
  }),
);

function structureTurtle(s: Structure): string {
  let out = 'ex:T0 a sh:NodeShape ; sh:targetClass ex:C .\n';
  s.refs.forEach((refs, i) => {
    out += `ex:T${i} sh:class ex:C${i % 2}`;
    for (const [via, to] of refs) out += ` ; ${(VIAS[via] as (n: string) => string)(`ex:T${to}`)}`;
    out += ' .\n';
  });
  // a chain hung below the last shape
  if (s.chain > 0)
    out += `${nested(s.chain, VIAS['sh:not'] as (n: string) => string)
      .replace(/ex:S/gu, 'ex:K')
      .replace('a sh:NodeShape ; sh:targetClass ex:C ;', '')}ex:T${s.refs.length - 1} sh:node ex:K0 .\n`;
  return out;
}

/** Whether the shapes refer to themselves: an oracle of its own, on the indices. */
function hasCycle(s: Structure): boolean {
  const state: ('new' | 'open' | 'done')[] = s.refs.map(() => 'new');
  const visit = (i: number): boolean => {
    if (state[i] === 'open') return true;
    if (state[i] === 'done') return false;
    state[i] = 'open';
    const found = (s.refs[i] ?? []).some(([, to]) => visit(to));
    state[i] = 'done';
    return found;
  };
  return s.refs.some((_, i) => visit(i));
}

describe('generated shapes graphs (seeded)', () => {
  const data = ttl('ex:a a ex:C, ex:C0 ; ex:p ex:b, ex:a . ex:b a ex:C1 ; ex:p ex:a .');

  it('end with the same report on both engines, or the same ShapesError: ' +
    'recursive exactly when a shape refers to itself', async () => {
    await fc.assert(
      fc.asyncProperty(structure, async (s) => {
        const shapes = ttl(structureTurtle(s));
        const outcomes = await Promise.all(
          ENGINES.map((engine) => validate(data, { shapes, engine }).then(keys, (e: unknown) => e)),
        );
        const [fast, reference] = outcomes;
        if (fast instanceof Error || reference instanceof Error) {
          expect(fast).toBeInstanceOf(ShapesError);
          expect(reference).toBeInstanceOf(ShapesError);
          expect((fast as ShapesError).code).toBe((reference as ShapesError).code);
          expect((fast as ShapesError).code === 'shapes/recursive').toBe(hasCycle(s));
          if (!hasCycle(s)) expect((fast as ShapesError).code).toBe('shapes/limit');
        } else {
          expect(hasCycle(s)).toBe(false);
          expect(fast).toEqual(reference);
        }
      }),
      { seed: 24, numRuns: 60 },
    );
  }, 300_000);
});

describe('the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profielkit-shapes-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, PREFIXES + text);
    return path;
  };

  it.each([
    [
      '5,000 nested sh:not',
      nested(5_000, VIAS['sh:not'] as (n: string) => string),
      /S0 nests shapes .* 5,001 levels deep/u,
    ],
    [
      'a recursive shape',
      'ex:R a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:R ] .',
      /refers to itself/u,
    ],
    [
      'a back-reference',
      'ex:P a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "(a)\\\\1" ] .',
      /back-reference/u,
    ],
  ])('%s: exit 2 with the shape named, no stack trace, no internal error', (_what, shapes, message) => {
    const run = profielkit([
      'validate',
      file('data.ttl', 'ex:a a ex:C ; ex:p "aa" .'),
      '--shapes',
      file('shapes.ttl', shapes),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).not.toMatch(/internal error/u);
  });

  it('^(a+)+$ on a value of 10,000 characters: the report, and the process ends', () => {
    const run = profielkit([
      'validate',
      file('data.ttl', `ex:a a ex:C ; ex:p "${'a'.repeat(10_000)}!" .`),
      '--shapes',
      file(
        'shapes.ttl',
        'ex:P a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "^(a+)+$" ] .',
      ),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/patroon|pattern/u);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});
