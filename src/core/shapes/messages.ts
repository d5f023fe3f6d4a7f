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
  duration: { nl: 'een duur (xsd:duration, bv. P10Y, P21D of PT36H; weken als dagen: P3W is P21D)', en: 'a duration (xsd:duration, e.g. P10Y, P21D or PT36H; weeks as days: P3W is P21D)' },
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
        if (range.in !== undefined) parts.push(l === 'nl' ? `een van ${range.in.join(', ')}` : `one of ${range.in.join(', ')}`);
        if (range.pattern !== undefined) parts.push(l === 'nl' ? `volgens het patroon ${range.pattern}` : `matching the pattern ${range.pattern}`);
        if (range.maxLength !== undefined) parts.push(l === 'nl' ? `van hoogstens ${range.maxLength} tekens` : `of at most ${range.maxLength} characters`);
        if (range.minInclusive !== undefined) parts.push(l === 'nl' ? `minstens ${range.minInclusive}` : `at least ${range.minInclusive}`);
        if (range.maxInclusive !== undefined) parts.push(l === 'nl' ? `hoogstens ${range.maxInclusive}` : `at most ${range.maxInclusive}`);
        return parts.length === 0 ? '' : `, ${parts.join(', ')}`;
      });
      return both((l) => `${subject} ${l === 'nl' ? 'moet' : 'must be'} ${LITERAL[range.datatype][l]}${l === 'nl' ? ' zijn' : ''}${facets[l]}`);
    }
    case 'object':
      return both((l) =>
        l === 'nl'
          ? `${subject} moet een genest object zijn: een ${classLabel?.nl ?? range.class} (een IRI of blank node), geen tekst`
          : `${subject} must be a nested object: a ${classLabel?.en ?? range.class} (an IRI or blank node), not a string`,
      );
    case 'reference':
      if (range.by === 'uuid') {
        return both((l) =>
          l === 'nl'
            ? `${subject} moet verwijzen naar een ${classLabel?.nl ?? range.class} via zijn UUID (een IRI die eindigt op een UUID)`
            : `${subject} must refer to a ${classLabel?.en ?? range.class} by its UUID (an IRI ending in a UUID)`,
        );
      }
      return both((l) =>
        l === 'nl'
          ? `${subject} moet verwijzen naar een ${classLabel?.nl ?? range.class} (een IRI of blank node), maar is tekst; schrijf in JSON-LD {"@id": "..."}`
          : `${subject} must refer to a ${classLabel?.en ?? range.class} (an IRI or blank node) but is a string; in JSON-LD write {"@id": "..."}`,
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
      ? `${subject} verwijst naar een knoop die in de data geen ${classLabel.nl} is (geen rdf:type ${classLabel.nl} of een subklasse ervan)`
      : `${subject} refers to a node that is no ${classLabel.en} in the data (no rdf:type ${classLabel.en} or a subclass of it)`,
  );
}

/** What a cardinality result found: "…, gevonden: 2" / "…, found 2". */
export function foundCount(message: string, lang: keyof Text, found: number): string {
  return lang === 'nl' ? `${message}, gevonden: ${found}` : `${message}, found ${found}`;
}

/** The warning for a concept outside the published list. */
export function codeListMessage(subject: string, listName: string): Text {
  return both((l) =>
    l === 'nl'
      ? `${subject}: de waarde staat niet in de gepubliceerde codelijst ${listName} (toegestaan als eigen codelijst, maar controleer ze)`
      : `${subject}: the value is not in the published code list ${listName} (allowed as a list of your own, but check it)`,
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
