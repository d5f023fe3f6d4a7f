// Help, version, usage errors, and the shapes and context commands, for every registered profile.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { profiles } from '../../src/profiles/index.js';
import { fixture, profielkit, STACK } from './helpers.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const registered = Object.values(profiles);

describe('profielkit --help and --version', () => {
  it('prints the version', () => {
    const r = profielkit(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('prints help naming every command and every registered profile', () => {
    for (const args of [['--help'], []]) {
      const r = profielkit(args);
      expect(r.status).toBe(0);
      for (const command of ['convert', 'validate', 'shapes', 'context'])
        expect(r.stdout).toContain(`profielkit ${command}`);
      for (const p of registered) expect(r.stdout).toContain(p.name);
    }
  });

  it.each(['convert', 'validate', 'shapes', 'context'])('prints help for %s, even among other arguments', (command) => {
    const r = profielkit([command, 'nonexistent.ttl', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: profielkit ${command}`));
    expect(r.stderr).toBe('');
  });
});

describe('usage errors: exit 2, one line, no stack trace', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['validate', fixture('contactvoorkeur.ttl'), '--bogus'], /validate: Unknown option '--bogus'/],
    [
      ['validate', fixture('contactvoorkeur.ttl'), '--format', 'xml'],
      /--format must be one of text, json, turtle, csv, html, not 'xml'/,
    ],
    [['validate', fixture('contactvoorkeur.ttl'), '--lang', 'fr'], /--lang must be one of nl, en/],
    [
      ['validate', fixture('contactvoorkeur.ttl'), '--profile', 'nope'],
      /unknown profile 'nope'; the profiles are: toestemming/,
    ],
    [
      ['convert', fixture('contactvoorkeur.ttl'), '--to', 'rdfxml'],
      /--to must be one of turtle, ntriples, nquads, trig, jsonld/,
    ],
    [['convert', fixture('contactvoorkeur.ttl'), fixture('broken.ttl')], /convert: takes one INPUT/],
    [['convert', fixture('no-extension')], /cannot tell the format of .*no-extension.*give --from/],
    [['convert', '-'], /standard input needs --from/],
    [['validate', '-', '-', '--from', 'turtle'], /standard input \(-\) can be read only once/],
    [['shapes'], /shapes: name a profile/],
    [['context', 'nope'], /unknown profile 'nope'/],
  ])('%j', (args, message) => {
    const r = profielkit(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('prints the stack trace of an error with --debug', () => {
    const r = profielkit(['validate', fixture('syntax-error.ttl'), '--debug']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/syntax-error\.ttl:4:12: turtle: Expected entity but got \]/);
    expect(r.stderr).toMatch(STACK);
  });
});

describe('profielkit shapes and context', () => {
  it.each(registered.map((p) => [p.name, p] as const))(
    "shapes %s prints the profile's SHACL shapes",
    (name, profile) => {
      const r = profielkit(['shapes', name]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(profile.shapes());
      expect(r.stdout).toContain('sh:NodeShape');
    },
  );

  it.each(registered.map((p) => [p.name, p] as const))(
    "context %s prints the profile's JSON-LD context",
    (name, profile) => {
      const r = profielkit(['context', name]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(profile.contextDocument());
    },
  );

  it('shapes takes one profile', () => {
    const r = profielkit(['shapes', 'toestemming', 'toestemming']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/takes one profile/);
  });
});
