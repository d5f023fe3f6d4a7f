/**
 * The steward's report: the validation's results as findings a person can act on, one per wrong value
 * (the rules it breaks listed in it), each with its record, field, what was found, the fix in the
 * input's own syntax, and where it is in the file; and the overview, the findings grouped by rule with
 * how many records each affects, most frequent first. The command's text, CSV and HTML reports and the
 * validator page are all built from this one model.
 */
import type { JsonReportOutcome } from '../validate/json-report.js';
import type { Lang, ResultCounts, Severity, ValidationResult } from '../validate/types.js';
import { JSON_CONSTRAINT } from '../validate/types.js';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { foundSuffix } from '../shapes/messages.js';
import { mainLine, type FindingLines } from './main-line.js';
import { REPORT_WORDS, type ReportWords } from './words.js';

/** The syntaxes a report speaks of: the fix of a finding is written in the input's own. */
export type ReportSyntax = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld' | 'json' | 'ndjson';

/** One profile's outcome, as the command and the page have it. */
export interface ReportOutcome extends JsonReportOutcome {
  readonly counts: ResultCounts;
}

/** What a report is made of. */
export interface ReportInput {
  /** the input's name, as the steward knows it */
  readonly file: string;
  readonly syntax: ReportSyntax;
  readonly outcomes: readonly ReportOutcome[];
  readonly lang: Lang;
  /** profielkit's version, printed on the report */
  readonly version: string;
  /** when the check was made (default: now) */
  readonly date?: Date;
  /** the line of each record (its IRI or `_:label`) in the file, where the reader knew it */
  readonly lines?: ReadonlyMap<string, number>;
  /**
   * the declarations of the profiles validated against (`[profile.declaration]`; more may be given): a
   * finding of a profile's rule gets its main line built from its declaration (the field, the record's
   * kind, what was found, the fix); a result of a shape of one's own speaks through its message
   */
  readonly declarations: readonly ProfileDeclaration[];
}

/** One wrong value, or one missing one, of one record. */
export interface Finding {
  readonly profile: string;
  /** the record as a person finds it: its IRI, or the JSON record's number and id; never a blank node label */
  readonly record: string;
  /** the node the finding is about (IRI or `_:label`), for search and grouping */
  readonly node: string;
  /** the field, as the standard documents it (`bbnScore`, `gegevenOp`) */
  readonly field: string;
  /** the main line: what is wrong and how to fix it, in the input's own syntax */
  readonly problem: string;
  /** the value found, `''` when a value is missing */
  readonly value: string;
  readonly severity: Severity;
  /** where in the file: `regel 12`, `record 2, [1].bbnScore` */
  readonly where: string;
  /** the rule's key in the overview */
  readonly rule: string;
  /** the secondary line: the constraint components, the property's IRI, patterns */
  readonly detail: string;
  /** the line of the record in the file, where known */
  readonly line?: number;
}

/** The findings of one rule, and how many records they concern. */
export interface RuleGroup {
  readonly rule: string;
  readonly profile: string;
  /** the rule in words */
  readonly title: string;
  readonly severity: Severity;
  /** how many records break the rule */
  readonly records: number;
  readonly findings: readonly Finding[];
}

/** The verdict on one profile. */
export interface ReportVerdict {
  readonly profile: string;
  readonly state: 'conforms' | 'fails' | 'nothing';
  /** in words: `voldoet niet aan toestemming` */
  readonly text: string;
  readonly counts: ResultCounts;
  /** results counted but not kept (a cap on kept results) */
  readonly notShown: number;
}

