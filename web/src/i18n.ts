/**
 * The page's words in Dutch and English. The report's own words (verdicts, severities, findings) are
 * the library's (`REPORT_WORDS`), which the command's reports use too: one language, one vocabulary.
 */
import type { Lang, Severity } from 'profielkit';
import { REPORT_WORDS } from 'profielkit/report';
import type { Phase } from './protocol.js';

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
  trig: 'TriG',
  jsonld: 'JSON-LD',
  json: 'JSON',
  ndjson: 'NDJSON',
};

export interface Words {
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly language: string;
  readonly fileLabel: string;
  readonly drop: string;
  readonly pasteLabel: string;
  readonly formatLabel: string;
  readonly formatAuto: string;
  readonly profileLabel: string;
  readonly profileHint: string;
  readonly profileAuto: string;
  readonly check: string;
  readonly pasted: string;
  readonly idle: string;
  readonly loading: string;
  readonly checking: (name: string) => string;
  readonly phase: (phase: Phase, profile: string | undefined) => string;
  readonly severity: Readonly<Record<Severity, readonly [string, string]>>;
  readonly records: (n: number) => string;
  readonly recordsWithFindings: (n: number) => string;
  readonly chosen: (profiles: string, by: 'data' | 'selector') => string;
  readonly took: (ms: number) => string;
  readonly field: string;
  readonly found: string;
  readonly more: (n: number) => string;
  readonly show: string;
  readonly overview: string;
  readonly noResults: string;
  readonly allHidden: string;
  readonly noMatch: string;
  readonly matched: (n: number) => string;
  readonly showMore: (next: number, left: number) => string;
  readonly search: string;
  readonly searchHint: string;
  readonly downloads: string;
  readonly downloadCsv: string;
  readonly downloadHtml: string;
  readonly print: string;
  readonly downloadShacl: string;
  readonly downloadJson: string;
  readonly downloadTurtle: string;
  readonly downloadJsonLd: string;
  readonly failed: string;
  readonly line: (line: number, column: number | undefined) => string;
  readonly choose: (reason: 'none' | 'several') => string;
  readonly checkAs: (profile: string) => string;
  readonly reread: string;
  readonly chooseAgain: string;
  readonly workerStopped: string;
  readonly nothingYet: string;
  readonly empty: string;
  readonly reportHeading: string;
  readonly syntaxError: (format: string | undefined) => string;
  /** several files given, some of them no JSON (RDF is checked one file at a time, as the command does) */
  readonly pagesOnly: (files: readonly string[]) => string;
  /** a register's JSON: objects of other schemas, not checked (`organisatie (1)`) */
  readonly skippedObjects: (n: number, schemas: string) => string;
  /** a register's JSON: objects taken as records by their fields, their `@self.schema` no known slug */
  readonly recognisedObjects: (n: number, schemas: string) => string;
}

