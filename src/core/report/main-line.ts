/**
 * The main line of a finding of a profile's own rule, built from the declaration: the field as the
 * standard documents it, the record's kind in words (its class's label), what it asks, and the fix
 * written in the input's own syntax. What a programmer needs (the property's IRI, the constraint
 * components, datatypes, patterns) goes to the detail line. The shapes' `sh:message`s are left as they
 * are: they are the W3C report's, and the builders' and readers' texts.
 */
import type {
  LiteralKind,
  LiteralRange,
  ProfileDeclaration,
  PropertyDeclaration,
  Text,
} from '../schema/declaration.js';
import type { ShapeOrigin } from '../shapes/generate.js';
import type { Lang } from '../validate/types.js';
import type { ReportSyntax } from './findings.js';

/**
 * A finding's two lines: the main one in plain words, the technical detail. The main line is the same
 * for every record that breaks the rule (it is the rule's title in the overview): what was found, the
 * record and where are beside it on every surface (the text report's and the page's finding line, the
 * CSV's and the HTML's columns), so the line says it once.
 */
export interface FindingLines {
  readonly main: string;
  readonly detail: readonly string[];
}

/** What a main line is built from. */
export interface MainLineInput {
  readonly declaration: ProfileDeclaration;
  readonly origin: ShapeOrigin;
  /** the constraint components the value breaks, by local name (`MinCount`, `Datatype`) */
  readonly constraints: ReadonlySet<string>;
  readonly syntax: ReportSyntax;
  readonly lang: Lang;
}

/** A datatype in words, and an example value the fix writes. */
const DATATYPE: Readonly<Record<LiteralKind, { readonly words: Text; readonly example: string }>> = {
  string: { words: { nl: 'een tekst', en: 'a text' }, example: '…' },
  literal: { words: { nl: 'een waarde (geen verwijzing)', en: 'a value (not a reference)' }, example: '…' },
  date: { words: { nl: 'een datum', en: 'a date' }, example: '2024-03-01' },
  dateTime: { words: { nl: 'een tijdstip', en: 'a date and time' }, example: '2024-03-01T09:30:00+01:00' },
  integer: { words: { nl: 'een geheel getal', en: 'a whole number' }, example: '1' },
  boolean: { words: { nl: 'true of false', en: 'true or false' }, example: 'true' },
  duration: {
    words: { nl: 'een duur (bv. P21D voor 21 dagen)', en: 'a duration (e.g. P21D for 21 days)' },
    example: 'P21D',
  },
  anyURI: { words: { nl: 'een webadres', en: 'a web address' }, example: 'https://…' },
};

