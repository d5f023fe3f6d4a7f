/**
 * The Dutch and English texts of the generated shapes' `sh:message`s. One template per kind of rule,
 * so that every profile's messages read alike.
 */
import type { Cardinality, LiteralRange, Range, Text } from '../schema/declaration.js';

const CARDINALITY: Readonly<Record<Cardinality, Text>> = {
  '1': { nl: 'vereist precies één waarde', en: 'requires exactly one value' },
  '0..1': { nl: 'mag hoogstens één waarde hebben', en: 'allows at most one value' },
  '1..*': { nl: 'vereist minstens één waarde', en: 'requires at least one value' },
  '0..*': { nl: 'mag meerdere waarden hebben', en: 'allows several values' },
};

const LITERAL: Readonly<Record<LiteralRange['datatype'], Text>> = {
  string: { nl: 'een tekst (xsd:string)', en: 'a string (xsd:string)' },
  literal: { nl: 'een letterlijke waarde (literal, geen verwijzing)', en: 'a literal value (not a reference)' },
  date: { nl: 'een datum (xsd:date, bv. 2024-03-01)', en: 'a date (xsd:date, e.g. 2024-03-01)' },
  dateTime: { nl: 'een tijdstip (xsd:dateTime)', en: 'a date-time (xsd:dateTime)' },
  integer: { nl: 'een geheel getal (xsd:integer)', en: 'an integer (xsd:integer)' },
  boolean: { nl: 'true of false (xsd:boolean)', en: 'true or false (xsd:boolean)' },
  duration: {
    nl: 'een duur (xsd:duration, bv. P10Y, P21D of PT36H; weken als dagen: P3W is P21D)',
    en: 'a duration (xsd:duration, e.g. P10Y, P21D or PT36H; weeks as days: P3W is P21D)',
  },
  anyURI: { nl: 'een URI (xsd:anyURI)', en: 'a URI (xsd:anyURI)' },
};

function both(f: (lang: keyof Text) => string): Text {
  return { nl: f('nl'), en: f('en') };
}

/** "Toestemming.gegevenOp vereist precies één waarde" */
export function cardinalityMessage(subject: string, card: Cardinality): Text {
  return both((l) => `${subject} ${CARDINALITY[card][l]}`);
}

/** "Toestemming.gegevenOp moet een datum zijn (...)" */
export function valueMessage(subject: string, range: Range, classLabel?: Text): Text {
  switch (range.kind) {
    case 'literal': {
      const facets = both((l) => {
        const parts: string[] = [];
        if (range.in !== undefined)
          parts.push(l === 'nl' ? `een van ${range.in.join(', ')}` : `one of ${range.in.join(', ')}`);
        if (range.pattern !== undefined)
          parts.push(l === 'nl' ? `volgens het patroon ${range.pattern}` : `matching the pattern ${range.pattern}`);
        if (range.maxLength !== undefined)
          parts.push(
            l === 'nl' ? `van hoogstens ${range.maxLength} tekens` : `of at most ${range.maxLength} characters`,
          );
        if (range.minInclusive !== undefined)
          parts.push(l === 'nl' ? `minstens ${range.minInclusive}` : `at least ${range.minInclusive}`);
        if (range.maxInclusive !== undefined)
          parts.push(l === 'nl' ? `hoogstens ${range.maxInclusive}` : `at most ${range.maxInclusive}`);
        return parts.length === 0 ? '' : `, ${parts.join(', ')}`;
      });
      return both(
        (l) =>
          `${subject} ${l === 'nl' ? 'moet' : 'must be'} ${LITERAL[range.datatype][l]}` +
          `${l === 'nl' ? ' zijn' : ''}${facets[l]}`,
      );
    }
    case 'object':
      return both((l) =>
        l === 'nl'
          ? `${subject} moet een genest object zijn: een ${classLabel?.nl ?? range.class}` +
            ' (een IRI of blank node), geen tekst'
          : `${subject} must be a nested object: a ${classLabel?.en ?? range.class}` +
            ' (an IRI or blank node), not a string',
      );
    case 'reference':
      if (range.by === 'uuid' && range.slugBase !== undefined) {
        return both((l) =>
          l === 'nl'
            ? `${subject} moet verwijzen naar een ${classLabel?.nl ?? range.class} via zijn UUID of slug` +
              ` (een IRI die eindigt op een UUID, of ${range.slugBase} en een slug)`
            : `${subject} must refer to a ${classLabel?.en ?? range.class} by its UUID or slug` +
              ` (an IRI ending in a UUID, or ${range.slugBase} and a slug)`,
        );
      }
      if (range.by === 'uuid') {
        return both((l) =>
          l === 'nl'
            ? `${subject} moet verwijzen naar een ${classLabel?.nl ?? range.class} via zijn UUID` +
              ' (een IRI die eindigt op een UUID)'
            : `${subject} must refer to a ${classLabel?.en ?? range.class} by its UUID (an IRI ending in a UUID)`,
        );
      }
      return both((l) =>
        l === 'nl'
          ? `${subject} moet verwijzen naar een ${classLabel?.nl ?? range.class} (een IRI of blank node),` +
            ' maar is tekst; schrijf in JSON-LD {"@id": "..."}'
          : `${subject} must refer to a ${classLabel?.en ?? range.class} (an IRI or blank node)` +
            ' but is a string; in JSON-LD write {"@id": "..."}',
      );
    case 'concept':
      return both((l) =>
        l === 'nl'
          ? `${subject} moet een concept-IRI zijn (${range.name}), geen tekst; schrijf in JSON-LD {"@id": "..."}`
          : `${subject} must be a concept IRI (${range.name}), not a string; in JSON-LD write {"@id": "..."}`,
      );
  }
}

