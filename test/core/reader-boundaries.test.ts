// The own readers fed text cut at every position (issue 24): inside an escape (\u, \U, \", \\), inside a
// short and a long string, between the two UTF-16 halves of a character outside the BMP, inside a
// multi-byte character's bytes (decoded as a stream decodes them). Each cut gives the triples of the whole.
import { describe, expect, it } from 'vitest';
import type { Term } from '@rdfjs/types';
import { NTriplesReader } from '../../src/core/parse/ntriples-reader.js';
import { TurtleReader } from '../../src/core/parse/turtle-reader.js';
import { readInPieces } from '../support/pieces.js';

const show = (t: Term | string): string =>
  typeof t === 'string'
    ? t
    : t.termType === 'Literal'
      ? `L ${JSON.stringify(t.value)} @${t.language} ^^${t.datatype.value}`
      : `${t.termType[0]} ${t.value}`;

const NT = [
  '<http://ex.org/a> <http://ex.org/p> "caf\\u00E9 \\U0001F600 \\"q\\" \\\\ \\n é😀" .',
  '<http://ex.org/a> <http://ex.org/p> "x"@nl-BE .',
  '_:b0 <http://ex.org/p> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .',
  '<http://ex.org/\\u00E9> <http://ex.org/p> <http://ex.org/😀> .',
  '',
].join('\n');

const TTL = `@prefix ex: <http://ex.org/> .
ex:a ex:p "caf\\u00E9 \\U0001F600 \\"q\\" \\\\ é😀", """long "one" \\""" é😀
two""" , 'single \\'q\\'' ; ex:q ex:é , ( 1 2.5 "😀" ) .
`;

function nt(text: string, pieces: number[]): string[] {
  const out: string[] = [];
  const failed = readInPieces(
    new NTriplesReader('ntriples', (s, p, o) => out.push(`${show(s)} ${show(p)} ${show(o)}`)),
    text,
    pieces,
  );
  if (failed) throw failed;
  return out;
}

function ttl(text: string, pieces: number[]): string[] {
  const out: string[] = [];
  const failed = readInPieces(
    new TurtleReader((s, p, o) => out.push(`${show(s)} ${show(p)} ${show(o)}`)),
    text,
    pieces,
  );
  if (failed) throw failed;
  return out;
}

/** The text as a byte stream decodes it: cut at byte `at`, each piece decoded by one streaming TextDecoder. */
function byBytes(text: string, at: number): string[] {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return [decoder.decode(bytes.subarray(0, at), { stream: true }), decoder.decode(bytes.subarray(at))];
}

describe.each([
  ['N-Triples', NT, nt],
  ['Turtle', TTL, ttl],
] as const)('%s', (_name, text, read) => {
  const whole = read(text, []);

  it('cut at every UTF-16 position, in two pieces and in pieces of one unit: the triples of the whole', () => {
    expect(whole.length).toBeGreaterThan(3);
    for (let i = 0; i <= text.length; i++) expect(read(text, [i]), `cut at ${i}`).toEqual(whole);
    expect(
      read(
        text,
        Array.from({ length: text.length }, () => 1),
      ),
    ).toEqual(whole);
  });

  it('cut at every byte, as a stream of bytes is decoded: the triples of the whole', () => {
    const length = new TextEncoder().encode(text).length;
    for (let at = 0; at <= length; at++) {
      const [first, second] = byBytes(text, at) as [string, string];
      expect(read(first + second, [first.length]), `cut at byte ${at}`).toEqual(whole);
    }
  });
});
