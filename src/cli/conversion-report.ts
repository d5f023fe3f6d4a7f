/**
 * What a conversion of a standard's own JSON found, told on standard error: every problem with its
 * JSON path (`file: [1].status: …`), warnings marked as such (an evident encoding read for what it
 * holds, a field the profile does not know), and the objects of a register export that belong to
 * other schemas. What RDF -> JSON could not carry is told the same way.
 */
import type { Quad } from '@rdfjs/types';
import type { InputProblem } from '../core/record/walk.js';
import type { SkippedObjects } from '../core/json/openregister.js';
import type { NotCarried } from '../core/read/reader.js';

export interface ConversionFindings {
  readonly problems: readonly InputProblem[];
  readonly unknownFields: readonly string[];
  readonly skipped: readonly SkippedObjects[];
  /** OpenRegister objects taken as records by their fields */
  readonly recognised?: readonly SkippedObjects[];
}

/** The lines to write, and whether any problem breaks a rule (a violation: exit 1 under --lenient). */
export function conversionLines(file: string, findings: ConversionFindings): { lines: string[]; violations: number } {
  const lines: string[] = [];
  let violations = 0;
  // a page of several carries its file's name in its paths already
  const at = (path: string): string =>
    path === file || path.startsWith(`${file}: `) ? path : `${file}: ${path || '(payload)'}`;
  for (const p of findings.problems) {
    if (p.severity === 'Warning') lines.push(`${at(p.path)}: warning: ${p.message}`);
    else {
      violations++;
      lines.push(`${at(p.path)}: ${p.message}`);
    }
  }
  for (const field of findings.unknownFields) lines.push(`${at(field)}: warning: unknown field, not converted`);
  const skipped = findings.skipped.reduce((n, s) => n + s.count, 0);
  if (skipped > 0) {
    lines.push(
      `${file}: ${skipped} object${skipped === 1 ? '' : 's'} of other schemas not converted: ` +
        findings.skipped.map((s) => `${s.schema} (${s.count})`).join(', '),
    );
  }
  const recognised = (findings.recognised ?? []).reduce((n, s) => n + s.count, 0);
  if (recognised > 0) {
    const schemas = (findings.recognised ?? []).map((s) => `${s.schema} (${s.count})`).join(', ');
    const their = recognised === 1 ? 'its fields, its' : 'their fields, their';
    lines.push(
      `${file}: ${recognised} object${recognised === 1 ? '' : 's'} recognised by ${their} @self.schema ` +
        `being no schema slug the profile knows: ${schemas}`,
    );
  }
  return { lines, violations };
}

/** Counts what RDF -> JSON could not carry, node by node, in memory that does not grow with the nodes. */
export class NotCarriedTally {
  private readonly byPredicate = new Map<string, number>();
  private nodes = 0;
  private total = 0;

  add({ triples }: NotCarried): void {
    if (triples.length === 0) return;
    this.nodes++;
    for (const q of triples as readonly Quad[]) {
      this.byPredicate.set(q.predicate.value, (this.byPredicate.get(q.predicate.value) ?? 0) + 1);
      this.total++;
    }
  }

  /** The line that says how many triples the JSON could not carry, and their predicates; none when all were carried. */
  line(file: string): string | undefined {
    if (this.total === 0) return undefined;
    const predicates = [...this.byPredicate]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([p, n]) => `<${p}> (${n})`);
    return (
      `${file}: ${this.total} triple${this.total === 1 ? '' : 's'}` +
      ` of ${this.nodes} node${this.nodes === 1 ? '' : 's'} not carried into the JSON: ${predicates.join(', ')}`
    );
  }
}

/** The line that says how many triples the JSON could not carry, and their predicates; none when all were carried. */
export function notCarriedLine(file: string, notCarried: readonly NotCarried[]): string | undefined {
  const tally = new NotCarriedTally();
  for (const rest of notCarried) tally.add(rest);
  return tally.line(file);
}

/** Writes lines to standard error. */
export function tell(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}