/** Every other word of a main line. */
const WORDS = {
  nl: {
    missing: 'ontbreekt',
    add: 'voeg toe',
    tooMany: 'heeft meer dan één waarde; laat er één over',
    mustBe: (what: string) => `moet ${what} zijn`,
    oneOf: (values: string) => `een van ${values}`,
    form: 'in de vorm die de standaard vraagt',
    maxLength: (n: number) => `van hoogstens ${n} tekens`,
    atLeast: (n: number) => `minstens ${n}`,
    atMost: (n: number) => `hoogstens ${n}`,
    write: 'schrijf bv.',
    seeDetail: '(datatype en eigenschap: zie het detail)',
    refer: (target: string) => `moet verwijzen naar een ${target}, niet tekst zijn`,
    referByUuid: (target: string, slug: boolean) =>
      `moet verwijzen naar een ${target} via zijn UUID${slug ? ' of slug' : ''}`,
    uuidFix: (syntax: ReportSyntax) =>
      isJson(syntax) ? 'geef de UUID van het record' : 'schrijf een IRI die eindigt op de UUID van het record',
    nested: (target: string) => `moet een genest object zijn (een ${target}), geen tekst`,
    nestedFix: 'schrijf',
    concept: (list: string) => `moet een waarde uit de codelijst ${list} zijn, geen tekst`,
    referenceFix: (syntax: ReportSyntax) =>
      syntax === 'jsonld'
        ? 'schrijf {"@id": "..."} in plaats van tekst'
        : isJson(syntax)
          ? 'geef de id van het record waarnaar verwezen wordt'
          : 'schrijf de IRI tussen < en > in plaats van tussen aanhalingstekens',
    notClass: (target: string) =>
      `verwijst naar een record dat in dit bestand geen ${target} is; voeg dat record toe, met klasse ${target}, ` +
      'of verwijs naar een ander',
    outsideCodeList: (list: string) =>
      `de waarde staat niet in de gepubliceerde codelijst ${list}; toegestaan als eigen codelijst, maar controleer ze`,
    outsideList: (values: string) =>
      `de waarde staat niet in de lijst ${values}; eerdere installaties bewaarden ook andere waarden: controleer ze`,
    before: (earlier: string) => `ligt vóór ${earlier}; controleer beide`,
  },
  en: {
    missing: 'is missing',
    add: 'add',
    tooMany: 'has more than one value; keep one',
    mustBe: (what: string) => `must be ${what}`,
    oneOf: (values: string) => `one of ${values}`,
    form: 'in the form the standard asks',
    maxLength: (n: number) => `of at most ${n} characters`,
    atLeast: (n: number) => `at least ${n}`,
    atMost: (n: number) => `at most ${n}`,
    write: 'write e.g.',
    seeDetail: '(datatype and property: see the detail)',
    refer: (target: string) => `must refer to ${a(target)}, not be text`,
    referByUuid: (target: string, slug: boolean) => `must refer to ${a(target)} by its UUID${slug ? ' or slug' : ''}`,
    uuidFix: (syntax: ReportSyntax) =>
      isJson(syntax) ? "give the record's UUID" : "write an IRI that ends in the record's UUID",
    nested: (target: string) => `must be a nested object (${a(target)}), not text`,
    nestedFix: 'write',
    concept: (list: string) => `must be a value of the code list ${list}, not text`,
    referenceFix: (syntax: ReportSyntax) =>
      syntax === 'jsonld'
        ? 'write {"@id": "..."} instead of text'
        : isJson(syntax)
          ? 'give the id of the record referred to'
          : 'write the IRI between < and > instead of between quotes',
    notClass: (target: string) =>
      `refers to a record that is no ${target} in this file; add that record, of class ${target}, or refer to another`,
    outsideCodeList: (list: string) =>
      `the value is not in the published code list ${list}; allowed as a list of your own, but check it`,
    outsideList: (values: string) =>
      `the value is not in the list ${values}; earlier installs stored other values too: check it`,
    before: (earlier: string) => `lies before ${earlier}; check both`,
  },
} as const;

/** `a Consent`, `an Agent`. */
function a(noun: string): string {
  return `${/^[AEIOU]/iu.test(noun) ? 'an' : 'a'} ${noun}`;
}

function isJson(syntax: ReportSyntax): boolean {
  return syntax === 'json' || syntax === 'ndjson';
}

function isTurtle(syntax: ReportSyntax): boolean {
  return syntax === 'turtle' || syntax === 'trig';
}

/** A class's label as a name within a line: `Verwerkingsactie (beperkt)` -> `Verwerkingsactie, beperkt`. */
function className(label: string): string {
  return label.replace(/ \(([^)]*)\)$/u, ', $1');
}

/** The field as the input names it: the JSON-LD term in JSON-LD, the declared name (the API's field) elsewhere. */
function fieldName(key: string, prop: PropertyDeclaration, syntax: ReportSyntax): string {
  return syntax === 'jsonld' ? prop.term : key;
}

/** The property as a Turtle prefixed name, where one of the profile's prefixes fits; else the field. */
function prefixed(declaration: ProfileDeclaration, prop: PropertyDeclaration, key: string): string {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of Object.entries(declaration.prefixes)) {
    const local = prop.iri.slice(ns.length);
    if (prop.iri.startsWith(ns) && /^[A-Za-z_][\w-]*$/u.test(local) && (!best || ns.length > best[1].length))
      best = [prefix, ns];
  }
  return best ? `${best[0]}:${prop.iri.slice(best[1].length)}` : key;
}

/** An example value of a literal range, as JSON and as Turtle. */
function example(range: LiteralRange): { json: string; turtle: string } {
  const least = range.minInclusive === undefined ? undefined : String(range.minInclusive);
  const value = range.in?.[0] ?? least ?? DATATYPE[range.datatype].example;
  if (range.datatype === 'integer' || range.datatype === 'boolean') return { json: value, turtle: value };
  const json = JSON.stringify(value);
  const typed = range.datatype === 'string' || range.datatype === 'literal' ? '' : `^^xsd:${range.datatype}`;
  return { json, turtle: `${json}${typed}` };
}

/** The fix that writes `value` (as JSON, as Turtle) for the field, in the input's syntax. */
function writeValue(
  input: MainLineInput,
  prop: PropertyDeclaration,
  value: { json: string; turtle: string },
  words: (typeof WORDS)[Lang],
): string {
  const { syntax, declaration, origin } = input;
  if (isJson(syntax) || syntax === 'jsonld') return `"${fieldName(origin.property, prop, syntax)}": ${value.json}`;
  if (isTurtle(syntax)) return `${prefixed(declaration, prop, origin.property)} ${value.turtle}`;
  return `${value.turtle} ${words.seeDetail}`;
}

