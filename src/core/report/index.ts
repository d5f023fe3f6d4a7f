/** The steward's report: findings, the overview by rule, and the CSV and HTML made of them. */
export {
  stewardReport,
  type Finding,
  type ReportInput,
  type ReportOutcome,
  type ReportSyntax,
  type ReportVerdict,
  type RuleGroup,
  type StewardReport,
} from './findings.js';
export { reportCsv } from './csv.js';
export { reportHtml } from './html.js';
export { recordLines } from './lines.js';
export { REPORT_WORDS, severityCount, when, type ReportWords } from './words.js';
export { codeFrame } from './code-frame.js';
export { otherKindMessage, otherKindOf, type OtherKind } from './input-kind.js';
export { failureWords, type FailureWords } from './failure-words.js';
