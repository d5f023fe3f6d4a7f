// profielkit convert on real exports: --lenient never stops at a field and says every problem with
// its path; a register export is read as it is; --to json writes the API's JSON back from RDF and
// names what it could not carry (--strict: exit 2).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLd, parseRdf, toNTriples } from '../../src/index.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { fixture, profielkit, STACK, tempDir } from './helpers.js';

const sorted = (nt: string) =>
  nt
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/_:\w+/gu, '_:b'))
    .sort();
const exportFile = fixture('openregister-export.json');

describe('profielkit convert --lenient', () => {
  it('strict (the default) stops at the first field that breaks the profile, with its path in the file', () => {
    const r = profielkit(['convert', exportFile, '-p', 'voorzieninggebruik']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('components.objects[2].beheerder: a JSON string that holds the object');
  });

  it.each(['ntriples', 'jsonld'])(
    "writes what validate's lenient conversion writes (--to %s), names every problem, exits 1",
    async (to) => {
      const r = profielkit(['convert', exportFile, '-p', 'voorzieninggebruik', '--lenient', '--to', to]);
      expect(r.status).toBe(1);
      const lenient = voorzieninggebruik.fromJson(readFileSync(exportFile, 'utf8'));
      const written =
        to === 'ntriples' ? r.stdout : await toNTriples(await parseJsonLd(r.stdout, { profile: voorzieninggebruik }));
      expect(sorted(written)).toEqual(sorted(await toNTriples(lenient.dataset)));
      expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
        `${exportFile}: components.objects[2].beheerder: warning: ` +
          'a JSON string that holds the object, not the object itself; read as the object it holds',
        `${exportFile}: components.objects[2].privacyGevoelig: warning: 1 where true or false belongs; read as true`,
        `${exportFile}: components.objects[3].status: "Stopgezet" is not one of "Actief", "Gepland", "Beëindigd"`,
        `${exportFile}: components.objects[3].bbnScore: warning: the string "3" where an integer belongs; read as 3`,
        `${exportFile}: 2 objects of other schemas not converted: voorziening (1), organisatie (1)`,
      ]);
      expect(r.stderr).not.toMatch(STACK);
    },
  );

  it('warnings alone (encodings read for what they hold) exit 0, as in validate', () => {
    const dir = tempDir();
    const file = join(dir, 'objects.json');
    writeFileSync(
      file,
      readFileSync(
        new URL('../voorzieninggebruik/fixtures/example-voorzieninggebruik-openregister-objects.json', import.meta.url),
      ),
    );
    const r = profielkit(['convert', file, '-p', 'voorzieninggebruik', '--lenient', '-o', join(dir, 'out.ttl')]);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes(': warning: '))).toHaveLength(8);
    expect(voorzieninggebruik.toJson(parseRdf(readFileSync(join(dir, 'out.ttl'), 'utf8'), 'turtle'))).toHaveLength(4);
  });

  it('is for json input only', () => {
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--lenient']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--lenient applies to json and ndjson input');
  });
});

describe('profielkit validate on a register export', () => {
  it('names the objects of other schemas on standard error, and every result by its path in the file', () => {
    const r = profielkit(['validate', exportFile, '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 objects of other schemas not checked: voorziening (1), organisatie (1)');
    // in Dutch by default, and silenced by -q
    expect(profielkit(['validate', exportFile, '--format', 'json']).stderr).toContain(
      "2 objecten van andere schema's niet gecontroleerd: voorziening (1), organisatie (1)",
    );
    expect(profielkit(['validate', exportFile, '--format', 'json', '-q']).stderr).toBe('');
    const report = JSON.parse(r.stdout) as { results: { jsonPath: string; severity: string }[] };
    expect(report.results.map((x) => `${x.severity} ${x.jsonPath}`).sort()).toEqual(
      [
        'Violation components.objects[3].status',
        'Warning components.objects[2].beheerder',
        'Warning components.objects[2].privacyGevoelig',
        'Warning components.objects[3].bbnScore',
      ].sort(),
    );
    expect(r.stdout).not.toContain('@self');
  });
});

describe('profielkit convert --to json', () => {
  it("writes the API's JSON, and names the triples it could not carry and their predicates", () => {
    const r = profielkit(['convert', fixture('voorzieninggebruik-extra.ttl'), '--to', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: '323e4567-e89b-12d3-a456-426614174000',
      organisatieId: '323e4567-e89b-12d3-a456-426614174001',
      voorzieningId: '323e4567-e89b-12d3-a456-426614174002',
      status: 'Actief',
    });
    expect(r.stderr).toBe(
      `${fixture('voorzieninggebruik-extra.ttl')}: ` +
        '1 triple of 1 node not carried into the JSON: <http://purl.org/dc/terms/title> (1)\n',
    );
  });

  it('--strict makes a triple it could not carry exit 2, and writes nothing', () => {
    const dir = tempDir();
    const r = profielkit([
      'convert',
      fixture('voorzieninggebruik-extra.ttl'),
      '--to',
      'json',
      '--strict',
      '-o',
      join(dir, 'out.json'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('<http://purl.org/dc/terms/title> (1)');
    expect(() => readFileSync(join(dir, 'out.json'))).toThrow();
  });

  it('several records are a list; JSON -> Turtle -> JSON gives the JSON again, with its @self dates', () => {
    const dir = tempDir();
    const ttl = join(dir, 'export.ttl');
    expect(profielkit(['convert', exportFile, '-p', 'voorzieninggebruik', '--lenient', '-o', ttl]).status).toBe(1);
    const back = profielkit(['convert', ttl, '--to', 'json', '--strict']);
    expect(back.status).toBe(0);
    const json = JSON.parse(back.stdout) as Record<string, unknown>[];
    expect(json.map((r) => r['id'])).toEqual([
      'bdbf6473-325a-4c98-98e5-105dd25ca91f',
      '5173a77a-9316-47ef-a8fd-181624fbe0bb',
    ]);
    expect(json[0]).toMatchObject({ privacyGevoelig: true, '@self': { created: '2025-05-09T12:20:44+00:00' } });
    // the broken status comes back as it was: nothing is corrected in silence either
    expect(json[1]).toMatchObject({ status: 'Stopgezet', bbnScore: 3 });
    const file = join(dir, 'back.json');
    writeFileSync(file, back.stdout);
    const again = profielkit(['convert', file, '-p', 'voorzieninggebruik', '--lenient', '--to', 'ntriples']);
    expect(sorted(again.stdout)).toEqual(sorted(profielkit(['convert', ttl, '--to', 'ntriples']).stdout));
  });

  it('from JSON-LD and from standard input too; a profile without JSON of its own is refused', () => {
    const jsonld = profielkit([
      'convert',
      fixture('voorzieninggebruik.json'),
      '-p',
      'voorzieninggebruik',
      '--to',
      'jsonld',
    ]);
    const r = profielkit(['convert', '-', '--from', 'jsonld', '--to', 'json'], { input: jsonld.stdout });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: expect.any(String) });
    const none = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--to', 'json']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no profile with a JSON of its own applies');
    const wrong = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--to', 'json', '-p', 'toestemming']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('has none');
  });
});
