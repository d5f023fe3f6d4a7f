/**
 * The shape of a profile declaration: the one place where a profile's classes, properties, IRIs,
 * JSON-LD terms, ranges, cardinalities and code lists are written down. Builders, readers, SHACL
 * shapes, JSON-LD contexts and TypeScript types are all derived from (or tested against) it.
 *
 * Declarations are plain objects written with `as const`-like helpers (see `define.ts`), so that
 * TypeScript can infer builder input and reader output types from them, as LDkit does with schemas.
 */

/** Text in Dutch and English. Dutch is the profile's own language and always present. */
export interface Text {
  readonly nl: string;
  readonly en: string;
}

/**
 * How many values a property takes, as the application profile writes it.
 * `'1'` required single, `'0..1'` optional single, `'0..*'` optional list, `'1..*'` non-empty list.
 */
export type Cardinality = '1' | '0..1' | '0..*' | '1..*';

/** Literal kinds a property can hold; each maps to one XSD datatype. */
export type LiteralKind =
  | 'string'
  | 'date'
  | 'dateTime'
  | 'integer'
  | 'boolean'
  | 'duration'
  | 'anyURI'
  /** any literal (the profile's `rdfs:Literal` range): written as `xsd:string`, read from any datatype */
  | 'literal';

/** A literal-valued property. */
export interface LiteralRange {
  readonly kind: 'literal';
  readonly datatype: LiteralKind;
  /** a regular expression (ECMAScript and XPath compatible) the lexical form must match */
  readonly pattern?: string;
  /**
   * What `pattern` asks, in words a data steward reads (`twintig cijfers`): the report's main line says
   * this, the pattern itself going to its detail line
   */
  readonly patternText?: Text;
  readonly maxLength?: number;
  readonly minInclusive?: number;
  readonly maxInclusive?: number;
  /** the only lexical forms allowed (an enumeration of the API, e.g. `['Actief', 'Gepland', 'Beëindigd']`) */
  readonly in?: readonly string[];
  /**
   * Other spellings of values of `in` that a standard's JSON writes (an earlier version's, another
   * language's), each to the value it means: `fromJson` reads `"In productie"` as `"In production"`.
   */
  readonly valueAliases?: Readonly<Record<string, string>>;
  /**
   * How a value outside `in` is judged: a `Violation` (the default), or a `Warning` where the standard
   * stores values outside its list (an earlier install's `"in-gebruik"`); the message names the list.
   */
  readonly outsideList?: 'Violation' | 'Warning';
}

/** A property that refers to another node of the profile, by the declaration key of its class. */
export interface ReferenceRange<C extends string = string> {
  readonly kind: 'reference';
  readonly class: C;
  /**
   * How the value is given: as an IRI (the default), or as the UUID of the referenced node, whose
   * IRI is then minted with the referenced class's identity base (`urn:uuid:` by default).
   */
  readonly by?: 'iri' | 'uuid';
  /**
   * By UUID only: the value may also be the referenced object itself, as an API that expands references
   * writes it (OpenRegister's `_extend`); its `id` (or `@self.id`) names the node, and its other fields,
   * being the referenced object's, are not the record's.
   */
  readonly extended?: boolean;
  /**
   * By UUID only: a value may also be a slug (`topdesk-itsm`; an object with only its `slug`, `name`
   * and the like, as seed files write it), naming the node `slugBase + slug`.
   */
  readonly slugBase?: string;
}

/**
 * A property whose value is a node of its own, given inline (a nested object in the API's JSON, such
 * as a `beheerder` or a `bivClassificatie`). The node is a blank node unless its class has an identity.
 */
export interface ObjectRange<C extends string = string> {
  readonly kind: 'object';
  readonly class: C;
}

/** One concept of a published code list. */
export interface Concept {
  /** `skos:notation` in the published list */
  readonly notation: string;
  /** `skos:prefLabel` in the published list */
  readonly label: string;
}

/**
 * A SKOS code list as published: its scheme and concepts, and every IRI form under which its
 * concepts were published (the first form is the one builders write for a notation).
 */
export interface CodeList<N extends string = string, V extends string = string> {
  readonly name: N;
  readonly scheme: string;
  readonly label: Text;
  /** IRI prefixes the concepts were published under; a concept IRI is `prefix + notation` */
  readonly forms: readonly string[];
  readonly concepts: { readonly [K in V]: Concept };
}

