// Hostile input: every entry point either gives a result or a ProfielkitError, never a crash from
// deep inside a dependency. A corpus of known cases with their exact outcome, then a fuzz run with a
// fixed seed and a time budget over byte-level mutations of the corpus.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import {
  ParseError,
  parseJsonLd,
  parseRdf,
  ProfielkitError,
  RemoteContextError,
  StringReferenceError,
  toTurtle,
  validate,
} from '../../src/index.js';
import { decodeUtf8 } from '../../src/core/parse/decode.js';
import { toestemming } from '../../src/toestemming.js';
import { testProfile } from '../support/test-profile.js';

const dir = new URL('./corpus/', import.meta.url);
const corpus = Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(new URL(f, dir)))]));

/** Runs a file through the entry point its extension names, as the command would. */
async function entry(name: string, bytes: Uint8Array): Promise<number> {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  const formats: Record<string, 'turtle' | 'ntriples' | 'nquads' | 'jsonld' | 'json'> = {
    ttl: 'turtle',
    nt: 'ntriples',
    nq: 'nquads',
    jsonld: 'jsonld',
    json: 'json',
  };
  const format = formats[ext] ?? 'turtle';
  const text = decodeUtf8(bytes, format);
  if (format === 'json') {
    const conversion = testProfile.fromJson(text);
    const report = await validate(conversion.dataset, { profile: testProfile, json: conversion });
    return report.results.length;
  }
  const data = format === 'jsonld' ? await parseJsonLd(text, { profile: toestemming }) : parseRdf(text, format);
  const report = await validate(data, { profile: toestemming });
  const again = parseRdf(await toTurtle(data, { profile: toestemming }));
  expect(again.size).toBe(data.size);
  return report.results.length;
}

async function outcome(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await entry(name, bytes);
    return 'ok';
  } catch (error) {
    if (error instanceof ProfielkitError) return error.constructor.name;
    throw error;
  }
}

describe('the corpus of hostile cases', () => {
  it.each([
    ['valid.ttl', 'ok'],
    ['bom-crlf.nt', 'ok'],
    ['empty.ttl', 'ok'],
    ['truncated.ttl', 'ParseError'],
    ['invalid-utf8.nt', 'ParseError'],
    ['iri-with-space.nt', 'ParseError'],
    ['redefined-prefix.ttl', 'ok'],
    ['proto.json', 'ok'],
    ['wrong-types.json', 'ok'],
    ['string-reference.jsonld', 'StringReferenceError'],
    ['remote-context.jsonld', 'RemoteContextError'],
    ['import-context.jsonld', 'RemoteContextError'],
    ['hostile-strings.jsonld', 'ok'],
  ])('%s: %s', async (name, expected) => {
    expect(await outcome(name, corpus[name]!)).toBe(expected);
  });

  it('covers every file in the corpus', () => {
    expect(Object.keys(corpus).length).toBe(13);
  });

  it('says where: line and column for RDF, for invalid UTF-8 too', async () => {
    await expect(entry('truncated.ttl', corpus['truncated.ttl']!)).rejects.toMatchObject({ line: expect.any(Number) });
    await expect(entry('invalid-utf8.nt', corpus['invalid-utf8.nt']!)).rejects.toMatchObject({ line: 1, column: 50 });
  });

  it('keys like __proto__ are data or reported, and reach no prototype', async () => {
    const conversion = testProfile.fromJson(new TextDecoder().decode(corpus['proto.json']));
    expect([...conversion.unknownFields].sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('every wrong type in a payload is a result, none a crash', async () => {
    expect(await entry('wrong-types.json', corpus['wrong-types.json']!)).toBeGreaterThanOrEqual(9);
  });

  it('refusals are typed', async () => {
    await expect(entry('remote-context.jsonld', corpus['remote-context.jsonld']!)).rejects.toBeInstanceOf(
      RemoteContextError,
    );
    await expect(entry('string-reference.jsonld', corpus['string-reference.jsonld']!)).rejects.toBeInstanceOf(
      StringReferenceError,
    );
    await expect(entry('iri-with-space.nt', corpus['iri-with-space.nt']!)).rejects.toBeInstanceOf(ParseError);
  });
});

describe('fuzz (fixed seed, time budget)', () => {
  const mutation = fc.record({
    file: fc.constantFrom(...Object.keys(corpus)),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('flip', 'drop', 'insert', 'truncate'),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  });

  function mutate(bytes: Uint8Array, edits: readonly { at: number; kind: string; byte: number }[]): Uint8Array {
    let out = [...bytes];
    for (const { at, kind, byte } of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      if (kind === 'flip') out[i] = byte;
      else if (kind === 'drop') out.splice(i, 1);
      else if (kind === 'insert') out.splice(i, 0, byte);
      else out = out.slice(0, i);
    }
    return new Uint8Array(out);
  }

  it('no mutation of the corpus crashes an entry point', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ file, edits }) => {
        await outcome(file, mutate(corpus[file]!, edits));
      }),
      { seed: 7_2026, numRuns: 2_000, interruptAfterTimeLimit: 20_000 },
    );
  });
});
