// Hostile input, part two (issue 13), at the library: each class of input that once crashed the
// process, trapped the CPU or took gigabytes now gives a result or a typed error that says where.
// Cases are drawn per case number from a fixed seed (test/support/hostile.ts): HOSTILE_CASE=n reruns one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import type { Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import {
  LimitError,
  ParseError,
  parseJsonLd,
  parseRdf,
  RemoteContextError,
  toJsonLd,
  validateStream,
} from '../../src/index.js';
import { DEFAULT_MAX_KEYS } from '../../src/core/jsonld/prescan.js';
import { toestemming } from '../../src/toestemming.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { fromRdf } from '../../src/core/jsonld/engine.js';
import { DEFAULT_MAX_GRAPHS, LimitedStore } from '../../src/core/parse/store-limits.js';
import { factory } from '../../src/core/rdf/terms.js';
import { hostileCases } from '../support/hostile.js';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const EX = 'http://example.org/';

/** What an entry point did: a store's size, or the error's class and line. */
async function outcome(
  run: () => Promise<number> | number,
): Promise<{ ok: number } | { error: string; line: number | undefined }> {
  try {
    return { ok: await run() };
  } catch (error) {
    if (error instanceof ParseError) return { error: 'ParseError', line: error.line };
    throw error;
  }
}

describe('1. Turtle that makes n3 itself fail', () => {
  // fragments around prefix and base declarations, where n3 has thrown a TypeError of its own
  const fragment = fc.constantFrom(
    'prefix',
    '@prefix',
    'PREFIX',
    'base',
    '@base',
    'BASE',
    ':',
    'a:',
    '<:>',
    '<::>',
    '<:x>',
    '<>',
    '<#>',
    '<a:b>',
    '.',
    ';',
    ',',
    '"o"',
    '[',
    ']',
    '(',
    ')',
    '<s>',
    '<p>',
    ':a',
    '\n',
    ' ',
  );
  const document = fc.array(fragment, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(' '));
  const cases: [number, string][] = [
    [-1, 'prefix :<:>'],
    [-2, 'PREFIX : <:>\n:a :b :c .'],
    [-3, '@base <::> .\n<s> <p> <o> .'],
    ...hostileCases(document, 40, 100),
  ];

  it.each(cases)(
    'case %i: a dataset or a ParseError with a line, from parseRdf and from a stream in any chunks',
    async (_n, text) => {
      const whole = await outcome(() => parseRdf(text, 'turtle').size);
      if ('error' in whole) expect(whole.line).toBeTypeOf('number');
      for (const size of [1, 3, text.length]) {
        const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
          text.slice(i * size, (i + 1) * size),
        );
        // a rejected promise, never an uncaught exception (vitest fails the run on one)
        const streamed = await outcome(
          async () =>
            (await validateStream(() => Readable.from(pieces), { profile: toestemming, format: 'turtle' })).results
              .length,
        );
        expect('error' in streamed).toBe('error' in whole);
        if ('error' in streamed) expect(streamed.line).toBeTypeOf('number');
      }
    },
  );

  it('prefix :<:> is a ParseError on line 1 (n3 raised a TypeError without a line)', () => {
    expect(() => parseRdf('prefix :<:>')).toThrow(ParseError);
    try {
      parseRdf('prefix :<:>');
    } catch (error) {
      expect((error as ParseError).line).toBe(1);
      expect((error as ParseError).message).not.toMatch(/Cannot read properties/u);
    }
  });
});

/** A JSON-LD document whose context has a scoped context of `terms` terms used by `nodes` nodes. */
function scopedDocument(shape: 'type' | 'property' | 'outer' | 'benign', terms: number, nodes: number): object {
  const many = Object.fromEntries(Array.from({ length: terms }, (_, i) => [`t${i}`, `${EX}t${i}`]));
  const context =
    shape === 'type'
      ? { T: { '@id': `${EX}T`, '@context': many }, ex: EX }
      : shape === 'property'
        ? { p: { '@id': `${EX}p`, '@context': many }, ex: EX }
        : shape === 'outer'
          ? { ...many, T: { '@id': `${EX}T`, '@context': { a: `${EX}a` } }, ex: EX }
          : { ...many, T: `${EX}T`, ex: EX };
  const graph = Array.from({ length: nodes }, (_, i) =>
    shape === 'property' ? { '@id': `ex:n${i}`, p: { t0: `v${i}` } } : { '@id': `ex:n${i}`, '@type': 'T', t0: `v${i}` },
  );
  return { '@context': context, '@graph': graph };
}

