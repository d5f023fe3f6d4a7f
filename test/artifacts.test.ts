// The shipped shapes and contexts are what the declarations generate (`npm run artifacts` rewrites them).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { profiles } from '../src/index.js';

describe.each(Object.values(profiles).map((p) => [p.name, p] as const))('artifacts of %s', (name, profile) => {
  it(`shapes/${name}.ttl is generated from the declaration`, () => {
    expect(readFileSync(new URL(`../shapes/${name}.ttl`, import.meta.url), 'utf8')).toBe(profile.shapes());
  });

  it(`contexts/${name}.jsonld is the context the profile serves`, () => {
    expect(JSON.parse(readFileSync(new URL(`../contexts/${name}.jsonld`, import.meta.url), 'utf8'))).toEqual(profile.contextDocument());
  });
});