/** The class rule of a reference: the node it points at lacks the class. */
export function classMessage(subject: string, classLabel: Text): Text {
  return both((l) =>
    l === 'nl'
      ? `${subject} verwijst naar een knoop die in de data geen ${classLabel.nl} is` +
        ` (geen rdf:type ${classLabel.nl} of een subklasse ervan)`
      : `${subject} refers to a node that is no ${classLabel.en} in the data` +
        ` (no rdf:type ${classLabel.en} or a subclass of it)`,
  );
}

/** What a cardinality result found: "…, gevonden: 2" / "…, found 2". */
export function foundCount(message: string, lang: keyof Text, found: number): string {
  return `${message}${foundSuffix(lang, found)}`;
}

/** The words `foundCount` adds to a message: ", gevonden: 2" / ", found 2". */
export function foundSuffix(lang: keyof Text, found: number): string {
  return lang === 'nl' ? `, gevonden: ${found}` : `, found ${found}`;
}

/** The warning for a concept outside the published list. */
export function codeListMessage(subject: string, listName: string): Text {
  return both((l) =>
    l === 'nl'
      ? `${subject}: de waarde staat niet in de gepubliceerde codelijst ${listName}` +
        ' (toegestaan als eigen codelijst, maar controleer ze)'
      : `${subject}: the value is not in the published code list ${listName}` +
        ' (allowed as a list of your own, but check it)',
  );
}

/** A value outside a list the standard itself does not enforce (a warning): names the list. */
export function outsideListMessage(subject: string, values: readonly string[]): Text {
  const list = values.map((v) => `"${v}"`).join(', ');
  return both((l) =>
    l === 'nl'
      ? `${subject}: de waarde staat niet in de lijst ${list}` +
        ' (een eerdere installatie bewaarde ook andere waarden; controleer ze)'
      : `${subject}: the value is not in the list ${list} (earlier installs stored other values too; check it)`,
  );
}

/** The order rule: "VoorzieningGebruik.eindDatum mag niet vóór VoorzieningGebruik.startDatum liggen". */
export function orderMessage(subject: string, earlier: string): Text {
  return both((l) =>
    l === 'nl'
      ? `${subject} mag niet vóór ${earlier} liggen (en beide moeten geldige, vergelijkbare waarden zijn)`
      : `${subject} may not lie before ${earlier} (and both must be valid, comparable values)`,
  );
}

