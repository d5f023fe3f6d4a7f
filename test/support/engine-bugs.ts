// The witnesses' known bugs, each with the clause of the specification it breaks (docs/engines.md
// lists the same). A difference between profielkit and a witness is accepted only when one of these
// explains it, and only where the specification's own reading (xsd-spec.ts) says profielkit is right.
import type { Engine, Finding } from './oracles.js';
import type { Deviation } from './shacl-spec.js';
import { membersShareAShape, shapeWithPropertiesMetTwice, type ShapeDef } from './shape-arbitrary.js';
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

const datatypeResult = (
  f: Finding,
  datatypes: readonly string[],
): { lexical: string; datatype: string } | undefined => {
  const literal = literalOf(f.value);
  return f.constraint === `${SH}DatatypeConstraintComponent` &&
    literal &&
    datatypes.includes(literal.datatype.slice(XSD.length))
    ? literal
    : undefined;
};

const COMPARISONS = [
  `${SH}LessThanOrEqualsConstraintComponent`,
  `${SH}MinInclusiveConstraintComponent`,
  `${SH}MaxInclusiveConstraintComponent`,
];

const illTyped = (l: { lexical: string; datatype: string } | undefined): boolean =>
  l !== undefined && specWellFormed(l.datatype, l.lexical) === false;

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
  return (
    COMPARISONS.includes(f.constraint) &&
    l !== undefined &&
    /#date(Time)?$/u.test(l.datatype) &&
    specWellFormed(l.datatype, l.lexical) === true
  );
};

// the components whose check validates a value node against another shape (SHACL 4.6, 4.7)
const SHAPE_BASED = ['Node', 'And', 'Or', 'Xone', 'Not', 'QualifiedMinCount', 'QualifiedMaxCount'].map(
  (c) => `${SH}${c}ConstraintComponent`,
);

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
    (['missing', 'extra'] as const).map((direction) => ({
      id:
        `${engine}: dates compared as JavaScript Dates ` +
        `(${direction === 'missing' ? 'a result missed' : 'a result too many'})`,
      engine,
      direction,
      explains: temporalComparison,
    })),
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
export function explain(
  engine: Exclude<Engine, 'profielkit'>,
  direction: 'missing' | 'extra',
  f: Finding,
): EngineBug | undefined {
  return ENGINE_BUGS.find((bug) => bug.engine === engine && bug.direction === direction && bug.explains(f));
}

/**
 * The witnesses' bugs on SHACL shapes of one's own (test/core/own-shapes-oracles.test.ts), each as
 * what the engine does instead (a `Deviation` that test/support/shacl-spec.ts runs, so that its effect
 * inside sh:not, sh:or, sh:node … is exact too), with the clause it breaks. A witness's findings
 * must be the specification's with its deviations, exactly. Where a bug cannot be run that way
 * (`exempts`), the shapes graphs where it may show are left out of that comparison, and a small case
 * shows the bug. Some entries name a bug of ENGINE_BUGS above, seen here again on other shapes.
 */
export interface ShapesEngineBug {
  readonly id: string;
  readonly engine: Exclude<Engine, 'profielkit'>;
  /** the clause of SHACL (2017 Recommendation), SPARQL 1.1 or XSD 1.1 that it breaks */
  readonly clause: string;
  readonly deviation?: Deviation;
  readonly exempts?: (shapes: readonly ShapeDef[]) => boolean;
}

const COMPARED =
  "SHACL 4.3 and 4.5.3/4.5.4 compare with SPARQL 1.1's operators (17.3): " +
  'strings by fn:compare, code point by code point; no operator between a date and a date-time, ' +
  'a language-tagged string and anything, or an ill-typed literal and anything';

