/**
 * The reference engine: rdf-validate-shacl, with its datatype and comparison validators replaced by
 * the ones SHACL and XSD define (xsd.ts, compare.ts), the same ones the fast path calls.
 *
 * Why replace them: rdf-validate-shacl checks `sh:datatype` with rdf-validate-datatype, whose
 * `xsd:date` takes `2026-13-01` and `2024-02-30` (SHACL 4.1.2: an ill-typed literal is a result), and
 * it compares an ill-typed literal as if it had a value (SHACL 4.5.4: a pair that cannot be compared
 * is a result). The replacement is per validator instance: nothing global is changed, so another user
 * of rdf-validate-shacl in the same process is not affected.
 *
 * And its guard against recursive shapes is lifted where there is no recursion: rdf-validate-shacl
 * counts how often each (node, shape) pair was checked in the whole validation, and past 50 takes the
 * node as conforming. A node that 51 records point at through `sh:node` then passes however it is
 * (a false "conforms"). SHACL leaves recursive shapes undefined (3.4.3); profielkit refuses them
 * before either engine starts (shapes-bounds.ts), so the guard is always off.
 */
import SHACLValidator from 'rdf-validate-shacl';
import ShapesGraph from 'rdf-validate-shacl/src/shapes-graph.js';
import type { Constraint } from 'rdf-validate-shacl/src/shapes-graph.js';
import { getPathObjects } from 'rdf-validate-shacl/src/property-path.js';
import { rdfListToArray } from 'rdf-validate-shacl/src/dataset-utils.js';
import builtinValidators from 'rdf-validate-shacl/src/validators.js';
import type { Validator } from 'rdf-validate-shacl/src/validation-engine.js';
import { validateTerm } from 'rdf-validate-datatype';
import type { DatasetCore, Literal, NamedNode, Term } from '@rdfjs/types';
import { factory, nodeId, SH, termKey } from '../rdf/terms.js';
import { isWellFormed } from '../rdf/xsd.js';
import { compare } from '../rdf/compare.js';
import { langMatches, strlen, xpathRegex, type XPathRegex } from './sparql-functions.js';
import { checkShapesGraph } from './shapes-bounds.js';
import { EngineError, ShapesError } from '../errors.js';

const sh = (local: string): NamedNode => factory.namedNode(SH(local));

/** sh:datatype: the literal's datatype is the one given, and its lexical form is in that datatype's lexical space. */
function datatypeHolds(value: Term, datatype: Term): boolean {
  if (value.termType !== 'Literal' || !value.datatype.equals(datatype)) return false;
  // a datatype xsd.ts does not know (one of a user's own shapes) is still checked as before
  return isWellFormed(datatype.value, value.value) ?? validateTerm(value as Literal);
}

/** A bound comparison (sh:minInclusive …): holds when `accept` takes the comparison, never when it cannot be made. */
function bound(parameter: string, accept: (c: number) => boolean): Validator {
  return {
    validate(_context: unknown, _focus: Term, value: Term, constraint: Constraint) {
      const c = compare(value, constraint.getParameterValue(sh(parameter)));
      return c !== null && accept(c);
    },
  };
}

/** sh:lessThan / sh:lessThanOrEquals: every pair of values that is not in order, or not comparable, is a result. */
function pairwise(parameter: string, accept: (c: number) => boolean): Validator {
  return {
    propertyValidate(context: SHACLValidator, focus: Term, _value: Term, constraint: Constraint) {
      const path = constraint.shape.pathObject;
      if (path === null) return [];
      const values = getPathObjects(context.$data, focus, path);
      const others = context.$data.node(focus).out(constraint.getParameterValue(sh(parameter))).terms;
      const invalid: { value: Term }[] = [];
      for (const value of values) {
        for (const other of others) {
          const c = compare(value, other);
          if (c === null || !accept(c)) invalid.push({ value });
        }
      }
      return invalid;
    },
  } as Validator;
}

/** The members of an RDF list of the shapes graph (sh:languageIn, sh:and). */
function listOf(context: SHACLValidator, head: Term): Term[] {
  return rdfListToArray(context.$shapes.node(head));
}