/** The steward's report of one input. */
export interface StewardReport {
  readonly file: string;
  readonly syntax: ReportSyntax;
  readonly lang: Lang;
  readonly version: string;
  readonly date: Date;
  readonly state: 'conforms' | 'fails' | 'nothing';
  readonly verdicts: readonly ReportVerdict[];
  /** the rules broken, the most records first */
  readonly groups: readonly RuleGroup[];
  /** every finding, in the order of the groups */
  readonly findings: readonly Finding[];
  /** how many records have a finding */
  readonly records: number;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { Violation: 0, Warning: 1, Info: 2 };

/** The local name of an IRI: after its last `#`, `/` or `:`. */
function localName(iri: string): string {
  return iri.replace(/^.*[#/:]/u, '') || iri;
}

/**
 * A JSON path of one of several files (`page-2.json: results[0].status`, as `fromJson`'s `source` writes
 * it): the file, and the path in it. A path of its own never has `: ` before its first bracket.
 */
function inFile(jsonPath: string): { file: string | undefined; path: string } {
  const at = jsonPath.indexOf(': ');
  if (at <= 0 || jsonPath.slice(0, at).includes('[')) return { file: undefined, path: jsonPath };
  return { file: jsonPath.slice(0, at), path: jsonPath.slice(at + 2) };
}

/** `[1].bbnScore` -> record 2; `results[3].x` -> record 4; `` -> undefined. */
function recordNumber(jsonPath: string): number | undefined {
  const m = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)?\[(\d+)\]/u.exec(inFile(jsonPath).path);
  return m ? Number(m[1]) + 1 : undefined;
}

/** The field part of a JSON path: `[1].bivClassificatie.beschikbaarheid` -> `bivClassificatie.beschikbaarheid`. */
function jsonField(jsonPath: string): string {
  return inFile(jsonPath)
    .path.replace(/^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)?\[\d+\]\.?/u, '')
    .replace(/^\./u, '');
}

/** The local name of a constraint component: `MinCount`. */
function componentName(constraint: string): string {
  return localName(constraint).replace(/ConstraintComponent$/u, '');
}

/** The declaration whose shapes gave a result (its shapes' IRIs start with the declaration's base). */
function declarationOf(
  r: ValidationResult,
  declarations: readonly ProfileDeclaration[],
): ProfileDeclaration | undefined {
  if (r.origin === undefined) return undefined;
  return declarations.find((d) => r.sourceShape.startsWith(d.shapesBase));
}

/**
 * The lines of a finding: built from the declaration for a profile's own rule; a shape of one's own
 * speaks through its `sh:message` (or the component's text), its path and components on the detail line.
 */
function linesOf(
  r: ValidationResult,
  constraints: ReadonlySet<string>,
  messages: readonly string[],
  input: ReportInput,
): FindingLines {
  const declaration = declarationOf(r, input.declarations);
  const built =
    declaration && r.origin
      ? mainLine({ declaration, origin: r.origin, constraints, syntax: input.syntax, lang: input.lang })
      : undefined;
  const components = [...constraints].map((c) => `sh:${c}`);
  if (built) return { ...built, detail: [...built.detail, ...components] };
  const json = r.constraint.startsWith('https://w3id.org/profielkit/json#');
  return {
    main: [...new Set(messages)].join('; '),
    detail: json ? [] : [...(r.path === undefined ? [] : [`<${r.path}>`]), ...components],
  };
}

/** The rule's title: the message without what differs per record (the count found: `, gevonden: 2`). */
function ruleTitle(r: ValidationResult): string {
  if (r.found === undefined) return r.message;
  // the results may be in another language than the report
  for (const lang of ['nl', 'en'] as const) {
    const counted = foundSuffix(lang, r.found);
    if (r.message.endsWith(counted)) return r.message.slice(0, -counted.length);
  }
  return r.message;
}

/** The record as a person finds it. */
function recordOf(r: ValidationResult, line: number | undefined, words: ReportWords): string {
  if (r.jsonPath !== undefined) {
    const n = recordNumber(r.jsonPath);
    const id = r.focusNode === '' || r.focusNode.startsWith('_:') ? '' : ` (${localName(r.focusNode)})`;
    // of several files (pages of one list), the record's file first: record 1 is there in each
    const { file } = inFile(r.jsonPath);
    const record = n === undefined ? words.payload : `${words.record} ${n}${id}`;
    return file === undefined ? record : `${file}: ${record}`;
  }
  if (r.focusNode.startsWith('_:'))
    return line === undefined ? words.unnamed : `${words.unnamed} (${words.line(line)})`;
  return r.focusNode;
}

/** The verdict on one outcome; `counts` are of findings (one wrong value is one), plus the results not kept. */
function verdictOf(o: ReportOutcome, words: ReportWords, found: ResultCounts): ReportVerdict {
  const notShown = o.totalResults - o.results.length;
  const kept: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };
  for (const r of o.results) kept[r.severity]++;
  const counts = {
    Violation: found.Violation + o.counts.Violation - kept.Violation,
    Warning: found.Warning + o.counts.Warning - kept.Warning,
    Info: found.Info + o.counts.Info - kept.Info,
  };
  o = { ...o, counts };
  const nothing = o.nothingChecked ?? (o.nodesChecked === 0 && o.totalResults === 0);
  if (o.counts.Violation > 0)
    return { profile: o.profile, state: 'fails', text: words.fails(o.profile), counts: o.counts, notShown };
  if (nothing)
    return { profile: o.profile, state: 'nothing', text: words.nothing(o.profile), counts: o.counts, notShown };
  return {
    profile: o.profile,
    state: o.conforms ? 'conforms' : 'fails',
    text: o.conforms ? words.conforms(o.profile) : words.fails(o.profile),
    counts: o.counts,
    notShown,
  };
}

/**
 * The report of one input: the results made findings (one per wrong value: the results of one record,
 * field and value are one finding, its rules listed in its detail), grouped by rule, the rules that
 * concern the most records first.
 */
