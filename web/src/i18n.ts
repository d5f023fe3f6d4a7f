/** The page's words in Dutch and English; the report's follow the command's text report (src/cli/report-text.ts). */
import type { Lang, Severity } from 'profielkit';
import type { Phase } from './protocol.js';

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
  readonly check: string;
  readonly pasted: string;
  readonly idle: string;
  readonly loading: string;
  readonly phase: (phase: Phase, profile: string | undefined) => string;
  readonly conforms: string;
  readonly fails: string;
  readonly nothing: (profile: string) => string;
  readonly severity: Record<Severity, readonly [string, string]>;
  readonly nodesChecked: (n: number) => string;
  readonly chosen: (profiles: string, by: 'data' | 'selector') => string;
  readonly took: (ms: number) => string;
  readonly json: string;
  readonly at: string;
  readonly payload: string;
  readonly more: (n: number) => string;
  readonly show: string;
  readonly noResults: string;
  readonly allHidden: string;
  readonly downloads: string;
  readonly downloadShacl: string;
  readonly downloadJson: string;
  readonly downloadTurtle: string;
  readonly downloadJsonLd: string;
  readonly failed: string;
  readonly line: (line: number, column: number | undefined) => string;
  readonly profileAuto: string;
  readonly choose: (reason: 'none' | 'several') => string;
  readonly checkAs: (profile: string) => string;
  readonly empty: string;
}

const nl: Words = {
  title: 'profielkit: een export controleren',
  intro: 'Controleer een export tegen OSLO Toestemming, VNG VoorzieningGebruik of VNG Verwerkingenlogging: Turtle, N-Triples, N-Quads, TriG, JSON-LD, de JSON van de standaard of NDJSON.',
  privacy: 'Alles gebeurt in deze browser: het bestand wordt nergens heen gestuurd.',
  language: 'Taal',
  fileLabel: 'Bestand',
  drop: 'Kies een bestand of sleep het hierheen',
  pasteLabel: 'Of plak de data',
  formatLabel: 'Formaat',
  formatAuto: 'automatisch (extensie of inhoud)',
  profileLabel: 'Profiel',
  profileHint: 'Automatisch: uit de klassen (RDF, JSON-LD) of de velden (JSON) in de data.',
  check: 'Controleer',
  pasted: 'geplakte tekst',
  idle: 'Nog niets gecontroleerd.',
  loading: 'Bezig met laden…',
  phase: (phase, profile) =>
    ({ reading: 'inlezen', classes: 'klassen zoeken', validating: `valideren tegen ${profile ?? ''}`, converting: `JSON omzetten met ${profile ?? ''}` })[phase],
  conforms: 'voldoet aan',
  fails: 'voldoet niet aan',
  nothing: (profile) => `niets gecontroleerd: geen knoop heeft een klasse van ${profile} (dus ook geen oordeel)`,
  severity: { Violation: ['schending', 'schendingen'], Warning: ['waarschuwing', 'waarschuwingen'], Info: ['melding', 'meldingen'] },
  nodesChecked: (n) => `${n.toLocaleString('nl-BE')} ${n === 1 ? 'knoop' : 'knopen'} gecontroleerd`,
  chosen: (p, by) => `profiel ${p} (${by === 'data' ? 'herkend in de data' : 'gekozen in de keuzelijst'})`,
  took: (ms) => (ms < 1000 ? `in ${ms} ms` : `in ${(ms / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} s`),
  json: '(JSON-invoer)',
  at: 'bij',
  payload: '(payload)',
  more: (n) => `… en nog ${n.toLocaleString('nl-BE')} (niet getoond, wel geteld)`,
  show: 'Toon',
  noResults: 'Geen resultaten.',
  allHidden: 'Alle resultaten zijn verborgen door de filter.',
  downloads: 'Downloaden',
  downloadShacl: 'SHACL-rapport (Turtle)',
  downloadJson: 'JSON-rapport',
  downloadTurtle: 'Data als Turtle',
  downloadJsonLd: 'Data als JSON-LD',
  failed: 'kan niet gelezen worden',
  line: (l, c) => (c === undefined ? `regel ${l}` : `regel ${l}, kolom ${c}`),
  profileAuto: 'automatisch (uit de data)',
  choose: (reason) =>
    reason === 'none'
      ? 'de data zegt niet bij welk profiel ze hoort (geen klasse of velden van een profiel gevonden). Met welk profiel controleren?'
      : 'de velden passen bij meer dan één profiel. Met welk profiel controleren?',
  checkAs: (profile) => `Controleer als ${profile}`,
  empty: 'Kies een bestand of plak eerst data.',
};

const en: Words = {
  title: 'profielkit: check an export',
  intro: 'Check an export against OSLO Toestemming, VNG VoorzieningGebruik or VNG Verwerkingenlogging: Turtle, N-Triples, N-Quads, TriG, JSON-LD, the standard’s own JSON or NDJSON.',
  privacy: 'Everything happens in this browser: the file is not sent anywhere.',
  language: 'Language',
  fileLabel: 'File',
  drop: 'Choose a file or drop it here',
  pasteLabel: 'Or paste the data',
  formatLabel: 'Format',
  formatAuto: 'automatic (extension or content)',
  profileLabel: 'Profile',
  profileHint: 'Automatic: from the classes (RDF, JSON-LD) or the fields (JSON) in the data.',
  check: 'Check',
  pasted: 'pasted text',
  idle: 'Nothing checked yet.',
  loading: 'Loading…',
  phase: (phase, profile) =>
    ({ reading: 'reading', classes: 'finding classes', validating: `validating against ${profile ?? ''}`, converting: `converting JSON with ${profile ?? ''}` })[phase],
  conforms: 'conforms to',
  fails: 'does not conform to',
  nothing: (profile) => `nothing checked: no node has a class of ${profile} (so no verdict either)`,
  severity: { Violation: ['violation', 'violations'], Warning: ['warning', 'warnings'], Info: ['info', 'infos'] },
  nodesChecked: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'node' : 'nodes'} checked`,
  chosen: (p, by) => `profile ${p} (${by === 'data' ? 'recognised in the data' : 'chosen in the selector'})`,
  took: (ms) => (ms < 1000 ? `in ${ms} ms` : `in ${(ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} s`),
  json: '(JSON input)',
  at: 'at',
  payload: '(payload)',
  more: (n) => `… and ${n.toLocaleString('en-GB')} more (not shown, but counted)`,
  show: 'Show',
  noResults: 'No results.',
  allHidden: 'The filter hides every result.',
  downloads: 'Download',
  downloadShacl: 'SHACL report (Turtle)',
  downloadJson: 'JSON report',
  downloadTurtle: 'Data as Turtle',
  downloadJsonLd: 'Data as JSON-LD',
  failed: 'cannot be read',
  line: (l, c) => (c === undefined ? `line ${l}` : `line ${l}, column ${c}`),
  profileAuto: 'automatic (from the data)',
  choose: (reason) =>
    reason === 'none'
      ? 'the data does not say which profile it is of (no class or fields of a profile found). Check it against which profile?'
      : 'the fields fit more than one profile. Check it against which profile?',
  checkAs: (profile) => `Check as ${profile}`,
  empty: 'Choose a file or paste data first.',
};

export const WORDS: Record<Lang, Words> = { nl, en };

/** `4 schendingen`, `1 waarschuwing`. */
export function counted(words: Words, severity: Severity, n: number): string {
  const [one, many] = words.severity[severity];
  return `${n.toLocaleString(words === nl ? 'nl-BE' : 'en-GB')} ${n === 1 ? one : many}`;
}
