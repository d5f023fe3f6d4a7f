/**
 * profielkit/report: validation reports for people and for machines. The steward's report (findings in
 * plain words, an overview by rule, CSV and HTML), its words in Dutch and English, the lines and code
 * frames of wrong values, and the JSON report of the command's `--format json` and the page's download.
 *
 * @packageDocumentation
 */
export {
  stewardReport,
  reportCsv,
  reportHtml,
  recordLines,
  failureWords,
  codeFrame,
  otherKindOf,
  otherKindMessage,
  REPORT_WORDS,
  severityCount,
  type FailureWords,
  type OtherKind,
  type Finding,
  type ReportInput,
  type ReportOutcome,
  type ReportSyntax,
  type ReportVerdict,
  type RuleGroup,
  type StewardReport,
  type ReportWords,
} from './core/report/index.js';
export { jsonReport, nothingChecked, type JsonReportOutcome } from './core/validate/json-report.js';