const nl: Words = {
  title: 'profielkit: een export controleren',
  intro:
    'Controleer een export tegen OSLO Toestemming, VNG VoorzieningGebruik, VNG Softwarecatalogus (gebruik/usage) ' +
    'of VNG Verwerkingenlogging: Turtle, N-Triples, N-Quads, TriG, JSON-LD, de JSON van de standaard of NDJSON.',
  privacy: 'Alles gebeurt in deze browser: het bestand wordt nergens heen gestuurd.',
  language: 'Taal',
  fileLabel: 'Bestand',
  drop:
    'Kies een bestand of sleep het hierheen; ' +
    "meerdere JSON-bestanden (de pagina's van één lijst) worden samen gecontroleerd",
  pasteLabel: 'Of plak de data',
  formatLabel: 'Formaat',
  formatAuto: 'automatisch (extensie of inhoud)',
  profileLabel: 'Profiel',
  profileHint: 'Automatisch: uit de klassen (RDF, JSON-LD) of de velden (JSON) in de data.',
  profileAuto: 'automatisch (uit de data)',
  check: 'Controleer',
  pasted: 'geplakte tekst',
  idle: 'Nog niets gecontroleerd.',
  loading: 'Bezig met laden…',
  checking: (name) => `${name} wordt gecontroleerd…`,
  phase: (phase, profile) =>
    ({
      reading: 'inlezen',
      validating: `controleren tegen ${profile ?? ''}`,
      converting: 'JSON omzetten',
      lines: 'regels van de records zoeken',
    })[phase],
  severity: REPORT_WORDS.nl.severity,
  records: (n) => REPORT_WORDS.nl.records(n),
  recordsWithFindings: (n) => `${REPORT_WORDS.nl.records(n)} met een bevinding`,
  chosen: (p, by) => `profiel ${p} (${by === 'data' ? 'herkend in de data' : 'gekozen in de keuzelijst'})`,
  took: (ms) =>
    ms < 1000 ? `in ${ms} ms` : `in ${(ms / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} s`,
  field: 'veld',
  found: 'gevonden',
  more: (n) => `nog ${n.toLocaleString('nl-BE')} resultaten geteld, niet getoond`,
  show: 'Toon',
  overview: 'Overzicht per regel (open een regel voor de records)',
  noResults: 'Geen bevindingen.',
  allHidden: 'De filter verbergt alle bevindingen.',
  noMatch: 'Geen record gevonden met deze zoekterm.',
  matched: (n) => `${n.toLocaleString('nl-BE')} ${n === 1 ? 'bevinding' : 'bevindingen'} bij de gezochte records`,
  showMore: (next, left) => `Toon ${next.toLocaleString('nl-BE')} meer (nog ${left.toLocaleString('nl-BE')})`,
  search: 'Zoek een record',
  searchHint: 'id, IRI of nummer van het record',
  downloads: 'Downloaden en delen',
  downloadCsv: 'Spreadsheet (CSV)',
  downloadHtml: 'Rapport (HTML)',
  print: 'Afdrukken',
  downloadShacl: 'SHACL-rapport (Turtle)',
  downloadJson: 'JSON-rapport',
  downloadTurtle: 'Data als Turtle',
  downloadJsonLd: 'Data als JSON-LD',
  failed: 'kan niet gelezen worden',
  line: (l, c) => (c === undefined ? `regel ${l}` : `regel ${l}, kolom ${c}`),
  choose: (reason) =>
    reason === 'none'
      ? 'de data zegt niet bij welk profiel ze hoort ' +
        '(geen klasse of velden van een profiel gevonden). Met welk profiel controleren?'
      : 'de velden passen bij meer dan één profiel. Met welk profiel controleren?',
  checkAs: (profile) => `Controleer als ${profile}`,
  reread:
    'het bestand is gewijzigd sinds het gekozen werd; de browser laat het pas opnieuw lezen als u het opnieuw kiest.',
  chooseAgain: 'Kies het bestand opnieuw',
  workerStopped: 'de controle is gestopt (te weinig geheugen?)',
  nothingYet: 'Er is nog niets gecontroleerd.',
  empty: 'Kies een bestand of plak eerst data.',
  reportHeading: 'Rapport',
  syntaxError: (f) =>
    `een fout in de schrijfwijze${f ? ` van ${FORMAT_NAMES[f] ?? f}` : ''}; ` +
    'de plaats staat hieronder, het teken waar het misgaat met ^ aangeduid',
  pagesOnly: (files) =>
    `meerdere bestanden worden samen gelezen als de pagina's van één JSON-lijst, maar ${files.join(', ')} ` +
    `${files.length === 1 ? 'is' : 'zijn'} geen JSON. Kies RDF-bestanden één voor één.`,
  skippedObjects: (n, schemas) =>
    `${n} ${n === 1 ? 'object' : 'objecten'} van andere schema's niet gecontroleerd: ${schemas}`,
  recognisedObjects: (n, schemas) =>
    `${n} ${n === 1 ? 'object' : 'objecten'} herkend aan ${n === 1 ? 'zijn' : 'hun'} velden, ` +
    `want ${n === 1 ? 'zijn' : 'hun'} @self.schema is geen schema dat het profiel kent: ${schemas}`,
};

