// Parsing: where a document is broken, the error says so with its line and column; contexts come
// from the bundled copies only; a plain string where a reference belongs is refused with the fix.
import { describe, expect, it } from 'vitest';
import { ParseError, parseJsonLd, parseRdf, RemoteContextError, StringReferenceError } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';

const T = 'http://data.vlaanderen.be/ns/toestemming#';

describe('parseRdf', () => {
  it('gives the line and column of a Turtle syntax error', () => {
    const ttl =
      '@prefix t: <http://data.vlaanderen.be/ns/toestemming#> ' +
      '.\n<https://example.org/a> a t:Toestemming ;\n  t:gegevenOp "2024-01-01" ]\n';
    let error: unknown;
    try {
      parseRdf(ttl);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).line).toBe(3);
    expect((error as ParseError).column).toBe(28);
    expect((error as ParseError).message).toMatch(/^turtle: .* \(line 3, column 28\)$/);
  });

  // n3's lexer errors carry no token: the column is where the text it could not read starts
  it.each([
    ['on a fresh line, indented', '@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\n    `bad .\n', 'turtle', 3, 5],
    ['on a fresh line, after a tab and spaces', '<http://a> <http://b> <http://c> .\n\t  ` .\n', 'ntriples', 2, 4],
    ['after a token and spaces on the line', '@prefix ex: <http://ex.org/> .\nex:a ex:b   `bad .\n', 'turtle', 2, 13],
    ['at an unterminated string', '<http://a> <http://b> "x\n    y" .\n', 'nquads', 1, 23],
    ['after a literal over two lines', '<http://a> <http://b> """x\ny"""   `\n', 'turtle', 2, 8],
    ['after CR LF line ends', '<http://a> <http://b> <http://c> .\r\n\r\n   ` .\r\n', 'turtle', 3, 4],
  ] as const)('gives the column of a lexer error %s, whole and in pieces of any size', async (...test) => {
    const [, text, format, line, column] = test;
    expect(() => parseRdf(text, format)).toThrow(expect.objectContaining({ line, column }));
    const { N3Feed } = await import('../../src/core/parse/n3-feed.js');
    const bytes = new TextEncoder().encode(text);
    for (let size = 1; size <= text.length; size++) {
      for (const asBytes of [false, true]) {
        const feed = new N3Feed(format, {}, () => undefined);
        const error = (() => {
          try {
            for (let i = 0; i < text.length; i += size) {
              feed.write(asBytes ? bytes.subarray(i, i + size) : text.slice(i, i + size));
            }
            feed.end();
          } catch (e) {
            return e;
          }
          return undefined;
        })();
        expect([size, asBytes, error]).toEqual([size, asBytes, expect.objectContaining({ line, column })]);
      }
    }
  });

  it('gives the line of an N-Triples error', () => {
    const nt =
      '<https://example.org/a> <https://example.org/p> "x" .\n<https://example.org/a> <https://example.org/p> .\n';
    expect(() => parseRdf(nt, 'ntriples')).toThrow(expect.objectContaining({ line: 2, format: 'ntriples' }));
  });

  it('reads a file with a byte-order mark and CRLF line ends', () => {
    const ttl =
      '\uFEFF<https://example.org/a> <https://example.org/p> "x" ' +
      '.\r\n<https://example.org/a> <https://example.org/q> "y" .\r\n';
    expect(parseRdf(ttl).size).toBe(2);
  });
});

describe('parseJsonLd', () => {
  const record = {
    '@context': 'https://data.vlaanderen.be/context/toestemming.jsonld',
    '@id': 'https://example.org/t/1',
    '@type': 'Toestemming',
    gegevenOp: '2024-01-01',
    status: { '@id': 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten' },
    dataSubject: { '@id': 'https://example.org/agent/1' },
  };

  it('reads a document with the official context alone, served without network', async () => {
    const store = await parseJsonLd(record, { profile: toestemming });
    expect(store.size).toBe(4);
    expect(store.getObjects('https://example.org/t/1', `${T}status`, null)[0]?.termType).toBe('NamedNode');
  });

  it('serves the http form of the context URL too', async () => {
    const store = await parseJsonLd(
      { ...record, '@context': 'http://data.vlaanderen.be/context/toestemming.jsonld' },
      { profile: toestemming },
    );
    expect(store.size).toBe(4);
  });

  it('refuses a plain string where a reference belongs, and names the fix', async () => {
    const bad = { ...record, status: 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten' };
    const error = await parseJsonLd(bad, { profile: toestemming }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StringReferenceError);
    expect((error as StringReferenceError).references).toEqual([
      {
        subject: 'https://example.org/t/1',
        property: `${T}status`,
        value: bad.status,
        datatype: 'http://www.w3.org/2004/02/skos/core#Concept',
      },
    ]);
    expect((error as Error).message).toContain(`{"@id": "${bad.status}"}`);
  });

  it.each([
    ['a remote context', 'https://example.org/context.jsonld'],
    ['a file: context', 'file:///etc/passwd'],
  ])('refuses %s, naming the URL, and fetches nothing', async (_what, url) => {
    const error = await parseJsonLd({ ...record, '@context': url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteContextError);
    expect((error as RemoteContextError).url).toBe(url);
  });

  it('refuses an @import of another context', async () => {
    const doc = { ...record, '@context': { '@version': 1.1, '@import': 'https://example.org/other.jsonld' } };
    const error = await parseJsonLd(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteContextError);
  });

  it('uses a loader the caller passes', async () => {
    const documentLoader = async (url: string) => ({
      contextUrl: null,
      documentUrl: url,
      document: { '@context': { naam: 'https://schema.org/name' } },
    });
    const store = await parseJsonLd(
      { '@context': 'https://example.org/ctx', '@id': 'https://example.org/x', naam: 'X' },
      { documentLoader },
    );
    expect(store.size).toBe(1);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const error = await parseJsonLd('{\n  "@id": "https://example.org/x",\n  "a": }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ line: 3, column: 8 });
  });

  it('refuses a key that maps to nothing instead of dropping it', async () => {
    const error = await parseJsonLd({ ...record, onbekendVeld: 'x' }, { profile: toestemming }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/onbekendVeld|dropping|invalid property/i);
  });
});

describe('parseJsonLd of a document with only a context', () => {
  it('is an empty graph, and a remote context is still refused', async () => {
    expect(
      (
        await parseJsonLd(
          { '@context': 'https://data.vlaanderen.be/context/toestemming.jsonld' },
          { profile: toestemming },
        )
      ).size,
    ).toBe(0);
    await expect(parseJsonLd({ '@context': 'https://example.org/evil.jsonld' })).rejects.toBeInstanceOf(
      RemoteContextError,
    );
  });
});