export const SHAPES_ENGINE_BUGS: readonly ShapesEngineBug[] = [
  ...(['rdf-validate-shacl', 'shacl-engine'] as const).flatMap((engine): ShapesEngineBug[] => [
    {
      id: `${engine}: sh:languageIn by string prefix`,
      engine,
      // "nl" takes "nlx", "NL" does not take "nl", "nl-BE" does not take "nl-be" (as n3 and most parsers write
      // the tag), "*" takes nothing
      clause:
        'SHACL 4.4.4: the language tag matches a range by SPARQL langMatches ' +
        '(RFC 4647 3.3.1 basic filtering: case-insensitive, at subtag boundaries, "*" matches every tag)',
      deviation: 'languageIn by string prefix',
    },
    {
      id: `${engine}: string length in UTF-16 code units`,
      engine,
      clause:
        'SHACL 4.4.1/4.4.2: the length is SPARQL STRLEN, in characters (XPath fn:string-length): "😀" has length 1',
      deviation: 'lengths in UTF-16 code units',
    },
    {
      id: `${engine}: sh:pattern without the u flag`,
      engine,
      clause: 'SHACL 4.4.3: SPARQL REGEX (XPath fn:matches), where "." matches one character: "^.$" matches "😀"',
      deviation: 'pattern without the u flag',
    },
    {
      id: `${engine}: strings compared by localeCompare`,
      engine,
      clause: COMPARED,
      deviation: 'compared as rdf-literal values',
    },
    // the bugs of ENGINE_BUGS that the comparisons above are made of, seen again on generated shapes
    ...(engine === 'rdf-validate-shacl'
      ? [
          'rdf-validate-shacl: an ill-typed literal is compared',
          'rdf-validate-shacl: dates compared as JavaScript Dates (a result missed)',
        ]
      : [
          'shacl-engine: an ill-typed literal is compared',
          'shacl-engine: dates compared as JavaScript Dates (a result missed)',
        ]
    ).map((id) => ({ id, engine, clause: COMPARED, deviation: 'compared as rdf-literal values' as const })),
  ]),
  // sh:datatype as each witness checks it: the bugs of ENGINE_BUGS above, seen again on generated shapes
  ...[
    'rdf-validate-datatype: dates and times by shape only',
    'rdf-validate-datatype: xsd:string takes any character',
  ].map((id) => ({
    id,
    engine: 'rdf-validate-shacl' as const,
    clause: 'XSD 1.1 Part 2 (3.3.1, 3.3.7-3.3.9, D.3.1); SHACL 4.1.2 (an ill-typed literal is a result)',
    deviation: 'sh:datatype by rdf-validate-datatype' as const,
  })),
  ...[
    'shacl-engine (rdf-validation): days not checked against their month',
    'shacl-engine (rdf-validation): xsd:string takes C0 control characters',
    'shacl-engine (rdf-validation): a character outside the BMP is ill-typed in xsd:string',
  ].map((id) => ({
    id,
    engine: 'shacl-engine' as const,
    clause: 'XSD 1.1 Part 2 (3.3.1, D.3.1); SHACL 4.1.2',
    deviation: 'sh:datatype by rdf-validation' as const,
  })),
  {
    id: 'shacl-engine: sh:closed and sh:deactivated "1"^^xsd:boolean switch them on',
    engine: 'shacl-engine',
    // it reads the parameter's value (rdf-literal's fromRdf: "1" is true); the W3C suite's
    // uniqueLang-002 reads SHACL's "true" as the literal true alone, as rdf-validate-shacl does
    clause: 'SHACL 2.1.5 and 4.8.1 (the value true), W3C SHACL test suite core/property/uniqueLang-002',
    deviation: 'boolean parameters by value',
  },
  {
    id: 'rdf-validate-shacl: sh:and in a property shape validates its members on the focus node',
    engine: 'rdf-validate-shacl',
    // it validates the focus node against each member with the member's path replaced by the property
    // shape's, for every value node: one value that fails a member fails them all, and a member that is a
    // property shape is checked on the wrong path
    clause: 'SHACL 4.6.2: each value node conforms to every member shape, or that value node is a result',
    deviation: 'and in a property shape takes its path',
  },
  {
    id: 'rdf-validate-shacl: node-shape sh:equals misses the focus node',
    engine: 'rdf-validate-shacl',
    // a focus node whose property has values, none of them itself, gives only the results for those values
    clause:
      "SHACL 4.5.1: each value node (a node shape's is the focus node) " +
      'that is not a value of the property is a result, and each value of the property that is no value node',
    deviation: 'node equals, one result per other value',
  },
  {
    id: "shacl-engine: sh:pattern tests a blank node's label",
    engine: 'shacl-engine',
    clause: 'SHACL 4.4.3: a blank node value node is a result',
    deviation: 'pattern on a blank node label',
  },
  {
    id: 'shacl-engine: node-shape sh:equals gives at most one result',
    engine: 'shacl-engine',
    clause:
      'SHACL 4.5.1, as above: one result for the focus node when it is not among the values, ' +
      'and one for each value other than it',
    deviation: 'node equals, at most one result',
  },
  {
    id: 'shacl-engine: rdfs:subClassOf read from the shapes graph',
    engine: 'shacl-engine',
    clause:
      'SHACL 1.4 (SHACL instance and subclass: rdfs:subClassOf in the data graph), ' +
      '2.1.3.2 (sh:targetClass), 4.1.1 (sh:class)',
    deviation: 'subclasses in the shapes graph',
  },
  {
    id: 'shacl-engine: every sh:NodeShape is a class target',
    engine: 'shacl-engine',
    // and a shape that is an rdfs:Class but not typed sh:NodeShape targets nothing
    clause:
      'SHACL 2.1.3.3: a shape has an implicit class target only ' +
      'when it is a SHACL instance of rdfs:Class in the shapes graph',
    deviation: 'every node shape is a class',
  },
  {
    id: 'shacl-engine: sh:closed forgets deactivated property shapes',
    engine: 'shacl-engine',
    clause:
      'SHACL 4.8.1: the allowed predicates are the sh:path values of all property ' +
      'shapes declared via sh:property (a deactivated one is still declared)',
    deviation: 'closed forgets deactivated property shapes',
  },
  {
    id: 'shacl-engine: an empty data graph is not validated',
    engine: 'shacl-engine',
    clause:
      'SHACL 2.1.3.1: a value of sh:targetNode is a focus node whether ' +
      'the data graph holds it or not (sh:minCount 1 on it is a result)',
    deviation: 'empty data graph not validated',
  },
  {
    id: 'shacl-engine: a shape validated twice at once conforms',
    engine: 'shacl-engine',
    // sh:and and sh:xone validate their members concurrently; a shape already under way for the node replays
    // the results it has so far (none, before its first await): ( ex:S ex:S ex:T ) counts ex:S as conforming once
    clause: 'SHACL 4.6.2/4.6.4: whether a node conforms to a shape does not depend on where the shape is listed',
    exempts: membersShareAShape,
  },
  {
    id: "shacl-engine: a shape met again for a node loses its property shapes' results",
    engine: 'shacl-engine',
    // its cache keyed by shape and focus node replays the shape's own results only: a shape with sh:property
    // checked by sh:node and as a target of its own gives the property shapes' results once, or not at all
    clause:
      'SHACL 4.7.1/4.7.2 and 2.1.3: each focus node of each shape is validated, ' +
      "and conformance counts the property shapes' results",
    exempts: shapeWithPropertiesMetTwice,
  },
];

/** What `engine` does instead of the specification, as shacl-spec.ts runs it. */
export function deviationsOf(engine: Exclude<Engine, 'profielkit'>): Deviation[] {
  return [...new Set(SHAPES_ENGINE_BUGS.filter((b) => b.engine === engine && b.deviation).map((b) => b.deviation!))];
}

/** The bug of `engine` whose effect on these shapes the comparison cannot run, if any. */
export function exemptingBug(
  engine: Exclude<Engine, 'profielkit'>,
  shapes: readonly ShapeDef[],
): ShapesEngineBug | undefined {
  return SHAPES_ENGINE_BUGS.find((b) => b.engine === engine && b.exempts?.(shapes));
}
