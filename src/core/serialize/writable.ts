/**
 * What an output syntax can write so that it reads back the same: the one set of rules both writers
 * (N3.Writer behind `toTurtle`, and the fast text writer) and JSON-LD output apply. N3.Writer writes
 * IRIs, language tags and blank node labels as they are; anything outside these rules would come out
 * as text another parser reads differently, or not at all.
 */
import { SerializeError } from '../errors.js';
import { blankLabel } from '../rdf/blank-label.js';

// without the u flag: these rules are about UTF-16 code units, and such a regex runs faster on every value
const IRI_REF = /^[^\u0000-\u0020<>"{}|^`\\]*$/;
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
export const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** Refuses an IRI with characters no syntax can write between `<` and `>`. */
export function checkIri(format: string, iri: string): void {
  if (!IRI_REF.test(iri))
    throw new SerializeError(
      format,
      iri,
      'this IRI holds characters an IRI may not (space, <, >, ", {, }, |, ^, `, \\)',
    );
}

/** Refuses a literal whose text UTF-8 cannot carry, or whose language tag is no tag. */
export function checkLiteral(format: string, value: string, language: string, datatype: string): void {
  if (LONE_SURROGATE.test(value))
    throw new SerializeError(format, value, 'this string holds a lone surrogate, which UTF-8 cannot carry');
  const tagged = language !== '' || datatype === LANG_STRING;
  if (tagged && !LANGUAGE_TAG.test(language)) throw new SerializeError(format, language, 'this is not a language tag');
}

/**
 * Blank node labels a syntax can write: the label itself, or one of profielkit's one scheme
 * (`blankLabel`), which no other node's label can be (labels carry no meaning).
 */
export class BlankLabels {
  label(value: string): string {
    return blankLabel(value);
  }
}

// IRIs recur on every record (predicates, types, datatypes, shared nodes): those found writable, bounded
const writableIris = new Set<string>();

/**
 * The checks of one output, in the order its terms come: IRIs (remembered once found writable), blank
 * node labels (relabelled where the syntax cannot write them, consistently within the output) and
 * literals. Every writer of profielkit checks its terms through one of these.
 */
export class TermCheck {
  private readonly blanks = new BlankLabels();
  constructor(readonly format: string) {}

  /** The IRI, once checked. */
  iri(iri: string): string {
    if (writableIris.has(iri)) return iri;
    checkIri(this.format, iri);
    if (writableIris.size > 10_000) writableIris.clear();
    writableIris.add(iri);
    return iri;
  }

  /** The label to write for a blank node labelled `label`. */
  blank(label: string): string {
    return this.blanks.label(label);
  }

  /** Checks a literal's parts (its datatype IRI too). */
  literal(value: string, language: string, datatype: string): void {
    checkLiteral(this.format, value, language, datatype);
    this.iri(datatype);
  }
}