// one matcher per sh:pattern constraint, made when first used
const patterns = new WeakMap<Constraint, XPathRegex>();
// one set per sh:in constraint, made when first used: a key per RDF term (its type, direction and a
// triple term's parts included: rdf-validate-shacl's set took "x"@en--rtl for "x"@en--ltr, a false "conforms")
const inSets = new WeakMap<Constraint, ReadonlySet<string>>();
const inKey = (t: Term): string => `${t.termType}|${termKey(t)}`;

/** sh:minLength / sh:maxLength by SPARQL's STRLEN (characters, not UTF-16 units). */
function length(parameter: 'minLength' | 'maxLength'): Validator {
  return {
    validate: (_context: unknown, _focus: Term, value: Term, constraint: Constraint) => {
      if (value.termType === 'BlankNode') return false;
      const n = Number(constraint.getParameterValue(sh(parameter)).value);
      return parameter === 'minLength' ? strlen(value.value) >= n : strlen(value.value) <= n;
    },
  } as Validator;
}

const REPLACED: readonly [string, Validator][] = [
  // SHACL 4.4.4: langMatches, not a string prefix ("nl-BE" matches "nl-be", "*" every tag)
  [
    'LanguageInConstraintComponent',
    {
      validate: (context: SHACLValidator, _focus: Term, value: Term, constraint: Constraint) =>
        value.termType === 'Literal' &&
        listOf(context, constraint.getParameterValue(sh('languageIn'))).some((range) =>
          langMatches((value as Literal).language, range.value),
        ),
    } as Validator,
  ],
  ['MinLengthConstraintComponent', length('minLength')],
  // SHACL 4.8.3: term equality, as RDF 1.2 has it (a direction tells two literals apart)
  [
    'InConstraintComponent',
    {
      validate: (context: SHACLValidator, _focus: Term, value: Term, constraint: Constraint) => {
        let members = inSets.get(constraint);
        if (members === undefined) {
          members = new Set(listOf(context, constraint.getParameterValue(sh('in'))).map(inKey));
          inSets.set(constraint, members);
        }
        return members.has(inKey(value));
      },
    } as Validator,
  ],
  ['MaxLengthConstraintComponent', length('maxLength')],
  // SHACL 4.4.3: XPath's regular expressions and flags, in linear time (xpath-regex.ts)
  [
    'PatternConstraintComponent',
    {
      validate: (_context: unknown, _focus: Term, value: Term, constraint: Constraint) => {
        if (value.termType === 'BlankNode') return false;
        let re = patterns.get(constraint);
        if (re === undefined)
          patterns.set(
            constraint,
            (re = xpathRegex(
              constraint.getParameterValue(sh('pattern')).value,
              constraint.getParameterValue(sh('flags'))?.value,
            )),
          );
        return re.test(value.value);
      },
    } as Validator,
  ],
  // SHACL 4.5.1 on a node shape: the value nodes are the focus node alone, so the focus node is a
  // result when it is not among the values of the property, and so is each value that is not it
  [
    'EqualsConstraintComponent',
    {
      ...(builtinValidators.validateEquals as Validator),
      nodeValidate: (context: SHACLValidator, focus: Term, _value: Term, constraint: Constraint) => {
        const values = getPathObjects(context.$data, focus, constraint.getParameterValue(sh('equals')));
        const results = values.filter((v) => !v.equals(focus)).map((value) => ({ value }));
        if (!values.some((v) => v.equals(focus))) results.unshift({ value: focus });
        return results;
      },
    } as Validator,
  ],
  // SHACL 4.6.2: each value node conforms to every shape (rdf-validate-shacl checks the focus node
  // with the property's path instead, so one bad value fails them all)
  [
    'AndConstraintComponent',
    {
      validate: (
        context: SHACLValidator & { nodeConformsToShape(node: Term, shape: Term): boolean },
        _focus: Term,
        value: Term,
        constraint: Constraint,
      ) =>
        listOf(context, constraint.getParameterValue(sh('and'))).every((shape) =>
          context.nodeConformsToShape(value, shape),
        ),
    } as Validator,
  ],
  [
    'DatatypeConstraintComponent',
    {
      validate: (_context: unknown, _focus: Term, value: Term, constraint: Constraint) =>
        datatypeHolds(value, constraint.getParameterValue(sh('datatype'))),
    } as Validator,
  ],
  ['MinInclusiveConstraintComponent', bound('minInclusive', (c) => c >= 0)],
  ['MinExclusiveConstraintComponent', bound('minExclusive', (c) => c > 0)],
  ['MaxInclusiveConstraintComponent', bound('maxInclusive', (c) => c <= 0)],
  ['MaxExclusiveConstraintComponent', bound('maxExclusive', (c) => c < 0)],
  ['LessThanConstraintComponent', pairwise('lessThan', (c) => c < 0)],
  ['LessThanOrEqualsConstraintComponent', pairwise('lessThanOrEquals', (c) => c <= 0)],
];

