/** The steward's report's words, in Dutch and English: one language a report. */
import type { Lang, Severity } from '../validate/types.js';

/** Every text of a report that is not a shape's message. */
export interface ReportWords {
  /** the verdict: `voldoet aan toestemming` */
  readonly conforms: (profile: string) => string;
  /** the verdict: `voldoet niet aan toestemming` */
  readonly fails: (profile: string) => string;
  /** the verdict when no record of the profile was found */
  readonly nothing: (profile: string) => string;
  /** a severity's name, one and many (`fout`, `fouten`) */
  readonly severity: Readonly<Record<Severity, readonly [string, string]>>;
  /** `record`, before a JSON record's number */
  readonly record: string;
  /** `3 records` */
  readonly records: (n: number) => string;
  /** a record without IRI (a blank node) */
  readonly unnamed: string;
  /** where a finding concerns the whole payload */
  readonly payload: string;
  /** `regel 12` */
  readonly line: (n: number) => string;
  /** the rule of the fields a profile does not know */
  readonly unknownField: string;
  /** the CSV's and the tables' headings */
  readonly columns: {
    readonly record: string;
    readonly field: string;
    readonly problem: string;
    readonly value: string;
    readonly severity: string;
    readonly where: string;
    readonly rule: string;
    readonly detail: string;
    readonly profile: string;
  };
  /** the printable report's title */
  readonly title: string;
  /** the printable report's labels */
  readonly file: string;
  readonly checkedOn: string;
  readonly version: string;
  readonly profile: string;
  readonly verdict: string;
  /** the headings of the overview and of the findings */
  readonly overview: string;
  readonly findings: string;
  /** `2 records (3 bevindingen)` */
  readonly affected: (records: number, findings: number) => string;
  /** when there is nothing to list */
  readonly noFindings: string;
  /** results counted but not kept */
  readonly notShown: (n: number) => string;
  /** findings of a rule left out of the text report */
  readonly moreInGroup: (n: number) => string;
  /** the locale numbers and dates are written in */
  readonly locale: string;
}

const nl: ReportWords = {
  conforms: (p) => `voldoet aan ${p}`,
  fails: (p) => `voldoet niet aan ${p}`,
  nothing: (p) => `niets gecontroleerd: geen record van ${p} gevonden (dus ook geen oordeel)`,
  severity: {
    Violation: ['fout', 'fouten'],
    Warning: ['waarschuwing', 'waarschuwingen'],
    Info: ['melding', 'meldingen'],
  },
  record: 'record',
  records: (n) => `${n.toLocaleString('nl-BE')} ${n === 1 ? 'record' : 'records'}`,
  unnamed: 'record zonder id',
  payload: '(het hele bestand)',
  line: (n) => `regel ${n.toLocaleString('nl-BE')}`,
  unknownField: 'veld dat het profiel niet kent (niet omgezet)',
  columns: {
    record: 'record',
    field: 'veld',
    problem: 'probleem',
    value: 'gevonden waarde',
    severity: 'ernst',
    where: 'plaats in het bestand',
    rule: 'regel van het profiel',
    detail: 'technisch detail',
    profile: 'profiel',
  },
  title: 'Controlerapport',
  file: 'Bestand',
  checkedOn: 'Gecontroleerd op',
  version: 'profielkit-versie',
  profile: 'Profiel',
  verdict: 'Oordeel',
  overview: 'Overzicht per regel',
  findings: 'Bevindingen',
  affected: (r, f) =>
    `${r.toLocaleString('nl-BE')} ${r === 1 ? 'record' : 'records'}` +
    (f === r ? '' : ` (${f.toLocaleString('nl-BE')} bevindingen)`),
  noFindings: 'Geen bevindingen.',
  notShown: (n) => `nog ${n.toLocaleString('nl-BE')} resultaten geteld, niet getoond`,
  moreInGroup: (n) => `… en nog ${n.toLocaleString('nl-BE')} records met deze fout`,
  locale: 'nl-BE',
};

const en: ReportWords = {
  conforms: (p) => `conforms to ${p}`,
  fails: (p) => `does not conform to ${p}`,
  nothing: (p) => `nothing checked: no record of ${p} found (so no verdict either)`,
  severity: { Violation: ['error', 'errors'], Warning: ['warning', 'warnings'], Info: ['note', 'notes'] },
  record: 'record',
  records: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'record' : 'records'}`,
  unnamed: 'record without id',
  payload: '(the whole file)',
  line: (n) => `line ${n.toLocaleString('en-GB')}`,
  unknownField: 'field the profile does not know (not converted)',
  columns: {
    record: 'record',
    field: 'field',
    problem: 'problem',
    value: 'value found',
    severity: 'severity',
    where: 'where in the file',
    rule: 'rule of the profile',
    detail: 'technical detail',
    profile: 'profile',
  },
  title: 'Validation report',
  file: 'File',
  checkedOn: 'Checked on',
  version: 'profielkit version',
  profile: 'Profile',
  verdict: 'Verdict',
  overview: 'Overview by rule',
  findings: 'Findings',
  affected: (r, f) =>
    `${r.toLocaleString('en-GB')} ${r === 1 ? 'record' : 'records'}` +
    (f === r ? '' : ` (${f.toLocaleString('en-GB')} findings)`),
  noFindings: 'No findings.',
  notShown: (n) => `${n.toLocaleString('en-GB')} more results counted, not shown`,
  moreInGroup: (n) => `… and ${n.toLocaleString('en-GB')} more records with this problem`,
  locale: 'en-GB',
};

/** The report's words by language. */
export const REPORT_WORDS: Readonly<Record<Lang, ReportWords>> = { nl, en };

/** `3 fouten`, `1 warning`. */
export function severityCount(words: ReportWords, severity: Severity, n: number): string {
  const [one, many] = words.severity[severity];
  return `${n.toLocaleString(words.locale)} ${n === 1 ? one : many}`;
}

/** A date and time as the steward reads it: `7 december 2026, 14:05`. */
export function when(words: ReportWords, date: Date): string {
  return date.toLocaleString(words.locale, { dateStyle: 'long', timeStyle: 'short' });
}