/** What each SHACL Core constraint asks, for a result of a shape of one's own without `sh:message`. */
const COMPONENT: Readonly<Record<string, Text>> = {
  Class: { nl: 'de waarde heeft niet de vereiste klasse', en: 'the value does not have the required class' },
  Datatype: {
    nl: 'de waarde heeft niet het vereiste datatype (of ligt niet in zijn lexicale ruimte)',
    en: 'the value does not have the required datatype (or is not in its lexical space)',
  },
  NodeKind: {
    nl: 'de waarde is niet van de vereiste soort (IRI, blanco knoop of literal)',
    en: 'the value is not of the required kind (IRI, blank node or literal)',
  },
  MinCount: { nl: 'te weinig waarden', en: 'too few values' },
  MaxCount: { nl: 'te veel waarden', en: 'too many values' },
  MinExclusive: { nl: 'de waarde is niet groter dan het minimum', en: 'the value is not greater than the minimum' },
  MinInclusive: { nl: 'de waarde is kleiner dan het minimum', en: 'the value is less than the minimum' },
  MaxExclusive: { nl: 'de waarde is niet kleiner dan het maximum', en: 'the value is not less than the maximum' },
  MaxInclusive: { nl: 'de waarde is groter dan het maximum', en: 'the value is greater than the maximum' },
  MinLength: { nl: 'de waarde is te kort', en: 'the value is too short' },
  MaxLength: { nl: 'de waarde is te lang', en: 'the value is too long' },
  Pattern: { nl: 'de waarde past niet in het patroon', en: 'the value does not match the pattern' },
  LanguageIn: { nl: 'de taal van de waarde is niet toegestaan', en: 'the language of the value is not allowed' },
  UniqueLang: { nl: 'meer dan één waarde in dezelfde taal', en: 'more than one value in the same language' },
  Equals: {
    nl: 'de waarden zijn niet gelijk aan die van de andere eigenschap',
    en: 'the values differ from those of the other property',
  },
  Disjoint: {
    nl: 'de waarde komt ook voor bij de andere eigenschap',
    en: 'the value is also a value of the other property',
  },
  LessThan: {
    nl: 'de waarde is niet kleiner dan die van de andere eigenschap',
    en: 'the value is not less than that of the other property',
  },
  LessThanOrEquals: {
    nl: 'de waarde is groter dan die van de andere eigenschap',
    en: 'the value is greater than that of the other property',
  },
  Not: {
    nl: 'de waarde voldoet aan een vorm waaraan ze niet mag voldoen',
    en: 'the value conforms to a shape it must not conform to',
  },
  And: { nl: 'de waarde voldoet niet aan alle vormen', en: 'the value does not conform to every shape' },
  Or: { nl: 'de waarde voldoet aan geen van de vormen', en: 'the value conforms to none of the shapes' },
  Xone: {
    nl: 'de waarde voldoet niet aan precies één van de vormen',
    en: 'the value does not conform to exactly one of the shapes',
  },
  Node: { nl: 'de waarde voldoet niet aan de vorm', en: 'the value does not conform to the shape' },
  QualifiedMinCount: { nl: 'te weinig waarden die aan de vorm voldoen', en: 'too few values conform to the shape' },
  QualifiedMaxCount: { nl: 'te veel waarden die aan de vorm voldoen', en: 'too many values conform to the shape' },
  Closed: { nl: 'eigenschap niet toegestaan in deze gesloten vorm', en: 'property not allowed by this closed shape' },
  HasValue: { nl: 'de vereiste waarde ontbreekt', en: 'the required value is missing' },
  In: {
    nl: 'de waarde staat niet in de lijst van toegestane waarden',
    en: 'the value is not in the list of allowed values',
  },
};

/** The default message of a result of a shape of one's own: "ex:naam: te weinig waarden". */
export function constraintMessage(component: string, path: string | undefined, lang: keyof Text): string {
  const local = component.replace(/^.*#/u, '').replace(/ConstraintComponent$/u, '');
  const text = COMPONENT[local]?.[lang] ?? local;
  return path === undefined ? text : `${path}: ${text}`;
}
