// profielkit validate: verdicts and exit codes, the three report formats, languages, several inputs,
// profiles chosen from the data, and JSON input with its JSON paths.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRdf } from '../../src/index.js';
import { fixture, profielkit, STACK, tempDir } from './helpers.js';

interface JsonReport {
  file: string;
  conforms: boolean;
  profile: string | string[];
  results: {
    profile?: string;
    focusNode: string;
    path: string | null;
    severity: string;
    constraint: string;
    value: string | null;
    message: string;
    jsonPath?: string;
  }[];
  totalResults: number;
  nodesChecked: number;
}

const jsonReports = (stdout: string): JsonReport[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JsonReport);

describe('profielkit validate: verdict and exit code', () => {
  it('exit 0 for conforming data; says which profile it chose on standard error', () => {
    const r = profielkit(['validate', fixture('contactvoorkeur.ttl')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${fixture('contactvoorkeur.ttl')}: voldoet aan toestemming\n`);
    expect(r.stderr).toBe(
      `${fixture('contactvoorkeur.ttl')}: profiel toestemming (herkend aan de klassen in de data)\n`,
    );
  });

  it(
    'exit 1 for violations: the overview by rule first, ' +
      'then each finding with its record and line, in Dutch by default',
    () => {
      const r = profielkit(['validate', fixture('broken.ttl'), '--profile', 'toestemming']);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      const out = r.stdout.split('\n');
      expect(out[0]).toBe(`${fixture('broken.ttl')}: voldoet niet aan toestemming (4 fouten, 1 waarschuwing)`);
      expect(out[1]).toBe('  Overzicht per regel (fouten eerst, dan de meeste records):');
      // each rule in words: the field as documented, the record's kind by its label, the fix in Turtle
      expect(out[2]).toMatch(/^ {4}1 record {2}fout {9}[a-zA-Z]+ \((Toestemming|Contactvoorkeur)\) /u);
      expect(r.stdout).toContain(
        'fout         descriptor (Toestemming) ontbreekt; voeg toe: toestemming:descriptor <…>\n',
      );
      expect(r.stdout).not.toMatch(/Toestemming\.|ConstraintComponent|\(xsd:/u);
      expect(r.stdout).toContain(
        '      https://example.org/contactvoorkeur/7 · gegevenOp · gevonden "2024-03-01T10:00:00" · regel 6\n',
      );
      expect(r.stdout).toContain(
        '        detail: <http://data.vlaanderen.be/ns/toestemming#gegevenOp>, xsd:date, sh:Datatype',
      );
      // the overview: four rules broken, one warned of; the literal where a concept belongs is one violation (with the
      // fix), not also a code-list warning
      expect(r.stdout.match(/^ {4}1 record {2}fout/gmu)).toHaveLength(4);
      expect(r.stdout.match(/^ {4}1 record {2}waarschuwing/gmu)).toHaveLength(1);
      expect(r.stdout).toContain('schrijf de IRI tussen < en > in plaats van tussen aanhalingstekens');
      // piped output has no colour codes
      expect(r.stdout).not.toContain('\x1b[');
    },
  );

  it('--lang en reports in English', () => {
    const r = profielkit(['validate', fixture('broken.ttl'), '--lang', 'en', '-q']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('does not conform to toestemming (4 errors, 1 warning)');
    expect(r.stdout).toContain('error        descriptor (Consent) is missing; add: toestemming:descriptor <…>\n');
    expect(r.stdout).toContain('        detail: <http://data.vlaanderen.be/ns/toestemming#descriptor>, sh:MinCount\n');
    expect(r.stdout).not.toMatch(/vereist|ontbreekt|Toestemming\./u);
    expect(r.stderr).toBe('');
  });

  it('warnings alone still conform: exit 0', () => {
    const r = profielkit(['validate', fixture('warning-only.ttl'), '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: voldoet aan toestemming \(1 waarschuwing\)\n/);
  });

  it('validates every syntax: N-Triples, N-Quads, JSON-LD with the official context, standard input', () => {
    expect(profielkit(['validate', fixture('contactvoorkeur.nt')]).status).toBe(0);
    expect(profielkit(['validate', fixture('contactvoorkeur.jsonld')]).status).toBe(0);
    expect(profielkit(['validate', fixture('graphs.nq')]).status).toBe(1);
    const stdin = profielkit(['validate', '--from', 'turtle'], { input: readFileSync(fixture('broken.ttl'), 'utf8') });
    expect(stdin.status).toBe(1);
    expect(stdin.stdout).toMatch(/^<stdin>: voldoet niet aan toestemming/);
  });

  it('exit 2 when no profile applies, naming the profiles it looked for', () => {
    const r = profielkit(['validate', fixture('no-profile.ttl')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(
        String.raw`no-profile\.ttl: de data zegt niet bij welk profiel ze hoort: ` +
          'geen record heeft een klasse van toestemming, .*; ' +
          'kies er een met --profile toestemming of --profile voorzieninggebruik ' +
          String.raw`of --profile verwerkingenlogging of --profile softwarecatalogus\n$`,
      ),
    );
  });
});

describe('profielkit validate: a refused input says where and what to do, in the language asked', () => {
  it('a context on the internet: the line that names it, nothing fetched, the fix; Dutch and English', () => {
    const file = fixture('remote-context.jsonld');
    const nl = profielkit(['validate', file]);
    expect(nl.status).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(
      `${file}:2: het JSON-LD-bestand verwijst naar een context op internet ` +
        '(https://example.org/andere-context.jsonld); er wordt niets opgehaald. ' +
        'Gebruik de context van het profiel, of zet de context in het bestand zelf\n',
    );
    const en = profielkit(['validate', file, '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `${file}:2: the JSON-LD file refers to a context on the internet ` +
        "(https://example.org/andere-context.jsonld); nothing is fetched. Use the profile's context, " +
        'or put the context in the file itself\n',
    );
  });

  it('a limit passed: the JSON path, the limit, and how to raise it; Dutch and English', () => {
    const file = fixture('contactvoorkeur.jsonld');
    const nl = profielkit(['validate', file, '--limit', 'maxKeys=2']);
    expect(nl.status).toBe(2);
    expect(nl.stderr).toBe(
      `${file}: @graph[0]: het bestand bevat een object met uitzonderlijk veel velden, boven de grens van 2; ` +
        "zo'n bestand kost onevenredig veel tijd of geheugen en wordt niet gelezen. " +
        'Vertrouwt u het bestand, verhoog dan de grens met --limit maxKeys=N\n',
    );
    const en = profielkit(['validate', file, '--limit', 'maxKeys=2', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `${file}: @graph[0]: the file holds an object with exceptionally many fields, above the limit of 2; ` +
        'such a file costs disproportionate time or memory and is not read. ' +
        'If you trust the file, raise the limit with --limit maxKeys=N\n',
    );
    expect(`${nl.stderr}${en.stderr}`).not.toMatch(STACK);
  });
});

describe('profielkit validate --profile on data without its classes', () => {
  it('never calls data it did not check conforming: exit 3, nothing checked, on every engine and format', () => {
    for (const engine of ['fast', 'reference']) {
      const r = profielkit(['validate', fixture('no-profile.ttl'), '-p', 'toestemming', '--engine', engine]);
      expect(r.status).toBe(3);
      expect(r.stdout).toBe(
        `${fixture('no-profile.ttl')}: niets gecontroleerd: ` +
          'geen record van toestemming gevonden (dus ook geen oordeel)\n',
      );
      expect(r.stdout).not.toContain('voldoet aan');
      const json = profielkit([
        'validate',
        fixture('no-profile.ttl'),
        '-p',
        'toestemming',
        '--engine',
        engine,
        '--format',
        'json',
      ]);
      expect(json.status).toBe(3);
      expect(jsonReports(json.stdout)[0]).toMatchObject({ conforms: false, nodesChecked: 0, totalResults: 0 });
    }
    // the official vocabulary file: classes declared, no instance of them
    expect(
      profielkit(['validate', fixture('../oslo/toestemming-vocabulary-2018-02-05.ttl'), '-p', 'toestemming', '-q'])
        .status,
    ).toBe(3);
    // a JSON payload with no record
    expect(
      profielkit(['validate', '-', '--from', 'json', '-p', 'voorzieninggebruik', '-q'], { input: '[]' }).status,
    ).toBe(3);
  });

  it('--allow-empty: nothing checked is exit 0, and still says so', () => {
    const r = profielkit(['validate', fixture('no-profile.ttl'), '-p', 'toestemming', '--allow-empty', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nothing checked');
    const json = profielkit([
      'validate',
      fixture('no-profile.ttl'),
      '-p',
      'toestemming',
      '--allow-empty',
      '--format',
      'json',
    ]);
    expect(jsonReports(json.stdout)[0]).toMatchObject({ conforms: true, nodesChecked: 0 });
  });

  it('reports how many nodes were checked', () => {
    const r = profielkit(['validate', fixture('contactvoorkeur.ttl'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(jsonReports(r.stdout)[0]!.nodesChecked).toBeGreaterThan(0);
  });

  it(
    'a literal where the profile expects a reference (JSON-LD as the official context invites it) ' +
      'is one violation with the fix, with or without --profile',
    () => {
      for (const args of [[], ['-p', 'toestemming']]) {
        const r = profielkit([
          'validate',
          fixture('string-reference.jsonld'),
          '--format',
          'json',
          '--lang',
          'en',
          ...args,
        ]);
        expect(r.status).toBe(1);
        const status = jsonReports(r.stdout)[0]!.results.filter(
          (x) => x.path === 'http://data.vlaanderen.be/ns/toestemming#status',
        );
        expect(status).toHaveLength(1);
        expect(status[0]!.message).toContain('{"@id": "..."}');
      }
    },
  );
});

describe('profielkit validate --format', () => {
  it('json: one object with conforms, profile and the results', () => {
    const r = profielkit(['validate', fixture('broken.ttl'), '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const [report] = jsonReports(r.stdout);
    expect(report).toMatchObject({ file: fixture('broken.ttl'), conforms: false, profile: 'toestemming' });
    expect(report!.results).toHaveLength(5);
    expect(report!.results).toContainEqual({
      focusNode: 'https://example.org/contactvoorkeur/7',
      path: 'http://data.vlaanderen.be/ns/toestemming#gegevenOp',
      severity: 'Violation',
      constraint: 'http://www.w3.org/ns/shacl#DatatypeConstraintComponent',
      value: '2024-03-01T10:00:00',
      message: 'Toestemming.gegevenOp must be a date (xsd:date, e.g. 2024-03-01)',
    });
    expect(report!.results.find((x) => x.constraint.endsWith('MinCountConstraintComponent'))?.value).toBeNull();
  });

  it('json: conforming data', () => {
    const r = profielkit(['validate', fixture('contactvoorkeur.ttl'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(jsonReports(r.stdout)).toEqual([
      {
        file: fixture('contactvoorkeur.ttl'),
        conforms: true,
        profile: 'toestemming',
        results: [],
        totalResults: 0,
        nodesChecked: 4,
      },
    ]);
  });

  it('turtle: the W3C SHACL validation report graph', () => {
    const r = profielkit(['validate', fixture('broken.ttl'), '--format', 'turtle']);
    expect(r.status).toBe(1);
    const report = parseRdf(r.stdout);
    const SH = 'http://www.w3.org/ns/shacl#';
    const reports = report.getSubjects(
      'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
      `${SH}ValidationReport`,
      null,
    );
    expect(reports).toHaveLength(1);
    expect(report.getObjects(reports[0]!, `${SH}conforms`, null)[0]?.value).toBe('false');
    expect(report.getObjects(reports[0]!, `${SH}result`, null)).toHaveLength(5);
  });
});

describe('profielkit validate: several inputs', () => {
  it('validates each in turn, naming each; the exit code is the worst', () => {
    const r = profielkit(['validate', fixture('contactvoorkeur.ttl'), fixture('broken.ttl'), '-q']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/contactvoorkeur\.ttl: voldoet aan toestemming\n/);
    expect(r.stdout).toMatch(/broken\.ttl: voldoet niet aan toestemming/);
  });

  it('an input that cannot be read is exit 2, and the others are still validated', () => {
    const r = profielkit([
      'validate',
      fixture('syntax-error.ttl'),
      fixture('does-not-exist.ttl'),
      fixture('contactvoorkeur.ttl'),
      '--format',
      'json',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${fixture('syntax-error.ttl')}:4:12: turtle: Expected entity but got ]\n`);
    expect(r.stderr).toContain(`${fixture('does-not-exist.ttl')}: kan niet gelezen worden: het bestand bestaat niet\n`);
    expect(r.stderr).not.toMatch(STACK);
    expect(jsonReports(r.stdout)).toEqual([
      {
        file: fixture('contactvoorkeur.ttl'),
        conforms: true,
        profile: 'toestemming',
        results: [],
        totalResults: 0,
        nodesChecked: 4,
      },
    ]);
  });

  it('turtle: reports of several inputs stay apart (their blank nodes do not merge)', () => {
    const r = profielkit(['validate', fixture('broken.ttl'), fixture('graphs.nq'), '--format', 'turtle']);
    expect(r.status).toBe(1);
    const SH = 'http://www.w3.org/ns/shacl#';
    const report = parseRdf(r.stdout);
    const reports = report.getSubjects(
      'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
      `${SH}ValidationReport`,
      null,
    );
    expect(reports.map((s) => report.getObjects(s, `${SH}result`, null).length).sort()).toEqual([4, 5]);
  });
});

describe('profielkit validate: data of several profiles', () => {
  it('validates against every profile whose own classes are present, and says which', () => {
    const dir = tempDir();
    const api = profielkit([
      'convert',
      fixture('voorzieninggebruik.json'),
      '-p',
      'voorzieninggebruik',
      '--to',
      'ntriples',
    ]);
    const mixed = join(dir, 'mixed.nt');
    writeFileSync(mixed, api.stdout + readFileSync(fixture('contactvoorkeur.nt'), 'utf8'));
    const text = profielkit(['validate', mixed]);
    expect(text.stderr).toBe(`${mixed}: profiel toestemming, voorzieninggebruik (herkend aan de klassen in de data)\n`);
    expect(text.stdout).toMatch(
      new RegExp(`^${mixed}: voldoet aan toestemming\n${mixed}: voldoet niet aan voorzieninggebruik`),
    );
    // once voorzieninggebruik applies, its rules hold for every org:Organization, the Toestemming one too
    expect(text.stdout).toContain(
      'fout: id (Organisatie) ontbreekt; voeg toe: "…" (datatype en eigenschap: zie het detail) (1 record)\n' +
        '      https://data.vlaanderen.be/id/organisatie/OVO000001 · id',
    );
    expect(text.status).toBe(1);
    const json = profielkit(['validate', mixed, '--format', 'json']);
    const [report] = jsonReports(json.stdout);
    expect(report).toMatchObject({ conforms: false, profile: ['toestemming', 'voorzieninggebruik'] });
    // with several profiles each result names its own
    expect(report!.results.map((x) => x.profile)).toEqual(['voorzieninggebruik']);
  });

  it('a class that several profiles share (org:Organization) does not pull in another profile', () => {
    // contactvoorkeur.ttl has an org:Organization, which voorzieninggebruik declares too
    const r = profielkit(['validate', fixture('contactvoorkeur.ttl'), '--format', 'json']);
    expect(jsonReports(r.stdout)[0]?.profile).toBe('toestemming');
  });
});

describe("profielkit validate: a standard's own JSON", () => {
  const broken = fixture('voorzieninggebruik-broken.json');

  it('conforming payload: exit 0', () => {
    const r = profielkit(['validate', fixture('voorzieninggebruik.json'), '-p', 'voorzieninggebruik']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${fixture('voorzieninggebruik.json')}: voldoet aan voorzieninggebruik\n`);
  });

  it('a payload that breaks the profile is exit 1, every problem at once, each with its JSON path', () => {
    const r = profielkit(['validate', broken, '-p', 'voorzieninggebruik', '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const [report] = jsonReports(r.stdout);
    expect(report?.conforms).toBe(false);
    const paths = new Set(report!.results.map((x) => x.jsonPath));
    // a missing field, a value outside its list, a wrong type, a nested object's value
    expect(paths).toEqual(
      new Set(['[1].organisatieId', '[1].status', '[1].bbnScore', '[1].bivClassificatie.beschikbaarheid']),
    );
    expect(report!.results.find((x) => x.jsonPath === '[1].status')).toMatchObject({
      severity: 'Violation',
      value: 'Weg',
    });
  });

  it('text report names the record (counted from 1), the field, the value and the JSON path', () => {
    const r = profielkit(['validate', broken, '-p', 'voorzieninggebruik']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'record 2 (223e4567-e89b-12d3-a456-426614174000) · status · gevonden "Weg" · [1].status\n',
    );
    // bbnScore "hoog" breaks three rules (datatype, minimum, maximum): one finding
    expect(r.stdout.match(/gevonden "hoog"/gu)).toHaveLength(1);
    expect(r.stdout.split('\n')[0]).toMatch(/\(4 fouten\)$/u);
    const en = profielkit(['validate', broken, '-p', 'voorzieninggebruik', '--lang', 'en']);
    expect(en.stdout).toContain(
      'record 2 (223e4567-e89b-12d3-a456-426614174000) · status · found "Weg" · [1].status\n',
    );
  });

  it('JSON that cannot be parsed is exit 2 with line and column, and the lines around it with a caret', () => {
    const r = profielkit(['validate', fixture('voorzieninggebruik-syntax-error.json'), '-p', 'voorzieninggebruik']);
    expect(r.status).toBe(2);
    expect(
      r.stderr.startsWith(
        `${fixture('voorzieninggebruik-syntax-error.json')}:4:3: json: invalid JSON: unexpected "\\""\n`,
      ),
    ).toBe(true);
    expect(r.stderr).toContain('> 4 |   "bbnScore": 3\n    |   ^\n');
  });

  it('a CSV file is named as such, by its extension or its content, never "turtle: Unexpected"', () => {
    const dir = tempDir();
    const text = 'id;status;datum\n1;Actief;2024-01-01\n2;Gepland;2024-02-01\n';
    for (const name of ['export.csv', 'export.ttl']) {
      writeFileSync(join(dir, name), text);
      const r = profielkit(['validate', join(dir, name), '--lang', 'en']);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `${join(dir, name)}: this is a CSV file (a spreadsheet), not RDF (Turtle, N-Triples, ` +
          `JSON-LD) nor a standard's JSON: choose the export in one of those formats\n`,
      );
      // by its extension too in the language asked (Dutch by default), as by its content
      const nl = profielkit(['validate', join(dir, name)]);
      expect(nl.status).toBe(2);
      expect(nl.stderr).toBe(
        `${join(dir, name)}: dit is een CSV-bestand (een spreadsheet), geen RDF ` +
          '(Turtle, N-Triples, JSON-LD) en geen JSON van een standaard: kies de export in een van die formaten\n',
      );
    }
  });

  it("NDJSON: each result names the index of its line's record", () => {
    const record = JSON.parse(readFileSync(fixture('voorzieninggebruik.json'), 'utf8')) as Record<string, unknown>;
    const file = join(tempDir(), 'records.ndjson');
    writeFileSync(
      file,
      `${JSON.stringify(record)}\n` +
        `${JSON.stringify({ ...record, id: '123e4567-e89b-12d3-a456-426614174099', status: 'Stopgezet' })}\n`,
    );
    const r = profielkit(['validate', file, '-p', 'voorzieninggebruik', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(jsonReports(r.stdout)[0]!.results.map((x) => x.jsonPath)).toEqual(['[1].status']);
    const broken = join(tempDir(), 'broken.ndjson');
    writeFileSync(broken, `${JSON.stringify(record)}\n{"id": \n`);
    const bad = profielkit(['validate', broken, '-p', 'voorzieninggebruik']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /broken\.ndjson:3: json: invalid JSON: the document ends inside the record that starts on line 2/,
    );
  });

  it('finds the profile from the fields; fields of no profile: exit 2, with the --profile values that fit', () => {
    const r = profielkit(['validate', broken, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(jsonReports(r.stdout)[0]!.profile).toBe('voorzieninggebruik');
    const list = profielkit([
      'validate',
      new URL('../fixtures/verwerkingenlogging/lijst-verwerkte-objecten.json', import.meta.url).pathname,
      '--format',
      'json',
    ]);
    expect(jsonReports(list.stdout)[0]!.profile).toBe('verwerkingenlogging');
    const other = join(tempDir(), 'other.json');
    writeFileSync(other, '[{"naam": "x"}]');
    const none = profielkit(['validate', other, '--lang', 'en']);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(
      new RegExp(
        String.raw`other\.json: no profile recognises the fields of this JSON .*` +
          'choose one with --profile voorzieninggebruik or --profile verwerkingenlogging',
        'u',
      ),
    );
    // fields of two profiles at once: never a guess
    writeFileSync(other, '[{"voorzieningId": "x", "status": "Actief"}, {"verwerktObjectId": "y"}]');
    const both = profielkit(['validate', other]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(
      new RegExp(
        String.raw`passen bij meer dan één profiel \(voorzieninggebruik, verwerkingenlogging\); ` +
          'kies er een met --profile voorzieninggebruik of --profile verwerkingenlogging',
        'u',
      ),
    );
  });
});

describe('profielkit validate --engine', () => {
  it('the reference engine gives the same report as the fast path (the default)', () => {
    const fast = profielkit(['validate', fixture('broken.ttl'), '--profile', 'toestemming', '--format', 'json']);
    const reference = profielkit([
      'validate',
      fixture('broken.ttl'),
      '--profile',
      'toestemming',
      '--format',
      'json',
      '--engine',
      'reference',
    ]);
    expect(reference.status).toBe(1);
    expect(fast.status).toBe(1);
    const sorted = (out: string) =>
      jsonReports(out)[0]!
        .results.map((r) => JSON.stringify(r))
        .sort();
    expect(sorted(reference.stdout)).toEqual(sorted(fast.stdout));
  });

  it('refuses an unknown engine with exit 2', () => {
    const r = profielkit(['validate', fixture('broken.ttl'), '--engine', 'turbo']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/engine/);
  });
});

describe('profielkit validate: large files', () => {
  // a file is validated as it is read; one whose triples are not grouped by subject is read into
  // memory instead; either way the report is the reference engine's
  const T = 'http://data.vlaanderen.be/ns/toestemming#';
  const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
  const records = Array.from({ length: 30 }, (_, i) => [
    `<https://example.org/t/${i}> ${TYPE} <${T}Toestemming> .`,
    `<https://example.org/t/${i}> <${T}dataSubject> <https://example.org/p/${i}> .`,
    `<https://example.org/p/${i}> ${TYPE} <http://purl.org/dc/terms/Agent> .`,
  ]);
  const sorted = (r: JsonReport) => r.results.map((x) => JSON.stringify(x)).sort();

  it.each([
    ['grouped by subject', records.flat()],
    [
      'not grouped by subject',
      [...records.map((r) => r[0]!), ...records.map((r) => r[1]!), ...records.map((r) => r[2]!)],
    ],
  ])('gives the reference report for a file %s', (_name, lines) => {
    const file = join(tempDir(), 'export.nt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const fast = profielkit(['validate', file, '--format', 'json', '-q']);
    const reference = profielkit(['validate', file, '--format', 'json', '-q', '--engine', 'reference']);
    expect(fast.status).toBe(1);
    const [f, r] = [jsonReports(fast.stdout)[0]!, jsonReports(reference.stdout)[0]!];
    expect(sorted(f)).toEqual(sorted(r));
    expect(f.results.length).toBe(30 * 3); // descriptor, gegevenOp and status missing in each
  });

  it('--max-results shows the first N (violations first) and counts them all', () => {
    const file = join(tempDir(), 'export.nt');
    writeFileSync(file, `${records.flat().join('\n')}\n`);
    const json = jsonReports(profielkit(['validate', file, '--format', 'json', '--max-results', '7']).stdout)[0]!;
    expect(json.results).toHaveLength(7);
    expect(json.totalResults).toBe(90);
    const text = profielkit(['validate', file, '--max-results', '7', '--lang', 'en', '-q']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('83 more results counted, not shown (--max-results)');
    expect(text.stdout).toContain('does not conform to toestemming (90 errors)'); // all counted
    const bad = profielkit(['validate', file, '--max-results', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-results must be a whole number of at least 1, not '0'/);
  });
});

describe('profielkit validate --shapes', () => {
  const own =
    `@prefix sh: <http://www.w3.org/ns/shacl#> .
<https://example.org/shapes/Dossiernummer> a sh:NodeShape ;
  sh:targetClass <http://data.vlaanderen.be/ns/toestemming#Contactvoorkeur> ;
  sh:property [ sh:path <https://example.org/dossiernummer> ; sh:minCount 1 ; ` +
    `sh:message "geef het dossiernummer"@nl, "give the case number"@en ] .
`;

  it("checks shapes of one's own alone, or with the profile named", () => {
    const shapes = join(tempDir(), 'eigen.ttl');
    writeFileSync(shapes, own);
    const alone = profielkit([
      'validate',
      fixture('contactvoorkeur.ttl'),
      '--shapes',
      shapes,
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(alone.status).toBe(1);
    const [a] = jsonReports(alone.stdout);
    expect(a!.profile).toBe('eigen.ttl');
    expect(a!.results.length).toBeGreaterThan(0);
    expect(new Set(a!.results.map((r) => r.message))).toEqual(new Set(['give the case number, found 0']));
    const profileOnly = jsonReports(
      profielkit(['validate', fixture('broken.ttl'), '-p', 'toestemming', '--format', 'json']).stdout,
    )[0]!;
    const ownOnly = jsonReports(
      profielkit(['validate', fixture('broken.ttl'), '--shapes', shapes, '--format', 'json']).stdout,
    )[0]!;
    const both = jsonReports(
      profielkit(['validate', fixture('broken.ttl'), '-p', 'toestemming', '--shapes', shapes, '--format', 'json'])
        .stdout,
    )[0]!;
    expect(both.profile).toBe('toestemming + eigen.ttl');
    const key = (r: JsonReport['results'][number]) => JSON.stringify(r);
    expect(both.results.map(key).sort()).toEqual([...profileOnly.results, ...ownOnly.results].map(key).sort());
  });

  it('a shapes file that cannot be read is exit 2, named, with line and column', () => {
    const dir = tempDir();
    const missing = profielkit(['validate', fixture('contactvoorkeur.ttl'), '--shapes', join(dir, 'weg.ttl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`${join(dir, 'weg.ttl')}: kan niet gelezen worden: het bestand bestaat niet\n`);
    const en = profielkit([
      'validate',
      fixture('contactvoorkeur.ttl'),
      '--shapes',
      join(dir, 'weg.ttl'),
      '--lang',
      'en',
    ]);
    expect(en.stderr).toBe(`${join(dir, 'weg.ttl')}: cannot read: no such file\n`);
    writeFileSync(join(dir, 'kapot.ttl'), '@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> sh:path ;\n');
    const broken = profielkit(['validate', fixture('contactvoorkeur.ttl'), '--shapes', join(dir, 'kapot.ttl')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(new RegExp(`^${join(dir, 'kapot.ttl')}:2:\\d+: turtle: `));
    expect(broken.stderr).not.toMatch(STACK);
  });
});

describe('profielkit validate: reports to share', () => {
  it(
    '--format csv: a row per finding, for Excel with Dutch settings; ' + '--format html: one file that loads nothing',
    () => {
      const csv = profielkit(['validate', fixture('voorzieninggebruik-broken.json'), '--format', 'csv', '-q']);
      expect(csv.status).toBe(1);
      expect(
        csv.stdout.startsWith(
          '\uFEFF"record";"veld";"probleem";"gevonden waarde";"ernst";"plaats in ' +
            'het bestand";"regel van het profiel";"profiel";"technisch detail"\r\n',
        ),
      ).toBe(true);
      expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(5);
      expect(csv.stdout).toContain('"record 2 (223e4567-e89b-12d3-a456-426614174000)";"bbnScore";');
      const html = profielkit(['validate', fixture('broken.ttl'), '--format', 'html', '--lang', 'en', '-q']);
      expect(html.status).toBe(1);
      expect(html.stdout).toMatch(/^<!doctype html>/u);
      expect(html.stdout).not.toMatch(/<script|<link|src=/iu);
      expect(html.stdout).toContain('broken.ttl');
      expect(html.stdout).toContain('line 6');
    },
  );

  it('--details: the findings per rule in the text report (default 5; 0 the overview only; all)', () => {
    const file = join(tempDir(), 'many.ttl');
    const records = Array.from(
      { length: 12 },
      (_, i) => `<https://example.org/c/${i}> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .`,
    );
    writeFileSync(file, `${records.join('\n')}\n`);
    const byDefault = profielkit(['validate', file, '-q']).stdout;
    expect(byDefault).toContain('… en nog 7 records met deze fout');
    expect(byDefault).toMatch(/^ {4}12 records {2}fout/mu);
    const all = profielkit(['validate', file, '-q', '--details', 'all']).stdout;
    expect(all).not.toContain('en nog');
    expect(all).toContain('https://example.org/c/11 · ');
    const none = profielkit(['validate', file, '-q', '--details', '0']).stdout;
    expect(none).not.toContain('https://example.org/c/0');
    // one a rule: "de eerste per regel", not "de eerste 1"
    expect(profielkit(['validate', file, '-q', '--details', '1']).stdout).toContain(
      'Bevindingen (de eerste per regel;',
    );
    expect(profielkit(['validate', file, '-q', '--details', '1', '--lang', 'en']).stdout).toContain(
      'Findings (the first of each rule;',
    );
    expect(profielkit(['validate', file, '--details', 'veel']).status).toBe(2);
  });
});