/** A property whose values are SKOS concepts, optionally from a published code list. */
export interface ConceptRange<L extends CodeList | undefined = CodeList | undefined> {
  readonly kind: 'concept';
  /** the concept's name in the profile (e.g. `Toestemmingsvraag`), for messages */
  readonly name: string;
  readonly codeList?: L;
}

/** What the values of a property are: literals, references to nodes, nested objects or code-list concepts. */
export type Range = LiteralRange | ReferenceRange | ObjectRange | ConceptRange;

/** One property of a class: its IRI, JSON-LD term, cardinality, range, and labels in Dutch and English. */
export interface PropertyDeclaration<R extends Range = Range, C extends Cardinality = Cardinality> {
  /** the property's IRI */
  readonly iri: string;
  /** its term in the profile's JSON-LD context (may differ from the key, e.g. `dossier` -> `beperking`) */
  readonly term: string;
  readonly card: C;
  readonly range: R;
  /** the label the specification shows (e.g. "gegeven op") */
  readonly label: Text;
  readonly description: Text;
  /** other JSON field names that mean this property (the Softwarecatalogus writes `contactpersoon` for `beheerder`) */
  readonly aliases?: readonly string[];
  /** the value `fromJson` fills in when the JSON leaves the field out, as the standard says */
  readonly default?: string | number | boolean;
  /**
   * The key of another property of the same class that this one may not precede: `eindDatum` with
   * `notBefore: 'startDatum'` may not lie before `startDatum`. Both must be literal properties of the
   * same datatype (`date`, `dateTime` or `integer`). Builders and `fromJson` check it; the shapes check
   * it with `sh:lessThanOrEquals` (shape `<Class>-<property>-volgorde`).
   */
  readonly notBefore?: string;
}

/**
 * Which property names a node. `mint: 'iri'`: the property's value is the node's IRI (an API's
 * `url`). `mint: 'uuid'`: the value is a UUID and the IRI is `base + uuid` (`urn:uuid:` by default;
 * callers may give another base per class).
 */
export interface Identity {
  readonly property: string;
  readonly mint: 'iri' | 'uuid';
  readonly base?: string;
  /**
   * Where the record leaves `property` out: name the node by this other property instead, a UUID
   * minted as `base + uuid` (`urn:uuid:` by default). The Inzage API's `url` is a resource's IRI; a
   * caller without one still has its `verwerktObjectId`. Nothing is written for the absent property,
   * so a reader never gives back an invented value.
   */
  readonly fallback?: { readonly property: string; readonly mint: 'uuid' };
}

/** One class of a profile: its IRI, superclass, how its nodes are named, and its properties. */
export interface ClassDeclaration<
  P extends Readonly<Record<string, PropertyDeclaration>> = Readonly<Record<string, PropertyDeclaration>>,
  S extends string | undefined = string | undefined,
> {
  readonly iri: string;
  /** its term in the profile's JSON-LD context */
  readonly term: string;
  readonly label: Text;
  readonly description: Text;
  /** the declaration key of the superclass, if the profile makes this class a subclass */
  readonly subClassOf?: S;
  /** properties declared on this class (inherited ones are not repeated) */
  readonly properties: P;
  /** the property whose value names the node; without one, builders take an `id` IRI or make a blank node */
  readonly identity?: Identity;
}

/** A JSON-LD context bundled with the package, served by the document loader without network. */
export interface BundledContext {
  /** the URLs under which the context is published (e.g. its http and https forms) */
  readonly urls: readonly string[];
  /** the context document; left out, it is generated from the declaration (terms = property keys) */
  readonly document?: Readonly<Record<string, unknown>>;
}

/**
 * A profile's one source of truth: its classes and properties, prefixes and contexts. Builders,
 * readers, shapes and the output context are derived from it (`defineProfile` checks one).
 */
export interface ProfileDeclaration<
  C extends Readonly<Record<string, ClassDeclaration>> = Readonly<Record<string, ClassDeclaration>>,
> {
  /** short name, used on the command line and in file names (`toestemming`) */
  readonly name: string;
  readonly title: string;
  /** which version of the standard this declaration follows */
  readonly version: string;
  /** base IRI for the profile's SHACL shapes */
  readonly shapesBase: string;
  /** prefixes for readable Turtle output */
  readonly prefixes: Readonly<Record<string, string>>;
  /** the context documents name in their `@context`, and the bundled copy */
  readonly context: BundledContext;
  readonly classes: C;
}
