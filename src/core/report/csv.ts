/**
 * The findings as a spreadsheet: CSV that Excel opens as it should with Dutch (and Belgian) settings.
 * UTF-8 with a byte order mark (else Excel reads it as Windows-1252), `;` between fields (the list
 * separator where the decimal separator is a comma: a `,` file opens as one column there), CRLF line
 * ends, every field quoted. One row per finding.
 */
import type { StewardReport } from './findings.js';
import { REPORT_WORDS } from './words.js';

/** A field quoted for CSV; a leading `=`, `+`, `-` or `@` is kept as text, never run as a formula. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/gu, '""')}"`;
}

/** The CSV of a report: record, field, problem, value found, severity, where in the file, rule, profile, detail. */
export function reportCsv(report: StewardReport): string {
  const words = REPORT_WORDS[report.lang];
  const c = words.columns;
  const rows: string[][] = [[c.record, c.field, c.problem, c.value, c.severity, c.where, c.rule, c.profile, c.detail]];
  for (const group of report.groups) {
    for (const f of group.findings)
      rows.push([
        f.record,
        f.field,
        f.problem,
        f.value,
        words.severity[f.severity][0],
        f.where,
        group.title,
        f.profile,
        f.detail,
      ]);
  }
  return `\uFEFF${rows.map((r) => r.map(field).join(';')).join('\r\n')}\r\n`;
}