describe('2. JSON-LD scoped contexts', () => {
  it.each(['type', 'property', 'outer'] as const)(
    '%s-scoped, 3,000 terms x 4,000 nodes (took 22 s): a LimitError naming maxContextWork and the path',
    async (shape) => {
      const doc = scopedDocument(shape, 3000, 4000);
      const error = await parseJsonLd(doc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LimitError);
      expect((error as LimitError).limit).toBe('maxContextWork');
      expect((error as LimitError).path).toMatch(/^@graph\[\d+\]$/u);
      expect((error as LimitError).message).toMatch(/raise it with the maxContextWork option/u);
    },
  );

  it(
    'the same terms without a scoped context, ' +
      'and a voorzieninggebruik export of 3,000 records with its scoped contexts, are read',
    async () => {
      expect((await parseJsonLd(scopedDocument('benign', 3000, 4000))).size).toBe(8000);
      const records = Array.from({ length: 3000 }, (_, i) => ({
        '@id': `urn:uuid:${(0x10000000 + i).toString(16)}-e89b-42d3-a456-426614174000`,
        '@type': 'VoorzieningGebruik',
        organisatieId: '123e4567-e89b-12d3-a456-426614174010',
        voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
        status: 'Actief',
      }));
      const data = await parseJsonLd(
        { '@context': 'https://w3id.org/profielkit/contexts/voorzieninggebruik.jsonld', '@graph': records },
        { profile: voorzieninggebruik },
      );
      expect(data.size).toBe(3000 * 4);
    },
  );

  const sizes = fc.record({
    shape: fc.constantFrom('type' as const, 'property' as const, 'outer' as const),
    terms: fc.integer({ min: 1, max: 300 }),
    nodes: fc.integer({ min: 1, max: 300 }),
  });
  it.each(hostileCases(sizes, 24, 200))(
    'case %i: refused only with a LimitError, more nodes never turn a refusal into work, ' +
      "and with the limit raised the graph is jsonld.js's",
    async (_n, { shape, terms, nodes }) => {
      const refused = async (doc: object, options = {}) => {
        try {
          await parseJsonLd(doc, options);
          return false;
        } catch (error) {
          expect(error).toBeInstanceOf(LimitError);
          return true;
        }
      };
      if (await refused(scopedDocument(shape, terms, nodes)))
        expect(await refused(scopedDocument(shape, terms, nodes * 2))).toBe(true);
      const raised = await parseJsonLd(scopedDocument(shape, terms, nodes), {
        maxContextWork: Number.MAX_SAFE_INTEGER,
      });
      expect(raised.size).toBe(2 * nodes);
    },
  );

  const remote = fc.record({ url: fc.webUrl(), where: fc.constantFrom('type', 'property', 'nested', 'import') });
  it.each(hostileCases(remote, 12, 300))(
    'case %i: a remote scoped context is a RemoteContextError naming its URL',
    async (_n, { url, where }) => {
      const scoped =
        where === 'nested'
          ? { q: { '@id': `${EX}q`, '@context': url } }
          : where === 'import'
            ? { '@import': url }
            : url;
      const context =
        where === 'type'
          ? { T: { '@id': `${EX}T`, '@context': scoped } }
          : { p: { '@id': `${EX}p`, '@context': scoped } };
      const doc = {
        '@context': context,
        '@id': `${EX}s`,
        '@type': 'T',
        p: { '@id': `${EX}o`, q: { '@id': `${EX}x` } },
      };
      const error = await parseJsonLd(doc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RemoteContextError);
      expect((error as RemoteContextError).url).toBe(url);
    },
  );
});