/** An rdf-validate-shacl validator for `shapes` whose datatype and comparison checks follow XSD and SHACL. */
export function referenceValidator(shapes: DatasetCore): SHACLValidator {
  // patterns, recursion, depth and size: refused before validation, the same way as on the fast path;
  // with no recursive shape left, maxNodeChecks 0 turns rdf-validate-shacl's guard off (see above)
  checkShapesGraph(shapes);
  const validator = new SHACLValidator(shapes, { maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1]);
  for (const [component, replacement] of REPLACED) validator.validators.set(sh(component), replacement);
  // the shapes graph binds each component's validator when it is built: build it again
  validator.shapesGraph = new ShapesGraph(validator);
  budgetNestedChecks(validator as unknown as NestedChecks);
  return validator;
}

/**
 * Nested checks from one value on the reference engine. Lower than the static limit: rdf-validate-shacl
 * keeps the results of every nested check it makes (for sh:detail), so memory grows with the count.
 */
export const MAX_NESTED_CHECKS = 10_000;

interface NestedChecks {
  depth: number;
  nodeConformsToShape(node: Term, shape: Term, pathOrEngine?: unknown): boolean;
}

/**
 * rdf-validate-shacl checks a value's nested shapes anew each time (no memory of what it found): shapes
 * that lead from node to node fan out with the data (two values a node, 30 levels: 2^30 checks). Counted
 * from each check that starts outside any other, past `MAX_NESTED_CHECKS` a `ShapesError`, not hours.
 */
function budgetNestedChecks(validator: NestedChecks): void {
  const inner = validator.nodeConformsToShape.bind(validator);
  let count = 0;
  validator.nodeConformsToShape = (node, shape, pathOrEngine) => {
    if (validator.depth === 0) count = 0;
    if (++count > MAX_NESTED_CHECKS) {
      const id = nodeId(shape);
      throw new ShapesError(
        `checking node ${nodeId(node)} against shape ${id} took more than ${MAX_NESTED_CHECKS.toLocaleString('en')}` +
          ' checks of nested shapes on the reference engine (the data leads from node to node through nested shapes)',
        { shape: id, reason: 'limit' },
      );
    }
    return inner(node, shape, pathOrEngine);
  };
}
const DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';
const shown = (l: Literal): string => `${JSON.stringify(l.value)}@${l.language}--${l.direction ?? ''}`;

/**
 * Refuses data that rdf-validate-shacl would misread: its term sets key a literal with a base direction
 * by its text alone (`"x"^^rdf:dirLangString`, language and direction dropped), so two such literals
 * with one text and another language or direction would count as one value. Checked over the data and
 * the shapes together (a `sh:hasValue` of the one, a value of the other).
 */
export function refuseUnkeyedLiterals(data: DatasetCore, shapes: DatasetCore): void {
  const seen = new Map<string, Literal>();
  for (const dataset of [data, shapes]) {
    for (const quad of dataset.match(null, null, null)) {
      const term = quad.object;
      if (term.termType !== 'Literal' || term.datatype.value !== DIR_LANG_STRING) continue;
      const other = seen.get(term.value);
      if (other === undefined) seen.set(term.value, term);
      else if (!other.equals(term)) {
        throw new EngineError(
          'rdf:dirLangString',
          `${shown(other)} and ${shown(term)} differ only in language or base direction, which rdf-validate-shacl` +
            ' does not tell apart (it would count them as one value); validate on the fast path' +
            ' (without --engine reference), which does',
        );
      }
    }
  }
}
