// The witnesses: SHACL engines other than profielkit's, run on the same shapes and data, their results
// read from the W3C validation report graph each one writes (so one reader serves every engine).
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { Validator as ShaclEngine } from 'shacl-engine';

const SH = 'http://www.w3.org/ns/shacl#';

/** One result as every engine can say it: what a data steward reads off a report. */
export interface Finding {
  readonly focusNode: string;
  readonly path: string | undefined;
  readonly constraint: string;
  /** a literal as its lexical form and datatype, an IRI as itself, a blank node as `_:` */
  readonly value: string | undefined;
  readonly severity: string;
  readonly sourceShape: string;
}

export type Engine = 'profielkit' | 'rdf-validate-shacl' | 'shacl-engine';

/** A term as a finding writes it (exported so that every reader of the specification writes it the same way). */
export function findingTerm(t: Term): string {
  return t.termType === 'BlankNode'
    ? '_:'
    : t.termType === 'Literal'
      ? `"${t.value}"^^${t.datatype.value}${t.language ? `@${t.language}` : ''}`
      : t.value;
}

/** The top-level results of a W3C SHACL validation report graph. */
export function findingsOfReport(report: DatasetCore): Finding[] {
  const one = (s: Term, p: string): Term | undefined =>
    [...report.match(s, DataFactory.namedNode(SH + p), null)][0]?.object;
  const reports = [
    ...report.match(
      null,
      DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      DataFactory.namedNode(`${SH}ValidationReport`),
    ),
  ].map((q) => q.subject);
  return reports.flatMap((r) =>
    [...report.match(r, DataFactory.namedNode(`${SH}result`), null)].map((q: Quad) => {
      const result = q.object;
      const value = one(result, 'value');
      const path = one(result, 'resultPath');
      const shape = one(result, 'sourceShape');
      return {
        focusNode: findingTerm(one(result, 'focusNode')!),
        path: path && path.termType === 'NamedNode' ? path.value : undefined,
        constraint: one(result, 'sourceConstraintComponent')?.value ?? '',
        value: value === undefined ? undefined : findingTerm(value),
        severity: one(result, 'resultSeverity')?.value.slice(SH.length) ?? '',
        sourceShape: shape?.termType === 'NamedNode' ? shape.value : '_:',
      };
    }),
  );
}

const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

/** What an engine other than profielkit finds (stock rdf-validate-shacl, without profielkit's replacements). */
export async function witness(
  engine: Exclude<Engine, 'profielkit'>,
  shapes: DatasetCore,
  data: DatasetCore,
): Promise<Finding[]> {
  if (engine === 'rdf-validate-shacl')
    return findingsOfReport((await new SHACLValidator(shapes).validate(data)).dataset);
  const report = await new ShaclEngine(shapes, { factory }).validate({ dataset: data });
  return findingsOfReport(report.dataset as DatasetCore);
}

/** A key that compares findings across engines. */
export function key(f: Finding): string {
  return JSON.stringify([f.focusNode, f.path, f.constraint, f.value, f.severity, f.sourceShape]);
}

/** Findings in one list and not in the other (as multisets). */
export function difference(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    return n === 0;
  });
}
