/**
 * A small, fast writer of Turtle and N-Triples text for records that come one by one (a record's
 * quads grouped by subject, as builders and `fromJson` make them). N3.Writer is the general writer;
 * this one exists for whole exports, where it is several times faster, and it writes to a stream as
 * it goes. It refuses, like `toTurtle`, every term a reader would read differently.
 */
import type { BaseQuad, Literal, Quad, Term } from '@rdfjs/types';
import { SerializeError } from '../errors.js';
import { BlankLabels, checkIri, checkLiteral, XSD_STRING } from './writable.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LOCAL_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/u;
// eslint-disable-next-line no-control-regex
const ESCAPE = /[\\"\u0000-\u001f\u007f]/gu;

function escapeChar(c: string): string {
  switch (c) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  }
}

export type TextFormat = 'turtle' | 'ntriples';

export class RdfTextWriter {
  private readonly prefixes: [string, string][];
  private readonly blanks = new BlankLabels();
  /** IRIs as written: predicates, types and shared nodes recur on every record */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly format: TextFormat,
    prefixes: Readonly<Record<string, string>> = {},
  ) {
    this.prefixes = format === 'turtle' ? Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length) : [];
  }

  /** The text that ends the document (none: every batch ends its statements). */
  end(): string {
    return '';
  }

  /** The text that starts the document (Turtle's prefix declarations). */
  header(): string {
    if (this.prefixes.length === 0) return '';
    return `${[...this.prefixes]
      .reverse()
      .map(([p, iri]) => `@prefix ${p}: <${iri}> .`)
      .join('\n')}\n\n`;
  }

  private iri(value: string, allowPrefix: boolean): string {
    const key = allowPrefix ? value : `<${value}`;
    const known = this.written.get(key);
    if (known !== undefined) return known;
    const text = this.renderIri(value, allowPrefix);
    // bounded: an export of a million distinct IRIs must not keep them all
    if (this.written.size > 50_000) this.written.clear();
    this.written.set(key, text);
    return text;
  }

  private renderIri(value: string, allowPrefix: boolean): string {
    checkIri(this.format, value);
    if (allowPrefix) {
      for (const [prefix, base] of this.prefixes) {
        if (value.startsWith(base) && LOCAL_NAME.test(value.slice(base.length)))
          return `${prefix}:${value.slice(base.length)}`;
      }
    }
    return `<${value}>`;
  }

  private literal(l: Literal): string {
    const datatype = l.datatype.value;
    checkLiteral(this.format, l.value, l.language, datatype);
    const text = `"${l.value.replace(ESCAPE, escapeChar)}"`;
    // a base direction (RDF 1.2: "x"@ar--rtl) is part of the literal: never dropped
    if (l.language !== '') return `${text}@${l.language}${l.direction ? `--${l.direction}` : ''}`;
    return datatype === XSD_STRING ? text : `${text}^^${this.iri(datatype, true)}`;
  }

  private term(t: Term): string {
    switch (t.termType) {
      case 'NamedNode':
        return this.iri(t.value, this.format === 'turtle');
      case 'BlankNode':
        return `_:${this.blanks.label(t.value)}`;
      case 'Literal':
        return this.literal(t);
      case 'Quad':
        // a triple term (RDF 1.2 N-Triples and Turtle): `<<( s p o )>>`, its terms written and checked as any
        return `<<( ${this.triple(t)} )>>`;
      default:
        throw new SerializeError(this.format, t.value, `a ${t.termType} cannot be written here`);
    }
  }

  /** A subject: RDF 1.2 has no triple term (nor literal) there, and a reader would refuse one. */
  private subject(t: Term): string {
    if (t.termType === 'NamedNode' || t.termType === 'BlankNode') return this.term(t);
    throw new SerializeError(this.format, t.value, `a ${t.termType} cannot be a subject`);
  }

  private predicate(t: Term): string {
    if (t.termType === 'NamedNode') return this.term(t);
    throw new SerializeError(this.format, t.value, `a ${t.termType} cannot be a predicate`);
  }

  /** A triple's three terms, as N-Triples writes them. */
  private triple(q: BaseQuad): string {
    return `${this.subject(q.subject)} ${this.predicate(q.predicate)} ${this.term(q.object)}`;
  }

  /**
   * The text of a batch of quads (their graphs are merged). Turtle groups runs of one subject, so quads
   * should come grouped by subject, as builders and `fromJson` make them; others are still written correctly.
   */
  write(quads: readonly Quad[]): string {
    let out = '';
    if (this.format === 'ntriples') {
      for (const q of quads) out += `${this.triple(q)} .\n`;
      return out;
    }
    let subject: string | undefined;
    let predicate: string | undefined;
    for (const q of quads) {
      const s = this.subject(q.subject);
      const isType = q.predicate.value === RDF_TYPE && q.predicate.termType === 'NamedNode';
      const p = isType ? 'a' : this.predicate(q.predicate);
      const o = this.term(q.object);
      if (s !== subject) {
        out += `${subject === undefined ? '' : ' .\n'}${s} ${p} ${o}`;
        subject = s;
        predicate = p;
      } else if (p !== predicate) {
        out += ` ;\n    ${p} ${o}`;
        predicate = p;
      } else out += `, ${o}`;
    }
    return subject === undefined ? out : `${out} .\n`;
  }
}
