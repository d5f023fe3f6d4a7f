/**
 * The validation report for people: per input a verdict line, then the results grouped by the node
 * they concern, in Dutch or English. Colour only when standard output is a terminal (and NO_COLOR is unset).
 */
import type { Lang, ResultCounts, Severity, ValidationResult } from '../core/validate/validate.js';
import type { JsonReportOutcome } from '../core/validate/json-report.js';

/** One profile's outcome on an input: the JSON report's, with the counts by severity. */
export interface ProfileOutcome extends JsonReportOutcome {
  /** all results by severity, counting those --max-results left out */
  readonly counts: ResultCounts;
  /** named by hand and nothing checked: the verdict says so rather than that the input conforms */
  readonly nothingChecked: boolean;
}

const WORDS = {
  nl: {
    conforms: 'voldoet aan',
    nothing: (profile: string) => `niets gecontroleerd: geen knoop heeft een klasse van ${profile} (dus ook geen oordeel)`,
    fails: 'voldoet niet aan',
    Violation: ['schending', 'schendingen'],
    Warning: ['waarschuwing', 'waarschuwingen'],
    Info: ['melding', 'meldingen'],
    json: '(JSON-invoer)',
    at: 'bij',
    more: (n: number) => `… en nog ${n} (--max-results)`,
  },
  en: {
    conforms: 'conforms to',
    nothing: (profile: string) => `nothing checked: no node has a class of ${profile} (so no verdict either)`,
    fails: 'does not conform to',
    Violation: ['violation', 'violations'],
    Warning: ['warning', 'warnings'],
    Info: ['info', 'infos'],
    json: '(JSON input)',
    at: 'at',
    more: (n: number) => `… and ${n} more (--max-results)`,
  },
} as const;

const SEVERITIES: readonly Severity[] = ['Violation', 'Warning', 'Info'];

interface Style {
  severity(s: Severity, text: string): string;
  bold(text: string): string;
}

const plain: Style = { severity: (_s, t) => t, bold: (t) => t };
const ansi: Style = {
  severity: (s, t) => `\x1b[${s === 'Violation' ? 31 : s === 'Warning' ? 33 : 36}m${t}\x1b[0m`,
  bold: (t) => `\x1b[1m${t}\x1b[0m`,
};

/** Whether the text report may use colour. */
export function colourWanted(): boolean {
  return process.stdout.isTTY === true && !process.env['NO_COLOR'];
}

function summarize(counts: ResultCounts, lang: Lang): string {
  return SEVERITIES.map((s) => {
    const n = counts[s];
    const [one, many] = WORDS[lang][s];
    return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
  })
    .filter((x) => x !== '')
    .join(', ');
}

/** The text report of one input. */
export function formatText(file: string, outcomes: readonly ProfileOutcome[], lang: Lang, colour: boolean): string {
  const words = WORDS[lang];
  const style = colour ? ansi : plain;
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const summary = summarize(outcome.counts, lang);
    if (outcome.nothingChecked) {
      lines.push(`${style.bold(file)}: ${words.nothing(outcome.profile)}`);
      continue;
    }
    lines.push(`${style.bold(file)}: ${outcome.conforms ? words.conforms : words.fails} ${outcome.profile}${summary === '' ? '' : ` (${summary})`}`);
    const groups = new Map<string, ValidationResult[]>();
    for (const r of outcome.results) {
      const key = r.focusNode === '' ? words.json : r.focusNode;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const [node, results] of groups) {
      lines.push(`  ${node}`);
      const sorted = [...results].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      for (const r of sorted) {
        const label = words[r.severity][0];
        const at = r.jsonPath === undefined ? '' : ` (${words.at} ${r.jsonPath === '' ? '(payload)' : r.jsonPath})`;
        const value = r.value === undefined ? '' : `  [${r.value}]`;
        lines.push(`    ${style.severity(r.severity, label.padEnd(13))} ${r.message}${value}${at}`);
      }
    }
    if (outcome.totalResults > outcome.results.length) lines.push(`  ${words.more(outcome.totalResults - outcome.results.length)}`);
  }
  return `${lines.join('\n')}\n`;
}