describe('4. a raw control character in a JSON key', () => {
  const payload = fc.record({
    before: fc.array(fc.constantFrom('"count": 1', '"next": null'), { maxLength: 3 }),
    newlines: fc.integer({ min: 0, max: 3 }),
    key: fc.tuple(
      fc.string({ maxLength: 4 }).filter((s) => !/[\u0000-\u001f"\\]/u.test(s)),
      fc.integer({ min: 0, max: 0x1f }),
      fc.string({ maxLength: 4 }).filter((s) => !/[\u0000-\u001f"\\]/u.test(s)),
    ),
  });
  it.each(hostileCases(payload, 24, 400))(
    "case %i: a ParseError on the character's line from the stream conversion and from fromJson",
    async (_n, { before, newlines, key }) => {
      const badKey = `${key[0]}${String.fromCharCode(key[1])}${key[2]}`;
      const head = `{${before.map((b) => `${b},`).join('')}${'\n'.repeat(newlines)}"`;
      const text = `${head}${badKey}": 1, "results": []}`;
      const line = (text.slice(0, head.length + key[0].length).match(/\n/gu)?.length ?? 0) + 1;
      for (const size of [1, 7, text.length]) {
        const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
          text.slice(i * size, (i + 1) * size),
        );
        const error = await verwerkingenlogging
          .fromJsonStream(Readable.from(pieces), () => {})
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ParseError);
        expect((error as ParseError).line).toBe(line);
      }
      const whole = (() => {
        try {
          verwerkingenlogging.fromJson(text);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(whole).toBeInstanceOf(ParseError);
      expect((whole as ParseError).line).toBe(line);
    },
  );
});

describe('5. small degenerate inputs that took gigabytes', () => {
  const graphs = fc.record({ count: fc.integer({ min: 1, max: 80 }), max: fc.integer({ min: 1, max: 60 }) });
  it.each(hostileCases(graphs, 16, 500))(
    'case %i: named graphs past maxGraphs are a LimitError at the first one past it',
    (_n, { count, max }) => {
      const text = Array.from({ length: count }, (_, i) => `<${EX}s${i}> <${EX}p> "v" <${EX}g/${i}> .\n`).join('');
      if (count <= max) {
        expect(parseRdf(text, 'nquads', { maxGraphs: max }).size).toBe(count);
        return;
      }
      const error = (() => {
        try {
          parseRdf(text, 'nquads', { maxGraphs: max });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(LimitError);
      expect((error as LimitError).limit).toBe('maxGraphs');
      // the graph named is the first past the limit: reading stopped there, not at the end
      expect((error as LimitError).message).toContain(`<${EX}g/${max}>`);
    },
  );

  it(`the default: ${DEFAULT_MAX_GRAPHS.toLocaleString('en')} named graphs are read, one more is refused`, () => {
    const text = (n: number) =>
      Array.from({ length: n }, (_, i) => `<${EX}s${i}> <${EX}p> "v" <${EX}g/${i}> .\n`).join('');
    expect(parseRdf(text(DEFAULT_MAX_GRAPHS), 'nquads').size).toBe(DEFAULT_MAX_GRAPHS);
    expect(() => parseRdf(text(DEFAULT_MAX_GRAPHS + 1), 'nquads')).toThrow(LimitError);
  });

  const keys = fc.record({
    count: fc.integer({ min: 1, max: 120 }),
    max: fc.integer({ min: 3, max: 100 }),
    at: fc.integer({ min: 0, max: 3 }),
  });
  it.each(hostileCases(keys, 16, 600))(
    'case %i: a JSON-LD object over maxKeys is a LimitError with its JSON path',
    async (_n, { count, max, at }) => {
      const big = {
        '@id': `${EX}big`,
        ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`${EX}k${i}`, 'v'])),
      };
      const graph = [...Array.from({ length: at }, (_, i) => ({ '@id': `${EX}n${i}`, [`${EX}p`]: 'v' })), big];
      const doc = { '@graph': graph };
      if (count + 1 <= max) {
        expect((await parseJsonLd(doc, { maxKeys: max })).size).toBe(at + count);
        return;
      }
      const error = await parseJsonLd(doc, { maxKeys: max }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LimitError);
      expect((error as LimitError).path).toBe(`@graph[${at}]`);
    },
  );

  const properties = fc.record({
    predicates: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 120 }),
    max: fc.integer({ min: 1, max: 30 }),
  });
  it.each(hostileCases(properties, 16, 650))(
    'case %i: for JSON-LD output, a node with more than maxKeys distinct properties is a LimitError, repeats aside',
    (_n, { predicates, max }) => {
      const limited = new LimitedStore(new Store(), { maxKeys: max });
      const add = () =>
        predicates.forEach((p, i) => {
          limited.add(
            factory.quad(factory.namedNode(`${EX}s`), factory.namedNode(`${EX}p${p}`), factory.literal(String(i % 3))),
          );
        });
      if (new Set(predicates).size > max) expect(add).toThrow(LimitError);
      else expect(add).not.toThrow();
    },
  );

  it(`the default maxKeys is ${DEFAULT_MAX_KEYS.toLocaleString('en')}`, async () => {
    const doc = (n: number) => ({
      '@id': `${EX}s`,
      ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`${EX}k${i}`, 'v'])),
    });
    expect((await parseJsonLd(doc(DEFAULT_MAX_KEYS - 1))).size).toBe(DEFAULT_MAX_KEYS - 1);
    await expect(parseJsonLd(doc(DEFAULT_MAX_KEYS))).rejects.toThrow(LimitError);
  });
});

