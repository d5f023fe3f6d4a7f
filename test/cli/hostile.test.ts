// Hostile input, part two (issue 13), at the command: exit 2 with where for bad input, 70 for a bug,
// and -o that never harms what it writes onto. Cases drawn per case number (test/support/hostile.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { fixture, profielkit, STACK, tempDir } from './helpers.js';
import { hostileCases } from '../support/hostile.js';
import { run } from '../../src/cli/run.js';
import { profiles } from '../../src/profiles/index.js';
import type { Registry } from '../../src/cli/registry.js';

const EX = 'http://example.org/';

describe('1. n3 failing on `prefix :<:>`', () => {
  const dir = tempDir();
  const file = join(dir, 'prefix.ttl');
  writeFileSync(file, 'prefix :<:>');
  it.each([
    ['validate', file, '-p', 'toestemming'],
    ['validate', file, '-p', 'toestemming', '--engine', 'reference'],
    ['convert', file, '-t', 'ntriples'],
    ['convert', file, '-t', 'jsonld'],
    ['convert', file, '-t', 'turtle', '-o', join(dir, 'out.ttl')],
  ])('%s %s %s %s: exit 2 with the line, no stack trace (it was exit 1 with a stack)', (...args) => {
    const r = profielkit(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${file}:1(:\\d+)?: turtle: `, 'u'));
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'out.ttl'))).toBe(false);
  });
});

describe('an internal error', () => {
  afterEach(() => vi.restoreAllMocks());
  // a profile whose declaration cannot be read: a bug, not bad input
  const broken = new Proxy(profiles.toestemming as object, {
    get(target, key, receiver) {
      if (key === 'declaration') throw new TypeError('a bug of our own');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const registry = { ...profiles, toestemming: broken } as unknown as Registry;

  it.each([
    ['validate', fixture('contactvoorkeur.ttl'), '-p', 'toestemming'],
    ['convert', fixture('contactvoorkeur.ttl'), '-p', 'toestemming', '-t', 'jsonld'],
  ])('%s: exit 70 (EX_SOFTWARE), reported as a bug; never 0, 1 or 2', async (...args) => {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run(args, registry)).toBe(70);
    expect(stderr).toMatch(/internal error: a bug of our own/u);
    expect(stderr).toMatch(/this is a bug/u);
  });

  it('the help lists exit code 70', () => {
    expect(profielkit(['--help']).stdout).toMatch(/70 internal error/u);
  });
});

/**
 * A character device like /dev/null (or /dev/full) in a temporary directory, where a regression
 * replaces only this node and never the system's own; undefined where mknod is not allowed (not root).
 */
function device(dir: string, name: 'null' | 'full'): string | undefined {
  const path = join(dir, name);
  try {
    execFileSync('mknod', ['-m', '666', path, 'c', '1', name === 'null' ? '3' : '7'], { stdio: 'ignore' });
    return path;
  } catch {
    return undefined;
  }
}
const devices = device(tempDir(), 'null') !== undefined;

describe('3. -o keeps what it writes onto', () => {
  const inputs = {
    // streamed through writeOutputAsMade, in memory through writeOutput, and JSON streamed
    streamed: {
      args: [fixture('contactvoorkeur.ttl'), '-t', 'ntriples'],
      expected: () => profielkit(['convert', fixture('contactvoorkeur.ttl'), '-t', 'ntriples']).stdout,
    },
    memory: {
      args: [fixture('contactvoorkeur.ttl'), '-t', 'turtle'],
      expected: () => profielkit(['convert', fixture('contactvoorkeur.ttl'), '-t', 'turtle']).stdout,
    },
    json: {
      args: [fixture('voorzieninggebruik.json'), '-p', 'voorzieninggebruik'],
      expected: () => profielkit(['convert', fixture('voorzieninggebruik.json'), '-p', 'voorzieninggebruik']).stdout,
    },
    broken: { args: [fixture('syntax-error.ttl'), '-t', 'ntriples'], expected: () => undefined },
  };
  const kinds = ['private', 'symlink', 'hardlink', 'fifo', 'devnull', 'dash', 'new'] as const;
  const possible = kinds.filter((k) => devices || k !== 'devnull');
  const arbitrary = fc.record({
    kind: fc.constantFrom(...possible),
    input: fc.constantFrom(...(Object.keys(inputs) as (keyof typeof inputs)[])),
  });
  const cases: [number, { kind: (typeof kinds)[number]; input: keyof typeof inputs }][] = [
    ...possible.map((kind, i): [number, { kind: (typeof kinds)[number]; input: keyof typeof inputs }] => [
      -1 - i,
      { kind, input: 'streamed' },
    ]),
    ...hostileCases(arbitrary, 14, 800),
  ];

  it.each(cases)(
    'case %i: %o',
    async (_n, { kind, input }) => {
      const dir = tempDir();
      const { args, expected } = inputs[input];
      const want = expected();
      const old = 'old content\n';
      let target = join(dir, 'out');
      let reader: Promise<string> | undefined;
      if (kind === 'private') {
        writeFileSync(target, old);
        chmodSync(target, 0o600);
      } else if (kind === 'symlink') {
        writeFileSync(join(dir, 'real'), old);
        symlinkSync('real', target);
      } else if (kind === 'hardlink') {
        writeFileSync(target, old);
        linkSync(target, join(dir, 'other'));
      } else if (kind === 'fifo') {
        execFileSync('mkfifo', [target]);
        // a reader, as a pipe to another program would be; it sees the output, or nothing
        reader = new Promise((resolve) => {
          const cat = spawn('cat', [target]);
          let out = '';
          cat.stdout.on('data', (d: Buffer) => (out += d.toString()));
          cat.on('close', () => resolve(out));
        });
      } else if (kind === 'devnull') target = device(dir, 'null') as string;
      else if (kind === 'dash') target = '-';
      const before =
        kind === 'new' || kind === 'dash' || kind === 'devnull' || kind === 'fifo' ? undefined : statSync(target);
      const r = profielkit(['convert', ...args, '-o', target, '-q'], { cwd: dir });
      if (kind === 'fifo' && want === undefined) {
        // nothing was written, so the FIFO was never opened for writing: let the reader go
        const { openSync, closeSync, constants } = await import('node:fs');
        closeSync(openSync(target, constants.O_WRONLY | constants.O_NONBLOCK));
      }
      const content =
        kind === 'fifo'
          ? await reader
          : kind === 'dash'
            ? r.stdout
            : kind === 'devnull'
              ? undefined
              : existsSync(target)
                ? readFileSync(target, 'utf8')
                : undefined;
      expect(r.status).toBe(want === undefined ? 2 : 0);
      if (kind !== 'devnull')
        expect(content).toBe(want ?? (kind === 'new' ? undefined : kind === 'dash' ? '' : kind === 'fifo' ? '' : old));
      // no hidden temporary file beside the output, no file named '-'
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f === '-')).toEqual([]);
      if (kind === 'devnull') expect(lstatSync(target).isCharacterDevice()).toBe(true);
      if (kind === 'private') {
        expect(statSync(target).mode & 0o777).toBe(0o600);
        expect(statSync(target).uid).toBe(before?.uid);
      }
      if (kind === 'symlink') {
        expect(lstatSync(target).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'real'), 'utf8')).toBe(want ?? old);
      }
      if (kind === 'hardlink') {
        expect(statSync(target).ino).toBe(before?.ino);
        expect(readFileSync(join(dir, 'other'), 'utf8')).toBe(want ?? old);
      }
      if (kind === 'fifo') expect(lstatSync(target).isFIFO()).toBe(true);
    },
    300_000,
  );

  it.runIf(devices)('a full device (as /dev/full): exit 2, "no space left", and the device stays a device', () => {
    const full = device(tempDir(), 'full') as string;
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '-t', 'ntriples', '-o', full]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write: no space left/u);
    expect(r.stderr.startsWith(`${full}: `)).toBe(true);
    expect(lstatSync(full).isCharacterDevice()).toBe(true);
  });

  it('a directory is refused before any input is read', () => {
    const dir = tempDir();
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '-o', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a directory/u);
  });
});

describe('2 and 5. limits at the command', () => {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const graphs = write(
    'graphs.nq',
    Array.from({ length: 10_001 }, (_, i) => `<${EX}s${i}> <${EX}p> "v" <${EX}g/${i}> .\n`).join(''),
  );
  const predicates = write(
    'predicates.nt',
    Array.from({ length: 10_001 }, (_, i) => `<${EX}s> <${EX}p${i}> "v" .\n`).join(''),
  );
  const terms = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`t${i}`, `${EX}t${i}`]));
  const scoped = write(
    'scoped.jsonld',
    JSON.stringify({
      '@context': { T: { '@id': `${EX}T`, '@context': terms } },
      '@graph': Array.from({ length: 4000 }, (_, i) => ({ '@id': `${EX}n${i}`, '@type': 'T', t0: 'v' })),
    }),
  );

  it.each([
    ['convert', graphs, '-t', 'turtle'],
    ['convert', graphs, '-t', 'jsonld'],
    ['validate', graphs, '-p', 'toestemming', '--engine', 'reference'],
  ])('%s %s %s %s: 10,001 named graphs in memory: exit 2 naming maxGraphs and --limit', (...args) => {
    const r = profielkit(args);
    expect(r.status).toBe(2);
    // both commands speak --lang's language, Dutch by default
    expect(r.stderr).toMatch(/ uitzonderlijk veel benoemde grafen, boven de grens van 10\.000; .*maxGraphs=N$/mu);
    const en = profielkit([...args, '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/ exceptionally many named graphs, above the limit of 10,000; .*maxGraphs=N$/mu);
  });

  it('--limit maxGraphs raises it; N-Quads to N-Quads is streamed and needs no limit', () => {
    expect(
      profielkit(['convert', graphs, '-t', 'turtle', '--limit', 'maxGraphs=20000', '-o', join(dir, 'g.ttl')]).status,
    ).toBe(0);
    expect(profielkit(['convert', graphs, '-t', 'nquads', '-o', join(dir, 'g.nq')]).status).toBe(0);
  });

  it('10,001 properties on one node to JSON-LD: exit 2 naming maxKeys; to N-Triples it converts', () => {
    const r = profielkit(['convert', predicates, '-t', 'jsonld']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ een object met uitzonderlijk veel velden, boven de grens van 10\.000;.*maxKeys=N$/mu);
    expect(
      profielkit(['convert', predicates, '-t', 'jsonld', '--limit', 'maxKeys=20000', '-o', join(dir, 'p.jsonld')])
        .status,
    ).toBe(0);
    // with a profile, JSON-LD is written as the input is read: the same limit, nothing written
    const q = join(dir, 'q.jsonld');
    const streamed = profielkit(['convert', predicates, '-t', 'jsonld', '-p', 'toestemming', '-o', q, '--lang', 'en']);
    expect(streamed.status).toBe(2);
    const tooMany = / an object with exceptionally many fields, above the limit of 10,000.*maxKeys=N\n$/u;
    expect(streamed.stderr).toMatch(tooMany);
    expect(existsSync(join(dir, 'q.jsonld'))).toBe(false);
    expect(
      profielkit([
        'convert',
        predicates,
        '-t',
        'jsonld',
        '-p',
        'toestemming',
        '--limit',
        'maxKeys=20000',
        '-o',
        join(dir, 'q.jsonld'),
      ]).status,
    ).toBe(0);
    expect(profielkit(['convert', predicates, '-t', 'ntriples', '-o', join(dir, 'p.nt')]).status).toBe(0);
  });

  it('a type-scoped context of 3,000 terms on 4,000 nodes: exit 2 naming maxContextWork and where', () => {
    const r = profielkit(['validate', scoped, '-p', 'toestemming']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${scoped}: @graph\\[\\d+\\]: het bestand bevat een JSON-LD-context die uitzonderlijk veel werk vraagt.*` +
          '--limit maxContextWork=N',
        'u',
      ),
    );
  });

  it.each(['maxKeys', 'maxKeys=0', 'maxKeys=x', 'nope=3', '=3'])('--limit %s is a usage error', (value) => {
    const r = profielkit(['convert', predicates, '--limit', value]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--limit takes NAME=N/u);
  });
});

describe('4. a raw control character in a key, through the command', () => {
  it('exit 2 with the line, not an internal error', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"count": 1,\n"a\nb": 2, "results": []}');
    const r = profielkit(['convert', file, '-p', 'verwerkingenlogging', '-t', 'ntriples']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^${file}:2: json: invalid JSON: a raw control character \\(U\\+000A\\) in a key`, 'u'),
    );
  });
});