/** What a literal range asks, in words. */
function literalWords(range: LiteralRange, lang: Lang): string {
  const words = WORDS[lang];
  const what =
    range.in !== undefined && range.outsideList !== 'Warning'
      ? words.oneOf(range.in.map((v) => JSON.stringify(v)).join(', '))
      : DATATYPE[range.datatype].words[lang];
  const facets: string[] = [];
  if (range.pattern !== undefined) facets.push(range.patternText?.[lang] ?? words.form);
  if (range.maxLength !== undefined) facets.push(words.maxLength(range.maxLength));
  if (range.minInclusive !== undefined) facets.push(words.atLeast(range.minInclusive));
  if (range.maxInclusive !== undefined) facets.push(words.atMost(range.maxInclusive));
  return words.mustBe(facets.length === 0 ? what : `${what} (${facets.join(', ')})`);
}

/** The line of a finding of a profile's own rule; `undefined` where the declaration does not know the rule. */
export function mainLine(input: MainLineInput): FindingLines | undefined {
  const { declaration, origin, constraints, syntax, lang } = input;
  const cls = declaration.classes[origin.className];
  const prop = cls?.properties[origin.property];
  if (cls === undefined || prop === undefined) return undefined;
  const words = WORDS[lang];
  const range = prop.range;
  const label = (key: string): string => className(declaration.classes[key]?.label[lang] ?? key);
  const lead = `${fieldName(origin.property, prop, syntax)} (${label(origin.className)})`;
  const detail: string[] = [`<${prop.iri}>`];
  if (range.kind === 'literal' && range.datatype !== 'literal') detail.push(`xsd:${range.datatype}`);
  let what: string;
  // a rule about the value as such, not the field: "status (Gebruik): de waarde staat niet in de lijst ..."
  let sep = ' ';
  switch (origin.rule) {
    case 'aantal': {
      if (constraints.has('MaxCount') && !constraints.has('MinCount')) what = words.tooMany;
      else {
        const fill =
          range.kind === 'literal'
            ? example(range)
            : range.kind === 'object'
              ? { json: '{ … }', turtle: '[ … ]' }
              : { json: syntax === 'jsonld' ? '{"@id": "…"}' : '"…"', turtle: '<…>' };
        what = `${words.missing}; ${words.add}: ${writeValue(input, prop, fill, words)}`;
      }
      break;
    }
    case 'waarde': {
      if (range.kind === 'literal') {
        if (range.pattern !== undefined) detail.push(`sh:pattern ${range.pattern}`);
        what = `${literalWords(range, lang)}; ${words.write} ${writeValue(input, prop, example(range), words)}`;
      } else if (range.kind === 'reference' && range.by === 'uuid') {
        what = `${words.referByUuid(label(range.class), range.slugBase !== undefined)}; ${words.uuidFix(syntax)}`;
      } else if (range.kind === 'reference') {
        what = `${words.refer(label(range.class))}; ${words.referenceFix(syntax)}`;
      } else if (range.kind === 'object') {
        const fix = writeValue(input, prop, { json: '{ … }', turtle: isTurtle(syntax) ? '[ … ]' : '_:…' }, words);
        what = `${words.nested(label(range.class))}; ${words.nestedFix} ${fix}`;
      } else {
        what = `${words.concept(range.codeList?.label[lang] ?? range.name)}; ${words.referenceFix(syntax)}`;
      }
      break;
    }
    case 'klasse':
      what = words.notClass(range.kind === 'reference' || range.kind === 'object' ? label(range.class) : '');
      break;
    case 'codelijst':
      sep = ': ';
      if (range.kind === 'concept') {
        what = words.outsideCodeList(range.codeList?.label[lang] ?? range.name);
        if (range.codeList) detail.push(`<${range.codeList.scheme}>`);
      } else {
        const values = range.kind === 'literal' ? (range.in ?? []) : [];
        what = words.outsideList(values.map((v) => JSON.stringify(v)).join(', '));
      }
      break;
    case 'volgorde': {
      const earlier = prop.notBefore ?? '';
      const earlierProp = cls.properties[earlier];
      what = words.before(earlierProp ? fieldName(earlier, earlierProp, syntax) : earlier);
      if (earlierProp) detail.push(`<${earlierProp.iri}>`);
      break;
    }
  }
  return { main: `${lead}${sep}${what}`, detail };
}
