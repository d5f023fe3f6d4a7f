/**
 * TypeScript types inferred from a profile declaration: what a builder takes and what a reader
 * gives back. Cardinality lives in the types: `'1'` is a required key, `'0..1'` an optional one,
 * `'0..*'` an optional list and `'1..*'` a non-empty list.
 */
import type { BlankNode, NamedNode } from '@rdfjs/types';
import type {
  Cardinality,
  CodeList,
  ConceptRange,
  LiteralRange,
  ObjectRange,
  ProfileDeclaration,
  PropertyDeclaration,
  Range,
  ReferenceRange,
} from './declaration.js';

/** Flattens intersections so that editors show one object type. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A list with at least one element. */
export type NonEmptyArray<T> = readonly [T, ...T[]];

/** A reference to another node: its IRI, or a term a builder returned. */
export type NodeRef = string | NamedNode | BlankNode;

/** Every IRI under which a concept of the code list was published. */
export type ConceptIri<L extends CodeList> = `${L['forms'][number]}${keyof L['concepts'] & string}`;

/**
 * A concept IRI: the published list's IRIs are suggested, any other absolute IRI (a list of the
 * caller's own) is accepted too, as a string or as a NamedNode of any RDF/JS DataFactory.
 */
// `string & {}` keeps the published IRIs as editor suggestions while still accepting any string.
// eslint-disable-next-line @typescript-eslint/ban-types
export type ConceptInput<L extends CodeList | undefined> =
  | (L extends CodeList ? ConceptIri<L> | (string & {}) : string)
  | NamedNode;

type Enumerated<R extends LiteralRange> = R['in'] extends readonly (infer V)[] ? V : never;

type LiteralIn<R extends LiteralRange> = [Enumerated<R>] extends [never] ? PlainLiteralIn<R> : Enumerated<R>;
type LiteralOut<R extends LiteralRange> = [Enumerated<R>] extends [never] ? PlainLiteralOut<R> : Enumerated<R>;

type PlainLiteralIn<R extends LiteralRange> = R['datatype'] extends 'date' | 'dateTime'
  ? Date | string
  : R['datatype'] extends 'integer'
    ? number
    : R['datatype'] extends 'boolean'
      ? boolean
      : string;

type PlainLiteralOut<R extends LiteralRange> = R['datatype'] extends 'integer'
  ? number
  : R['datatype'] extends 'boolean'
    ? boolean
    : string;

/** The value a builder accepts for one value of a property with range `R`. */
export type ValueIn<D extends ProfileDeclaration, R extends Range> = R extends LiteralRange
  ? LiteralIn<R>
  : R extends ReferenceRange
    ? R['by'] extends 'uuid'
      ? string
      : NodeRef
    : R extends ObjectRange<infer C>
      ? C extends ClassKey<D>
        ? InputOf<D, C>
        : never
      : R extends ConceptRange<infer L>
        ? ConceptInput<L>
        : never;

/** The value a reader returns for one value of a property with range `R`. */
export type ValueOut<D extends ProfileDeclaration, R extends Range> = R extends LiteralRange
  ? LiteralOut<R>
  : R extends ObjectRange<infer C>
    ? C extends ClassKey<D>
      ? OutputOf<D, C>
      : never
    : string;

type CardIn<C extends Cardinality, V> = C extends '1' | '0..1' ? V : C extends '1..*' ? NonEmptyArray<V> : readonly V[];

type CardOut<C extends Cardinality, V> = C extends '1' | '0..1' ? V : C extends '1..*' ? [V, ...V[]] : V[];

type Props = Readonly<Record<string, PropertyDeclaration>>;
type Classes<D extends ProfileDeclaration> = D['classes'];

/** Keys of the profile's classes. */
export type ClassKey<D extends ProfileDeclaration> = keyof Classes<D> & string;

type Own<D extends ProfileDeclaration, K extends ClassKey<D>> = Classes<D>[K]['properties'];

/** All properties of class `K`, its own and those it inherits from its superclasses. */
export type AllProperties<D extends ProfileDeclaration, K extends ClassKey<D>, Depth extends unknown[] = []> =
  // the depth bound keeps TypeScript finite for a declaration whose class keys are only `string`
  Depth['length'] extends 8
    ? Own<D, K>
    : Classes<D>[K] extends { readonly subClassOf: infer S extends ClassKey<D> }
      ? Omit<AllProperties<D, S, [...Depth, unknown]>, keyof Own<D, K>> & Own<D, K>
      : Own<D, K>;

type RequiredKeys<P extends Props> = {
  [K in keyof P]: P[K]['card'] extends '1' | '1..*' ? K : never;
}[keyof P];
type OptionalKeys<P extends Props> = Exclude<keyof P, RequiredKeys<P>>;

type PropsIn<D extends ProfileDeclaration, P extends Props> = {
  readonly [K in RequiredKeys<P>]: CardIn<P[K]['card'], ValueIn<D, P[K]['range']>>;
} & {
  readonly [K in OptionalKeys<P>]?: CardIn<P[K]['card'], ValueIn<D, P[K]['range']>>;
};

type PropsOut<D extends ProfileDeclaration, P extends Props> = {
  [K in keyof P as P[K]['card'] extends '0..1' ? never : K]: CardOut<P[K]['card'], ValueOut<D, P[K]['range']>>;
} & {
  [K in keyof P as P[K]['card'] extends '0..1' ? K : never]?: ValueOut<D, P[K]['range']>;
};

/**
 * What a builder takes for class `K`: an optional `id` (an IRI, as a string or a NamedNode of any
 * RDF/JS DataFactory; without one the node is a blank node) and the class's properties, required and optional as
 * the profile says.
 */
export type InputOf<D extends ProfileDeclaration, K extends ClassKey<D>> = Simplify<
  // a class with an identity is named by that property, so it takes no separate `id`
  (Classes<D>[K] extends { readonly identity: object } ? unknown : { readonly id?: string | NamedNode }) &
    PropsIn<D, AllProperties<D, K>>
>;

/** What a reader returns for a node of class `K`: its `id` and the class's properties. */
export type OutputOf<D extends ProfileDeclaration, K extends ClassKey<D>> = Simplify<
  { id: string } & PropsOut<D, AllProperties<D, K>>
>;

/** A reader's result: for every class, the nodes whose most specific class it is. */
export type ReadResult<D extends ProfileDeclaration> = { [K in ClassKey<D>]: OutputOf<D, K>[] };
