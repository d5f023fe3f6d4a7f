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
 * (a false "conforms"). SHACL leaves recursive shapes undefined (3.4.3); for those the guard stays.
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
import { factory, nodeId, RDF, SH } from '../rdf/terms.js';
import { isWellFormed } from '../rdf/xsd.js';
import { compare } from '../rdf/compare.js';
import { langMatches, strlen, xpathRegExp } from './sparql-functions.js';

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

// one RegExp per sh:pattern constraint, made when first used
const patterns = new WeakMap<Constraint, RegExp>();

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
        value.termType === 'Literal' && listOf(context, constraint.getParameterValue(sh('languageIn'))).some((range) => langMatches((value as Literal).language, range.value)),
    } as Validator,
  ],
  ['MinLengthConstraintComponent', length('minLength')],
  ['MaxLengthConstraintComponent', length('maxLength')],
  // SHACL 4.4.3: XPath's regular expressions, over characters (the u flag), with XPath's flags
  [
    'PatternConstraintComponent',
    {
      validate: (_context: unknown, _focus: Term, value: Term, constraint: Constraint) => {
        if (value.termType === 'BlankNode') return false;
        let re = patterns.get(constraint);
        if (re === undefined) patterns.set(constraint, (re = xpathRegExp(constraint.getParameterValue(sh('pattern')).value, constraint.getParameterValue(sh('flags'))?.value)));
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
      validate: (context: SHACLValidator & { nodeConformsToShape(node: Term, shape: Term): boolean }, _focus: Term, value: Term, constraint: Constraint) =>
        listOf(context, constraint.getParameterValue(sh('and'))).every((shape) => context.nodeConformsToShape(value, shape)),
    } as Validator,
  ],
  [
    'DatatypeConstraintComponent',
    {
      validate: (_context: unknown, _focus: Term, value: Term, constraint: Constraint) => datatypeHolds(value, constraint.getParameterValue(sh('datatype'))),
    } as Validator,
  ],
  ['MinInclusiveConstraintComponent', bound('minInclusive', (c) => c >= 0)],
  ['MinExclusiveConstraintComponent', bound('minExclusive', (c) => c > 0)],
  ['MaxInclusiveConstraintComponent', bound('maxInclusive', (c) => c <= 0)],
  ['MaxExclusiveConstraintComponent', bound('maxExclusive', (c) => c < 0)],
  ['LessThanConstraintComponent', pairwise('lessThan', (c) => c < 0)],
  ['LessThanOrEqualsConstraintComponent', pairwise('lessThanOrEquals', (c) => c <= 0)],
];

/** The predicates by which a shape refers to other shapes (lists for and, or, xone). */
const REFERS = ['node', 'property', 'not', 'qualifiedValueShape'].map(sh);
const REFERS_TO_LIST = ['and', 'or', 'xone'].map(sh);

/** Whether some shape refers to itself, directly or through others. */
export function recursiveShapes(shapes: DatasetCore): boolean {
  const first = factory.namedNode(RDF('first'));
  const rest = factory.namedNode(RDF('rest'));
  const next = (s: Term): Term[] => {
    const out = REFERS.flatMap((p) => [...shapes.match(s as never, p, null)].map((q) => q.object));
    for (const p of REFERS_TO_LIST) {
      for (const q of shapes.match(s as never, p, null)) {
        const seen = new Set<string>();
        for (let node: Term | undefined = q.object; node !== undefined && !seen.has(nodeId(node)); node = [...shapes.match(node as never, rest, null)][0]?.object) {
          seen.add(nodeId(node));
          for (const m of shapes.match(node as never, first, null)) out.push(m.object);
        }
      }
    }
    return out.filter((t) => t.termType !== 'Literal');
  };
  const state = new Map<string, 'open' | 'done'>();
  const visit = (s: Term): boolean => {
    const id = nodeId(s);
    const now = state.get(id);
    if (now === 'open') return true;
    if (now === 'done') return false;
    state.set(id, 'open');
    const found = next(s).some(visit);
    state.set(id, 'done');
    return found;
  };
  const subjects = new Map<string, Term>();
  for (const q of shapes.match(null, null, null)) if ([...REFERS, ...REFERS_TO_LIST].some((p) => p.equals(q.predicate))) subjects.set(nodeId(q.subject), q.subject);
  return [...subjects.values()].some(visit);
}

/** An rdf-validate-shacl validator for `shapes` whose datatype and comparison checks follow XSD and SHACL. */
export function referenceValidator(shapes: DatasetCore): SHACLValidator {
  // maxNodeChecks 0 turns the guard off (see above)
  const validator = new SHACLValidator(shapes, (recursiveShapes(shapes) ? {} : { maxNodeChecks: 0 }) as ConstructorParameters<typeof SHACLValidator>[1]);
  for (const [component, replacement] of REPLACED) validator.validators.set(sh(component), replacement);
  // the shapes graph binds each component's validator when it is built: build it again
  validator.shapesGraph = new ShapesGraph(validator);
  return validator;
}
