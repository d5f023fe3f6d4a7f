/**
 * What the two kinds of input a walk reads differ in, given once: a builder's argument (a
 * TypeScript caller's object, refused at its first problem) and an object of an API's JSON (its
 * aliases, defaults and encodings, a problem collected so that validation reports all of them, or
 * refused in a strict conversion). The walk asks its reading and never which kind of input it has.
 */
import { BuilderError, JsonInputError, type ProfielkitError } from '../errors.js';
import { iriOf } from '../rdf/terms.js';
import type { ClassModel } from '../schema/model.js';
import type { InputProblem } from './walk.js';

/** Where a problem is, as the input names it. */
export interface ProblemPlace {
  /** the JSON path, or the path below the builder's class */
  readonly path: string;
  readonly className: string;
  readonly property: string | undefined;
}

/** How a walk reads one kind of input, and what it does with a problem found in it. */
export interface Reading {
  /** throw at the first problem (always so for builders), rather than collect it */
  readonly strict: boolean;
  /** the error a strict walk throws for a problem */
  error(problem: Omit<InputProblem, 'represented' | 'severity'>): ProfielkitError;
  /**
   * where a problem is, for a field `key` of class `c` at `path`; `root` is the class the walk began
   * with (a builder's errors name it, with the path below it as property)
   */
  where(path: string, c: ClassModel, key: string | undefined, root: string): ProblemPlace;
  /** a record's `id` field as the IRI string it names, where it names one; anything else as it is */
  id(value: unknown): unknown;
  /** whether a given value means "not given" (`null` in JSON; a builder refuses it) */
  absent(value: unknown): boolean;
  /** whether fields and listed values are read under their aliases too (an earlier version's spellings) */
  readonly aliases: boolean;
  /** whether a field not given takes its declared default */
  readonly defaults: boolean;
  /**
   * whether an encoding whose meaning is evident (a JSON string that holds the object, 0/1 for a
   * boolean) is read for what it holds, with a warning (in a strict walk: refused, saying so)
   */
  readonly evident: boolean;
  /**
   * whether a value outside a list the declaration only warns about (`outsideList: 'Warning'`) is
   * written as given with a warning, even in a strict walk, rather than refused
   */
  readonly outsideListWarns: boolean;
  /** whether the walk keeps where each node came from (`Walk.nodePaths`), to name JSON paths in results */
  readonly nodePaths: boolean;
  /** what the input calls a field, in the message for an unknown one */
  readonly fieldWord: 'field' | 'property';
}

/** A builder's argument: `id` may be a NamedNode, `null` is a value that breaks the rule, the first problem throws. */
export const BUILDER_READING: Reading = {
  strict: true,
  error: (p) => new BuilderError(p.className, p.property, p.reason, p.message),
  where: (path, _c, _key, root) => ({ path, className: root, property: path === '' ? undefined : path }),
  // an IRI string, or a NamedNode of any RDF/JS DataFactory
  id: iriOf,
  absent: (value) => value === undefined,
  aliases: false,
  defaults: false,
  evident: false,
  outsideListWarns: false,
  nodePaths: false,
  fieldWord: 'property',
};

const JSON_READING = {
  error: (p) => new JsonInputError(p.path, p.className, p.property, p.reason, p.message),
  where: (path, c, key) => ({ path, className: c.key, property: key }),
  id: (value) => value,
  absent: (value) => value === undefined || value === null,
  aliases: true,
  defaults: true,
  evident: true,
  outsideListWarns: true,
  nodePaths: true,
  fieldWord: 'field',
} as const satisfies Omit<Reading, 'strict'>;
const JSON_READINGS = { strict: { ...JSON_READING, strict: true }, lenient: { ...JSON_READING, strict: false } };

/**
 * An object of an API's JSON: aliases, defaults and evident encodings read, `null` as absent; a
 * lenient walk collects every problem, a strict one throws a `JsonInputError` at the first.
 */
export function jsonReading(strict: boolean): Reading {
  return strict ? JSON_READINGS.strict : JSON_READINGS.lenient;
}
