// profielkit convert: every input syntax, every output syntax, -o, --base, and the errors.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonLd, parseRdf } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { canonical } from '../support/canonical.js';
import { fixture, profielkit, STACK, tempDir } from './helpers.js';

/** The sorted N-Triples lines of a graph, to compare graphs without blank nodes. */
function lines(ntriples: string): string[] {
  return ntriples
    .split('\n')
    .filter((l) => l.trim() !== '')
    .sort();
}

/** the lines around a syntax error, a caret under its column, to the end of standard error */
const FRAME = String.raw`(?:[> ] +\d+ \|.*\n| +\|.*\n)+$`;
const expected = lines(readFileSync(fixture('contactvoorkeur.nt'), 'utf8'));

describe('profielkit convert: RDF and JSON-LD, with or without a profile', () => {
  it('turns Turtle into N-Triples on standard output, losing nothing', () => {
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--to', 'ntriples']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual(expected);
    expect(expected.length).toBe(19);
  });

  it('writes Turtle by default, with the prefixes of the profile found in the data', () => {
    const r = profielkit(['convert', fixture('contactvoorkeur.nt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('@prefix toestemming: <http://data.vlaanderen.be/ns/toestemming#>.');
    expect(parseRdf(r.stdout, 'turtle').size).toBe(expected.length);
  });

  it('reads JSON-LD with the official Toestemming context (bundled, nothing fetched)', () => {
    const r = profielkit(['convert', fixture('contactvoorkeur.jsonld'), '--to', 'ntriples']);
    expect(r.status).toBe(0);
    // the hand-written document holds the same record as the Turtle fixture but for the e-mail address
    expect(lines(r.stdout)).toEqual(expected.filter((l) => !l.includes('schema.org/email')));
  });

  it('writes compacted JSON-LD with the context of the profile found in the data, and says so', async () => {
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--to', 'jsonld']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/JSON-LD with the context of toestemming \(the profile found in the data\)/);
    const doc = JSON.parse(r.stdout) as { '@context': unknown[] };
    expect(doc['@context'][0]).toBe('https://data.vlaanderen.be/context/toestemming.jsonld');
    expect((await parseJsonLd(r.stdout, { profile: toestemming })).size).toBe(expected.length);
  });

  it('writes expanded JSON-LD when no profile is found, and --quiet silences the note', () => {
    const noisy = profielkit(['convert', fixture('no-profile.ttl'), '--to', 'jsonld']);
    expect(noisy.status).toBe(0);
    expect(noisy.stderr).toMatch(/expanded JSON-LD: no profile found in the data/);
    expect(JSON.parse(noisy.stdout)).toEqual([
      {
        '@id': 'https://example.org/boek/1',
        '@type': ['http://schema.org/Book'],
        'http://schema.org/name': [{ '@value': 'Het boek' }],
      },
    ]);
    const quiet = profielkit(['convert', fixture('no-profile.ttl'), '--to', 'jsonld', '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(noisy.stdout);
  });

  it('keeps named graphs in N-Quads and merges them for Turtle', () => {
    const nq = profielkit(['convert', fixture('graphs.nq'), '--to', 'nquads']);
    expect(nq.status).toBe(0);
    expect(lines(nq.stdout)).toEqual(lines(readFileSync(fixture('graphs.nq'), 'utf8')));
    const ttl = profielkit(['convert', fixture('graphs.nq'), '--to', 'turtle']);
    expect(ttl.stdout).not.toContain('graaf');
    expect(parseRdf(ttl.stdout).size).toBe(2);
  });

  it('reads standard input with --from', () => {
    const r = profielkit(['convert', '-', '--from', 'turtle', '--to', 'ntriples'], {
      input: readFileSync(fixture('contactvoorkeur.ttl'), 'utf8'),
    });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual(expected);
    const implicit = profielkit(['convert', '--from', 'turtle', '--to', 'ntriples'], {
      input: readFileSync(fixture('contactvoorkeur.ttl'), 'utf8'),
    });
    expect(lines(implicit.stdout)).toEqual(expected);
  });

  it('--from overrides the extension', () => {
    const dir = tempDir();
    const file = join(dir, 'data.txt');
    writeFileSync(file, readFileSync(fixture('contactvoorkeur.ttl')));
    const r = profielkit(['convert', file, '--from', 'turtle', '--to', 'ntriples']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual(expected);
  });

  it('resolves relative IRIs against --base', () => {
    const r = profielkit(['convert', fixture('relative.ttl'), '--to', 'ntriples', '--base', 'https://example.org/']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<https://example.org/toestemming/1>');
  });
});

describe('profielkit convert -o', () => {
  it('writes the file', () => {
    const out = join(tempDir(), 'out.nt');
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--to', 'ntriples', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(readFileSync(out, 'utf8'))).toEqual(expected);
  });

  it('leaves an existing file untouched, and no temporary file, when the run fails', () => {
    const dir = tempDir();
    const out = join(dir, 'out.ttl');
    writeFileSync(out, 'previous content\n');
    const r = profielkit(['convert', fixture('syntax-error.ttl'), '-o', out]);
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous content\n');
    expect(readdirSync(dir)).toEqual(['out.ttl']);
  });

  it('says so when the directory does not exist', () => {
    const out = join(tempDir(), 'missing', 'out.ttl');
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${out}: cannot write: no such directory\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("profielkit convert: a standard's own JSON", () => {
  it('converts an API payload with its profile', () => {
    const r = profielkit([
      'convert',
      fixture('voorzieninggebruik.json'),
      '--profile',
      'voorzieninggebruik',
      '--to',
      'ntriples',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('<urn:uuid:123e4567-e89b-12d3-a456-426614174000>');
    expect(r.stdout).toContain('"Jan Jansen"');
  });

  it('compacts JSON-LD with the profile given', () => {
    const r = profielkit(['convert', fixture('voorzieninggebruik.json'), '-p', 'voorzieninggebruik', '--to', 'jsonld']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('"Jan Jansen"');
  });

  it('needs --profile for json input, and a profile that reads JSON', () => {
    const none = profielkit(['convert', fixture('voorzieninggebruik.json')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/json input needs --profile \(profiles that read JSON: .*voorzieninggebruik/);
    const wrong = profielkit(['convert', fixture('voorzieninggebruik.json'), '-p', 'toestemming']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/the toestemming profile has no JSON format of its own/);
    const base = profielkit([
      'convert',
      fixture('voorzieninggebruik.json'),
      '-p',
      'voorzieninggebruik',
      '--base',
      'https://example.org/',
    ]);
    expect(base.status).toBe(2);
    expect(base.stderr).toMatch(/--base applies to RDF and JSON-LD input/);
  });

  it('stops at a field that breaks the profile, naming its JSON path', () => {
    const r = profielkit(['convert', fixture('voorzieninggebruik-broken.json'), '-p', 'voorzieninggebruik']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${fixture('voorzieninggebruik-broken.json')}: [1].organisatieId: is required (cardinality 1) but missing\n`,
    );
  });
});

describe('profielkit convert: a large payload, converted as it is read', () => {
  // enough records for many pieces of output; each record its own organisation and beheerder
  const record = JSON.parse(readFileSync(fixture('voorzieninggebruik.json'), 'utf8')) as Record<string, unknown>;
  const many = Array.from({ length: 1200 }, (_, i) => ({
    ...record,
    id: `${(i + 0x10000000).toString(16)}-e89b-42d3-a456-426614174000`,
    opmerkingen: `record ${i}`,
  }));

  it(
    'gives the graph of fromJson, to a file, ' + 'to standard output, from standard input, in every RDF syntax',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'many.json');
      writeFileSync(file, JSON.stringify(many));
      const expectedGraph = canonical(voorzieninggebruik.fromJson(many).dataset);
      for (const to of ['turtle', 'ntriples', 'nquads'] as const) {
        const out = join(dir, `out.${to}`);
        expect(profielkit(['convert', file, '-p', 'voorzieninggebruik', '--to', to, '-o', out]).status).toBe(0);
        expect(canonical(parseRdf(readFileSync(out, 'utf8'), to))).toEqual(expectedGraph);
      }
      const stdout = profielkit(['convert', '-', '--from', 'json', '-p', 'voorzieninggebruik'], {
        input: JSON.stringify(many),
      });
      expect(stdout.status).toBe(0);
      expect(canonical(parseRdf(stdout.stdout, 'turtle'))).toEqual(expectedGraph);
    },
  );

  it('--to json: the records toJson reads from the converted graph, in their order, in a heap of 40 MB', () => {
    // before it was read whole: some 50 KB a record, so these 4,000 records needed 200 MB
    const dir = tempDir();
    const file = join(dir, 'many.json');
    const more = Array.from({ length: 4000 }, (_, i) => ({
      ...record,
      id: `${(i + 0x10000000).toString(16)}-e89b-42d3-a456-426614174000`,
      opmerkingen: `record ${i}`,
    }));
    writeFileSync(file, JSON.stringify(more));
    const out = join(dir, 'out.json');
    const r = profielkit(['convert', file, '-p', 'voorzieninggebruik', '--to', 'json', '-o', out], {
      env: { NODE_OPTIONS: '--max-old-space-size=40' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = voorzieninggebruik.toJson(voorzieninggebruik.fromJson(more).dataset);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([...expected]);
    // a lone record as that object; none at all: an empty list, and a note
    const one = profielkit(['convert', '-', '--from', 'json', '-p', 'voorzieninggebruik', '--to', 'json'], {
      input: JSON.stringify(more[0]),
    });
    expect(JSON.parse(one.stdout)).toEqual(expected[0]);
    const none = profielkit(['convert', '-', '--from', 'json', '-p', 'voorzieninggebruik', '--to', 'json'], {
      input: '[]',
    });
    expect([none.status, none.stdout]).toEqual([0, '[]\n']);
    expect(none.stderr).toContain('no voorzieninggebruik record found');
  });

  it('reads NDJSON (one record a line) as it reads a JSON array', () => {
    const dir = tempDir();
    const ndjson = join(dir, 'many.ndjson');
    writeFileSync(
      ndjson,
      `${many
        .slice(0, 200)
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    );
    const expectedGraph = canonical(voorzieninggebruik.fromJson(many.slice(0, 200)).dataset);
    const streamed = profielkit(['convert', ndjson, '-p', 'voorzieninggebruik', '--to', 'ntriples']);
    expect(streamed.status).toBe(0);
    expect(canonical(parseRdf(streamed.stdout, 'ntriples'))).toEqual(expectedGraph);
    const jsonld = profielkit(['convert', '-', '--from', 'ndjson', '-p', 'voorzieninggebruik', '--to', 'jsonld'], {
      input: readFileSync(ndjson, 'utf8'),
    });
    expect(jsonld.status).toBe(0);
    writeFileSync(join(dir, 'out.jsonld'), jsonld.stdout);
    const back = profielkit(['convert', join(dir, 'out.jsonld'), '--to', 'ntriples']);
    expect(canonical(parseRdf(back.stdout, 'ntriples'))).toEqual(expectedGraph);
  });

  it('writes nothing, and leaves no temporary file, when a record near the end is broken', () => {
    const dir = tempDir();
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify([...many, { ...many[0], bbnScore: 'hoog' }]));
    const out = join(dir, 'out.ttl');
    const r = profielkit(['convert', file, '-p', 'voorzieninggebruik', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\[1200\]\.bbnScore/);
    expect(readdirSync(dir)).toEqual(['broken.json']);
    const piped = profielkit(['convert', file, '-p', 'voorzieninggebruik']);
    expect(piped.status).toBe(2);
    expect(piped.stdout).toBe('');
  });
});

describe('profielkit convert: RDF to N-Triples or N-Quads, as it is read', () => {
  const T = 'http://data.vlaanderen.be/ns/toestemming#';
  const turtle = Array.from(
    { length: 5000 },
    (_, i) =>
      `<https://example.org/t/${i}> a <${T}Toestemming> ; <${T}beperking> "dossier ${i}", ` +
      `"tweede\\n\\"regel\\"" ; <${T}dataSubject> [ a <http://purl.org/dc/terms/Agent> ] .`,
  ).join('\n');

  it('gives the graph the in-memory path gives', () => {
    const dir = tempDir();
    const file = join(dir, 'big.ttl');
    writeFileSync(file, turtle);
    const r = profielkit(['convert', file, '--to', 'ntriples']);
    expect(r.status).toBe(0);
    expect(canonical(parseRdf(r.stdout, 'ntriples'))).toEqual(canonical(parseRdf(turtle)));
  });

  it('a syntax error near the end: exit 2 with line and column, nothing written, no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'big.ttl');
    writeFileSync(file, `${turtle}\n<https://example.org/x> <${T}beperking> "open .\n`);
    const r = profielkit(['convert', file, '--to', 'nquads', '-o', join(dir, 'out.nq')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/big\.ttl:5001(:\d+)?: turtle: /);
    expect(readdirSync(dir)).toEqual(['big.ttl']);
  });
});

describe('profielkit convert: input that cannot be read is exit 2 with file:line:column', () => {
  it.each([
    ['syntax-error.ttl', [], new RegExp(String.raw`error\.ttl:4:12: turtle: Expected entity but got \]\n${FRAME}`)],
    ['syntax-error.nt', [], /syntax-error\.nt:2:\d+: ntriples: Expected punctuation/],
    ['syntax-error.jsonld', [], new RegExp(String.raw`\.jsonld:5:1: jsonld: invalid JSON: unexpected "}"\n${FRAME}`)],
    [
      'voorzieninggebruik-syntax-error.json',
      ['-p', 'voorzieninggebruik'],
      /voorzieninggebruik-syntax-error\.json:4:3: json: invalid JSON/,
    ],
    ['remote-context.jsonld', [], /remote-context\.jsonld:2: het JSON-LD-bestand verwijst naar een context/],
    [
      'string-reference.jsonld',
      ['-p', 'toestemming'],
      /string-reference\.jsonld: .* is the plain string .*; write \{"@id": /,
    ],
    ['does-not-exist.ttl', [], /does-not-exist\.ttl: kan niet gelezen worden: het bestand bestaat niet\n$/],
    ['does-not-exist.ttl', ['--lang', 'en'], /does-not-exist\.ttl: cannot read: no such file\n$/],
  ])('%s', (name, extra, message) => {
    const r = profielkit(['convert', fixture(name), ...extra]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('refuses bytes that are not UTF-8, saying where', () => {
    const file = join(tempDir(), 'latin1.ttl');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('<https://example.org/a> <https://example.org/p> "caf'),
        Buffer.from([0xe9]),
        Buffer.from('" .\n'),
      ]),
    );
    const r = profielkit(['convert', file]);
    expect(r.status).toBe(2);
    // the line, and under it a caret at the byte that is not UTF-8
    const first = `${file}:1:53: turtle: the file is not valid UTF-8\n> 1 | <https://example.org/a> `;
    expect(r.stderr.startsWith(first)).toBe(true);
    expect(r.stderr.split('\n')[2]).toBe(`    |${' '.repeat(53)}^`);
  });
});

describe('profielkit convert --lang: a failure told in the language asked, where it is, as validate tells it', () => {
  it('a context on the internet: the line that names it and the fix, in Dutch (the default) or English', () => {
    const file = fixture('remote-context.jsonld');
    const nl = profielkit(['convert', file, '--to', 'ntriples']);
    expect(nl.status).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(
      `${file}:2: het JSON-LD-bestand verwijst naar een context op internet ` +
        '(https://example.org/andere-context.jsonld); er wordt niets opgehaald. ' +
        'Gebruik de context van het profiel, of zet de context in het bestand zelf\n',
    );
    const en = profielkit(['convert', file, '--to', 'ntriples', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `${file}:2: the JSON-LD file refers to a context on the internet ` +
        "(https://example.org/andere-context.jsonld); nothing is fetched. Use the profile's context, " +
        'or put the context in the file itself\n',
    );
  });

  it('a limit passed: the limit and how to raise it, in Dutch or English', () => {
    const file = fixture('contactvoorkeur.ttl');
    const args = ['convert', file, '--to', 'jsonld', '--limit', 'maxKeys=3'];
    const nl = profielkit(args);
    expect(nl.status).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(
      `${file}: het bestand bevat een object met uitzonderlijk veel velden, ` +
        "boven de grens van 3; zo'n bestand kost onevenredig veel tijd of geheugen en wordt niet gelezen. " +
        'Vertrouwt u het bestand, verhoog dan de grens met --limit maxKeys=N\n',
    );
    const en = profielkit([...args, '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `${file}: the file holds an object with exceptionally many fields, above the limit of 3; ` +
        'such a file costs disproportionate time or memory and is not read. If you trust the file, raise the ' +
        'limit with --limit maxKeys=N\n',
    );
  });

  it('a syntax error: the lines around it, a caret under its column', () => {
    const r = profielkit(['convert', fixture('syntax-error.ttl'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').slice(1, 5)).toEqual([
      '  2 | ',
      '  3 | <https://example.org/toestemming/1> a t:Toestemming ;',
      '> 4 |   t:status ] .',
      '    |            ^',
    ]);
  });

  it('a file that is no RDF or JSON is named as what it is, in the language asked', () => {
    const file = join(tempDir(), 'export.ttl');
    writeFileSync(file, 'id;status;datum\n1;actief;2026-01-01\n');
    const nl = profielkit(['convert', file]);
    expect(nl.status).toBe(2);
    expect(nl.stderr).toBe(
      `${file}: dit is een CSV-bestand (een spreadsheet), ` +
        'geen RDF (Turtle, N-Triples, JSON-LD) en geen JSON van een standaard: ' +
        'kies de export in een van die formaten\n',
    );
    const en = profielkit(['convert', file, '--lang', 'en']);
    expect(en.stderr).toMatch(/: this is a CSV file \(a spreadsheet\), not RDF /u);
    // named by its extension, before it is read: the same, in the language asked
    const csv = join(tempDir(), 'export.csv');
    writeFileSync(csv, 'id;status\n');
    expect(profielkit(['convert', csv]).stderr).toBe(
      `${csv}: dit is een CSV-bestand (een spreadsheet), ` +
        'geen RDF (Turtle, N-Triples, JSON-LD) en geen JSON van een standaard: ' +
        'kies de export in een van die formaten\n',
    );
    expect(profielkit(['convert', csv, '--lang', 'en']).stderr).toMatch(
      /csv: this is a CSV file \(a spreadsheet\), not RDF /u,
    );
  });

  it('--lang takes nl or en only', () => {
    const r = profielkit(['convert', fixture('contactvoorkeur.ttl'), '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--lang/u);
  });
});

describe('profielkit convert --repair-references', () => {
  it('refuses a plain string where a reference belongs by default, and reads it as the IRI it holds on request', () => {
    const refused = profielkit([
      'convert',
      fixture('string-reference.jsonld'),
      '-p',
      'toestemming',
      '--to',
      'ntriples',
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('{"@id": "https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten"}');
    const repaired = profielkit([
      'convert',
      fixture('string-reference.jsonld'),
      '-p',
      'toestemming',
      '--to',
      'ntriples',
      '--repair-references',
    ]);
    expect(repaired.status).toBe(0);
    expect(repaired.stderr).toContain('repaired 1 reference');
    expect(repaired.stdout).toContain(
      '<http://data.vlaanderen.be/ns/toestemming#status> ' +
        '<https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten> .',
    );
    expect(repaired.stdout).not.toContain('skos/core#Concept>');
  });

  it('needs JSON-LD and --profile (the profile says where references belong)', () => {
    expect(profielkit(['convert', fixture('contactvoorkeur.ttl'), '--repair-references']).status).toBe(2);
    expect(profielkit(['convert', fixture('string-reference.jsonld'), '--repair-references']).status).toBe(2);
  });
});
