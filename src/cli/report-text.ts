/**
 * The validation report for people: per input a verdict line, the overview by rule, then the findings
 * of each rule (the steward's report of core/report), in Dutch or English. Colour only when standard
 * output is a terminal (and NO_COLOR is unset).
 */
import type { ResultCounts, Severity } from '../core/validate/validate.js';
import type { StewardReport } from '../core/report/findings.js';
import { REPORT_WORDS, severityCount } from '../core/report/words.js';
import type { JsonReportOutcome } from '../core/validate/json-report.js';

/** One profile's outcome on an input: the JSON report's, with the counts by severity. */
export interface ProfileOutcome extends JsonReportOutcome {
  /** all results by severity, counting those --max-results left out */
  readonly counts: ResultCounts;
  /** named by hand and nothing checked: the verdict says so rather than that the input conforms */
  readonly nothingChecked: boolean;
}

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

/** The words the text report adds to the steward's report. */
const TEXT = {
  nl: {
    overview: 'Overzicht per regel (fouten eerst, dan de meeste records):',
    details: (n: number | 'all') =>
      n === 'all'
        ? 'Bevindingen:'
        : `Bevindingen (${n === 1 ? 'de eerste' : `de eerste ${n}`} per regel; alle met --details all):`,
    detail: 'detail',
    found: 'gevonden',
  },
  en: {
    overview: 'Overview by rule (errors first, then the most records):',
    details: (n: number | 'all') =>
      n === 'all'
        ? 'Findings:'
        : `Findings (${n === 1 ? 'the first' : `the first ${n}`} of each rule; all with --details all):`,
    detail: 'detail',
    found: 'found',
  },
} as const;

/**
 * The text report of one input: the verdict per profile with the counts, the overview (each rule
 * broken, with how many records), then the findings of each rule: the first `details` (all with
 * `'all'`, none with 0), so that an export with a fault in every record gives a page, not 12,000 lines.
 */
export function formatText(report: StewardReport, colour: boolean, details: number | 'all' = 5): string {
  const words = REPORT_WORDS[report.lang];
  const text = TEXT[report.lang];
  const style = colour ? ansi : plain;
  const lines: string[] = [];
  for (const v of report.verdicts) {
    const counts = SEVERITIES.filter((s) => v.counts[s] > 0).map((s) => severityCount(words, s, v.counts[s]));
    lines.push(
      `${style.bold(report.file)}: ${v.text}` +
        (counts.length === 0 || v.state === 'nothing' ? '' : ` (${counts.join(', ')})`),
    );
    if (v.notShown > 0) lines.push(`  ${words.notShown(v.notShown)} (--max-results)`);
  }
  if (report.groups.length === 0) return `${lines.join('\n')}\n`;
  lines.push(`  ${text.overview}`);
  const width = Math.max(...report.groups.map((g) => words.affected(g.records, g.findings.length).length));
  const several = report.verdicts.length > 1;
  for (const g of report.groups) {
    const label = words.severity[g.severity][0];
    lines.push(
      `    ${words.affected(g.records, g.findings.length).padEnd(width)}  ` +
        `${style.severity(g.severity, label.padEnd(12))} ${several ? `${g.profile}: ` : ''}${g.title}`,
    );
  }
  if (details === 0) return `${lines.join('\n')}\n`;
  lines.push(`  ${text.details(details)}`);
  for (const g of report.groups) {
    lines.push(
      `    ${style.severity(g.severity, words.severity[g.severity][0])}: ` +
        `${g.title} (${words.affected(g.records, g.findings.length)})`,
    );
    const shown = details === 'all' ? g.findings : g.findings.slice(0, details);
    for (const f of shown) {
      const value = f.value === '' ? '' : ` · ${text.found} ${JSON.stringify(f.value)}`;
      const where = f.where === '' ? '' : ` · ${f.where}`;
      lines.push(`      ${f.record}${f.field === '' ? '' : ` · ${f.field}`}${value}${where}`);
      if (f.problem !== g.title) lines.push(`        ${f.problem}`);
      if (f.detail !== '') lines.push(`        ${text.detail}: ${f.detail}`);
    }
    if (shown.length < g.findings.length) lines.push(`      ${words.moreInGroup(g.findings.length - shown.length)}`);
  }
  return `${lines.join('\n')}\n`;
}
