// The witnesses' known bugs, each with the clause of the specification it breaks (docs/engines.md
// lists the same). A difference between profielkit and a witness is accepted only when one of these
// explains it, and only where the specification's own reading (xsd-spec.ts) says profielkit is right.
import type { Engine, Finding } from './oracles.js';
import { literalOf, specWellFormed } from './xsd-spec.js';

const SH = 'http://www.w3.org/ns/shacl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

export interface EngineBug {
  readonly id: string;
  readonly engine: Exclude<Engine, 'profielkit'>;
  /** `missing`: profielkit reports it and the witness does not; `extra`: the other way round */
  readonly direction: 'missing' | 'extra';
  readonly explains: (f: Finding) => boolean;
}

const datatypeResult = (f: Finding, datatypes: readonly string[]): { lexical: string; datatype: string } | undefined => {
  const literal = literalOf(f.value);
  return f.constraint === `${SH}DatatypeConstraintComponent` && literal && datatypes.includes(literal.datatype.slice(XSD.length)) ? literal : undefined;
};

const COMPARISONS = [`${SH}LessThanOrEqualsConstraintComponent`, `${SH}MinInclusiveConstraintComponent`, `${SH}MaxInclusiveConstraintComponent`];

const illTyped = (l: { lexical: string; datatype: string } | undefined): boolean => l !== undefined && specWellFormed(l.datatype, l.lexical) === false;

// "2024-02-30": the day does not exist in its month; shacl-engine's rdf-validation checks each part's range alone
const impossibleDay = (lexical: string): boolean => {
  const m = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/u.exec(lexical);
  return m !== null && specWellFormed(`${XSD}date`, m[0]) === false;
};

// rdf-literal turns "-0044-03-15"^^xsd:date, "2024-03-03-14:00"^^xsd:date into what JavaScript's Date
// makes of them (a wrong year, NaN), and a date without a time zone is compared with one with it as if
// both were UTC; XSD 1.1 Part 2 D.2.3 orders every year, applies the time zone, and leaves values
// within 14 hours of each other, one zoned and one not, incomparable. The order test asserts XSD's answer.
const temporalComparison = (f: Finding): boolean => {
  const l = literalOf(f.value);
  return COMPARISONS.includes(f.constraint) && l !== undefined && /#date(Time)?$/u.test(l.datatype) && specWellFormed(l.datatype, l.lexical) === true;
};

// the components whose check validates a value node against another shape (SHACL 4.6, 4.7)
const SHAPE_BASED = ['Node', 'And', 'Or', 'Xone', 'Not', 'QualifiedMinCount', 'QualifiedMaxCount'].map((c) => `${SH}${c}ConstraintComponent`);

export const ENGINE_BUGS: readonly EngineBug[] = [
  {
    id: 'rdf-validate-shacl: a node checked against a shape more than 50 times conforms',
    engine: 'rdf-validate-shacl',
    direction: 'missing',
    // its guard against recursive shapes (maxNodeChecks, 50) counts the checks of each (node, shape)
    // pair in the whole validation and then takes the node as conforming: the 51st record pointing
    // at a bad node through sh:node passes. SHACL 4.8.1: each value node that does not conform is a result
    explains: (f) => SHAPE_BASED.includes(f.constraint),
  },
  {
    id: 'shacl-engine: a value checked again against a shape with property shapes conforms',
    engine: 'shacl-engine',
    direction: 'missing',
    // within one focus node, the second check of a value against a shape that has sh:property (a
    // second property shape with sh:node ex:N, or sh:node ex:N beside sh:or ( ex:N )) finds it
    // conforming. SHACL 4.8.1 and 4.6.2: each check of a value node that does not conform is a result
    explains: (f) => SHAPE_BASED.includes(f.constraint),
  },
  ...(['rdf-validate-shacl', 'shacl-engine'] as const).flatMap((engine) =>
    (['missing', 'extra'] as const).map((direction) => ({ id: `${engine}: dates compared as JavaScript Dates (${direction === 'missing' ? 'a result missed' : 'a result too many'})`, engine, direction, explains: temporalComparison })),
  ),
  {
    id: 'rdf-validate-datatype: dates and times by shape only',
    engine: 'rdf-validate-shacl',
    direction: 'missing',
    // its xsd:date/dateTime take any two digits for month, day, hour, minute, second and time zone
    // (XSD 1.1 Part 2, 3.3.7-3.3.9 and D.3: months 1-12, days of their month, zones within ±14:00)
    explains: (f) => illTyped(datatypeResult(f, ['date', 'dateTime'])),
  },
  {
    id: 'rdf-validate-datatype: xsd:string takes any character',
    engine: 'rdf-validate-shacl',
    direction: 'missing',
    // XSD 1.1 Part 2, 3.3.1: the lexical space of string is XML's Char production (no C0 controls)
    explains: (f) => illTyped(datatypeResult(f, ['string', 'anyURI'])),
  },
  {
    id: 'rdf-validate-shacl: an ill-typed literal is compared',
    engine: 'rdf-validate-shacl',
    direction: 'missing',
    // SHACL 4.5.4 (sh:lessThanOrEquals) and 4.4 (sh:min/maxInclusive): a pair that cannot be
    // compared (SPARQL's operators fail on an ill-typed literal) is a result; rdf-validate-shacl
    // compares "2024-02-30" as 1 March and lets NaN pass
    explains: (f) => COMPARISONS.includes(f.constraint) && illTyped(literalOf(f.value)),
  },
  {
    id: 'shacl-engine: an ill-typed literal is compared',
    engine: 'shacl-engine',
    direction: 'missing',
    // SHACL 4.4 and 4.5.4, as above: "1.5"^^xsd:integer is no integer, and "2024-02-30" no date
    explains: (f) => COMPARISONS.includes(f.constraint) && illTyped(literalOf(f.value)),
  },
  {
    id: 'shacl-engine (rdf-validation): days not checked against their month',
    engine: 'shacl-engine',
    direction: 'missing',
    // XSD 1.1 Part 2, D.3.1 dayInMonth: "2024-02-30", "2023-02-29", "2024-04-31" do not exist
    explains: (f) => {
      const l = datatypeResult(f, ['date', 'dateTime']);
      return l !== undefined && illTyped(l) && impossibleDay(l.lexical);
    },
  },
  {
    id: 'shacl-engine (rdf-validation): xsd:string takes C0 control characters',
    engine: 'shacl-engine',
    direction: 'missing',
    // XSD 1.1 Part 2, 3.3.1: XML's Char production
    explains: (f) => illTyped(datatypeResult(f, ['string', 'anyURI'])),
  },
  {
    id: 'shacl-engine (rdf-validation): a character outside the BMP is ill-typed in xsd:string',
    engine: 'shacl-engine',
    direction: 'extra',
    // its pattern /^([^\ud8ff-\udfff\ufffe-\uffff]*)$/ has no u flag, so every surrogate pair fails;
    // XML's Char production includes [#x10000-#x10FFFF]
    explains: (f) => {
      const l = datatypeResult(f, ['string', 'anyURI']);
      return l !== undefined && specWellFormed(l.datatype, l.lexical) === true && /[\uD800-\uDFFF]/.test(l.lexical);
    },
  },
];

/** The bug of `engine` that explains a difference, if any. */
export function explain(engine: Exclude<Engine, 'profielkit'>, direction: 'missing' | 'extra', f: Finding): EngineBug | undefined {
  return ENGINE_BUGS.find((bug) => bug.engine === engine && bug.direction === direction && bug.explains(f));
}