export function stewardReport(input: ReportInput): StewardReport {
  const words = REPORT_WORDS[input.lang];
  const findings = new Map<
    string,
    { finding: Finding; result: ValidationResult; constraints: Set<string>; messages: string[] }
  >();
  const groups = new Map<
    string,
    { rule: string; profile: string; title: string; severity: Severity; nodes: Set<string>; findings: Finding[] }
  >();
  for (const o of input.outcomes) {
    for (const r of o.results) {
      const key = JSON.stringify([
        o.profile,
        r.focusNode,
        r.path ?? '',
        r.value ?? '',
        r.jsonPath ?? '',
        r.focusNode === '' ? r.message : '',
      ]);
      const known = findings.get(key);
      if (known) {
        // another rule the same value breaks: one finding, its rules listed
        known.constraints.add(componentName(r.constraint));
        if (!known.messages.includes(r.message)) known.messages.push(r.message);
        if (SEVERITY_RANK[r.severity] < SEVERITY_RANK[known.finding.severity])
          known.finding = { ...known.finding, severity: r.severity };
        continue;
      }
      const line = input.lines?.get(r.focusNode);
      const declaration = declarationOf(r, input.declarations);
      const term = r.origin && declaration?.classes[r.origin.className]?.properties[r.origin.property]?.term;
      const field =
        r.jsonPath !== undefined
          ? jsonField(r.jsonPath) || (r.origin?.property ?? '')
          : ((input.syntax === 'jsonld' ? term : undefined) ??
            r.origin?.property ??
            (r.path === undefined ? '' : localName(r.path)));
      // a rule is its shape (a count's, missing or too many); a JSON problem's, its constraint and field
      // (every unknown field is one rule)
      const own = r.constraint === JSON_CONSTRAINT.unknownField ? '' : (r.path ?? field);
      const count = r.origin?.rule === 'aantal' ? ` ${componentName(r.constraint)}` : '';
      const ruleKey = `${o.profile} ${r.sourceShape !== '' ? `${r.sourceShape}${count}` : `${r.constraint} ${own}`}`;
      const where =
        r.jsonPath !== undefined
          ? r.jsonPath === ''
            ? words.payload
            : r.jsonPath
          : line === undefined
            ? ''
            : words.line(line);
      const finding: Finding = {
        profile: o.profile,
        record: recordOf(r, line, words),
        node: r.focusNode,
        field,
        problem: r.message,
        value: r.value ?? '',
        severity: r.severity,
        where,
        rule: ruleKey,
        detail: '',
        ...(line === undefined ? {} : { line }),
      };
      const constraints = new Set([componentName(r.constraint)]);
      findings.set(key, { finding, result: r, constraints, messages: [r.message] });
      let group = groups.get(ruleKey);
      if (!group) {
        const title = r.origin ? linesOf(r, constraints, [r.message], input).main : ruleTitle(r);
        group = {
          rule: ruleKey,
          profile: o.profile,
          title: r.constraint === JSON_CONSTRAINT.unknownField ? words.unknownField : title,
          severity: r.severity,
          nodes: new Set(),
          findings: [],
        };
        groups.set(ruleKey, group);
      }
      if (SEVERITY_RANK[r.severity] < SEVERITY_RANK[group.severity]) group.severity = r.severity;
      group.nodes.add(
        r.focusNode === '' ? (r.jsonPath !== undefined ? String(recordNumber(r.jsonPath) ?? '') : '') : r.focusNode,
      );
      group.findings.push(finding);
    }
  }
  // the findings made final: plain main line, the rules and IRIs on the detail line
  const final = new Map<Finding, Finding>();
  for (const { finding, result, constraints, messages } of findings.values()) {
    const lines = linesOf(result, constraints, messages, input);
    final.set(finding, { ...finding, problem: lines.main, detail: [...new Set(lines.detail)].join(', ') });
  }
  const ordered = [...groups.values()]
    .map(
      (g): RuleGroup => ({
        rule: g.rule,
        profile: g.profile,
        title: g.title,
        severity: g.severity,
        records: g.nodes.size,
        findings: g.findings.map((f) => final.get(f) ?? f),
      }),
    )
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        b.records - a.records ||
        b.findings.length - a.findings.length,
    );
  const verdicts = input.outcomes.map((o) => {
    const found: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };
    for (const { finding } of findings.values()) if (finding.profile === o.profile) found[finding.severity]++;
    return verdictOf(o, words, found);
  });
  const state = verdicts.some((v) => v.state === 'fails')
    ? 'fails'
    : verdicts.some((v) => v.state === 'nothing') || verdicts.length === 0
      ? 'nothing'
      : 'conforms';
  const records = new Set(
    ordered.flatMap((g) => g.findings.map((f) => `${f.profile} ${f.node === '' ? f.record : f.node}`)),
  ).size;
  return {
    file: input.file,
    syntax: input.syntax,
    lang: input.lang,
    version: input.version,
    date: input.date ?? new Date(),
    state,
    verdicts,
    groups: ordered,
    findings: ordered.flatMap((g) => g.findings),
    records,
  };
}