const en: Words = {
  title: 'profielkit: check an export',
  intro:
    'Check an export against OSLO Toestemming, VNG VoorzieningGebruik, VNG Softwarecatalogus (gebruik/usage) ' +
    'or VNG Verwerkingenlogging: Turtle, N-Triples, N-Quads, TriG, JSON-LD, the standard’s own JSON or NDJSON.',
  privacy: 'Everything happens in this browser: the file is not sent anywhere.',
  language: 'Language',
  fileLabel: 'File',
  drop: 'Choose a file or drop it here; several JSON files (the pages of one list) are checked together',
  pasteLabel: 'Or paste the data',
  formatLabel: 'Format',
  formatAuto: 'automatic (extension or content)',
  profileLabel: 'Profile',
  profileHint: 'Automatic: from the classes (RDF, JSON-LD) or the fields (JSON) in the data.',
  profileAuto: 'automatic (from the data)',
  check: 'Check',
  pasted: 'pasted text',
  idle: 'Nothing checked yet.',
  loading: 'Loading…',
  checking: (name) => `checking ${name}…`,
  phase: (phase, profile) =>
    ({
      reading: 'reading',
      validating: `checking against ${profile ?? ''}`,
      converting: 'converting JSON',
      lines: 'finding the records’ lines',
    })[phase],
  severity: REPORT_WORDS.en.severity,
  records: (n) => REPORT_WORDS.en.records(n),
  recordsWithFindings: (n) => `${REPORT_WORDS.en.records(n)} with a finding`,
  chosen: (p, by) => `profile ${p} (${by === 'data' ? 'recognised in the data' : 'chosen in the selector'})`,
  took: (ms) =>
    ms < 1000 ? `in ${ms} ms` : `in ${(ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} s`,
  field: 'field',
  found: 'found',
  more: (n) => `${n.toLocaleString('en-GB')} more results counted, not shown`,
  show: 'Show',
  overview: 'Overview by rule (open a rule for its records)',
  noResults: 'No findings.',
  allHidden: 'The filter hides every finding.',
  noMatch: 'No record found for this search.',
  matched: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'finding' : 'findings'} of the records searched for`,
  showMore: (next, left) => `Show ${next.toLocaleString('en-GB')} more (${left.toLocaleString('en-GB')} left)`,
  search: 'Find a record',
  searchHint: 'the record’s id, IRI or number',
  downloads: 'Download and share',
  downloadCsv: 'Spreadsheet (CSV)',
  downloadHtml: 'Report (HTML)',
  print: 'Print',
  downloadShacl: 'SHACL report (Turtle)',
  downloadJson: 'JSON report',
  downloadTurtle: 'Data as Turtle',
  downloadJsonLd: 'Data as JSON-LD',
  failed: 'cannot be read',
  line: (l, c) => (c === undefined ? `line ${l}` : `line ${l}, column ${c}`),
  choose: (reason) =>
    reason === 'none'
      ? 'the data does not say which profile it is of ' +
        '(no class or fields of a profile found). Check it against which profile?'
      : 'the fields fit more than one profile. Check it against which profile?',
  checkAs: (profile) => `Check as ${profile}`,
  reread: 'the file has changed since it was chosen; the browser reads it again only once you choose it again.',
  chooseAgain: 'Choose the file again',
  workerStopped: 'the check stopped (out of memory?)',
  nothingYet: 'Nothing has been checked yet.',
  empty: 'Choose a file or paste data first.',
  reportHeading: 'Report',
  syntaxError: (f) =>
    `a syntax error${f ? ` in ${FORMAT_NAMES[f] ?? f}` : ''}; ` +
    'where it is shown below, the character where it goes wrong marked with ^',
  pagesOnly: (files) =>
    `several files are read together as the pages of one JSON list, but ${files.join(', ')} ` +
    `${files.length === 1 ? 'is' : 'are'} no JSON. Choose RDF files one at a time.`,
  skippedObjects: (n, schemas) => `${n} object${n === 1 ? '' : 's'} of other schemas not checked: ${schemas}`,
  recognisedObjects: (n, schemas) =>
    `${n} object${n === 1 ? '' : 's'} recognised by ${n === 1 ? 'its fields, its' : 'their fields, their'} ` +
    `@self.schema being no schema slug the profile knows: ${schemas}`,
};

export const WORDS: Record<Lang, Words> = { nl, en };

/** `4 fouten`, `1 waarschuwing`. */
export function counted(words: Words, severity: Severity, n: number): string {
  const [one, many] = words.severity[severity];
  return `${n.toLocaleString(words === nl ? 'nl-BE' : 'en-GB')} ${n === 1 ? one : many}`;
}