/**
 * A list of lists `depth` deep, with `extras[i % n]` plain items beside the nested list at level i,
 * as N-Triples, and as the token string `tokensOf` reads back: `(`, ` item` for each item, `)`.
 */
function deepList(depth: number, extras: readonly number[]): { ntriples: string; tokens: string } {
  const lines: string[] = [`<${EX}s> <${EX}p> _:l0c0 .`];
  const before: string[] = [];
  const after: string[] = [];
  for (let level = 0; level < depth; level++) {
    const count = (extras[level % extras.length] ?? 0) + 1;
    const last = level === depth - 1;
    const nestedAt = last ? -1 : level % count;
    let pre = '(';
    let post = '';
    for (let i = 0; i < count; i++) {
      const item = i === nestedAt ? `_:l${level + 1}c0` : `"v${level}.${i}"`;
      lines.push(
        `_:l${level}c${i} <${RDF}first> ${item} .`,
        `_:l${level}c${i} <${RDF}rest> ${i === count - 1 ? `<${RDF}nil>` : `_:l${level}c${i + 1}`} .`,
      );
      if (i === nestedAt) continue;
      if (nestedAt < 0 || i < nestedAt) pre += ` v${level}.${i}`;
      else post += ` v${level}.${i}`;
    }
    before.push(pre);
    after.push(`${post})`);
  }
  return { ntriples: `${lines.join('\n')}\n`, tokens: before.join('') + after.reverse().join('') };
}

/** The list under <s> <p> read back from a graph as the same token string, without recursion. */
function tokensOf(store: Store): string {
  const one = (s: Term, p: string): Term | undefined => store.getObjects(s as Quad['subject'], p, null)[0];
  let out = '';
  const cells: (Term | undefined)[] = [one(store.getSubjects(`${EX}p`, null, null)[0] as Term, `${EX}p`)];
  out += '(';
  while (cells.length > 0) {
    const cell = cells.pop();
    if (cell === undefined || cell.value === `${RDF}nil`) {
      out += ')';
      continue;
    }
    const first = one(cell, `${RDF}first`) as Term;
    cells.push(one(cell, `${RDF}rest`));
    if (first.termType === 'Literal') out += ` ${first.value}`;
    else {
      out += '(';
      cells.push(first);
    }
  }
  return out;
}

describe('6. deep structures that are valid RDF', () => {
  const shapes = fc.record({
    depth: fc.integer({ min: 1, max: 400 }),
    extras: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }),
  });
  const cases: [number, { depth: number; extras: number[] }][] = [
    [-1, { depth: 3000, extras: [0] }],
    [-2, { depth: 3000, extras: [1, 0, 2] }],
    ...hostileCases(shapes, 12, 700),
  ];

  it.each(cases)(
    'case %i: lists of lists convert to JSON-LD and back, expanded and on both engines',
    async (_n, { depth, extras }) => {
      const { ntriples, tokens } = deepList(depth, extras);
      const data = parseRdf(ntriples, 'ntriples');
      expect(tokensOf(data)).toBe(tokens);
      const expanded = JSON.stringify(await fromRdf([...data]));
      expect(tokensOf(await parseJsonLd(expanded, { maxDepth: 100 }))).toBe(tokens);
      for (const engine of ['fast', 'reference'] as const) {
        const doc = JSON.stringify(await toJsonLd(data, { profile: toestemming, engine }));
        const back = await parseJsonLd(doc, { profile: toestemming, maxDepth: 100 });
        expect(back.size).toBe(data.size);
        expect(tokensOf(back)).toBe(tokens);
      }
    },
  );
});
