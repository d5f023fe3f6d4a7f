/**
 * The profile's rules compiled to plain functions, one per SHACL constraint of the generated shapes,
 * with SHACL's semantics: a literal is well-formed when it is in its datatype's lexical space (xsd.ts,
 * shared with the reference engine), values are compared as rdf-validate-shacl compares them
 * (rdf-literal), and an ill-typed literal is never comparable. Differential tests hold it to
 * rdf-validate-shacl and shacl-engine. These are the profile's generated shapes, compiled from its
 * declaration; shapes of one's own are read from their graph (compile-shapes.ts) and validated beside them.
 */
import type { Term } from '@rdfjs/types';
import type { PropertyDeclaration, Text } from '../../schema/declaration.js';
import { classAndSubclassIris, classModel, conceptIris, modelOf, type ClassModel } from '../../schema/model.js';
import type { ProfileDeclaration } from '../../schema/declaration.js';
import { DATATYPE, factory, SH, termKey } from '../../rdf/terms.js';
import { isWellFormed } from '../../rdf/xsd.js';
import { compare } from '../../rdf/compare.js';
import { cardinalityMessage, classMessage, codeListMessage, orderMessage, outsideListMessage, valueMessage } from '../../shapes/messages.js';
import { referencePattern, shapeIri, type ShapeOrigin } from '../../shapes/generate.js';
import type { Severity } from '../types.js';
import { shapesDataset } from '../../shapes/dataset.js';
import { xpathRegex } from '../../rdf/xpath-regex.js';

/** One constraint on one value: true when the value conforms. */
export interface ValueCheck {
  readonly constraint: string;
  readonly test: (value: Term) => boolean;
}

/** A reference's class check, resolved against the node types once they are known. */
export interface ClassCheck {
  readonly constraint: string;
  /** the class IRIs any of which the value must have */
  readonly classes: readonly string[];
}

/** A property shape of the generated shapes, as functions. */
export interface CompiledShape {
  readonly iri: string;
  readonly path: string;
  readonly severity: Severity;
  readonly message: Text;
  readonly origin: ShapeOrigin;
  readonly minCount?: number;
  readonly maxCount?: number;
  readonly values: readonly ValueCheck[];
  readonly classCheck?: ClassCheck;
  /** `sh:lessThanOrEquals`: every value must not be greater than any value of this property */
  readonly lessThanOrEquals?: string;
}

export interface CompiledProfile {
  /**
   * false when the generated shapes use a SHACL feature these functions do not implement: the
   * reference engine then validates, so that a new kind of rule can never be skipped silently
   */
  readonly covered: boolean;
  /** the property shapes that apply to a node with this rdf:type */
  readonly shapesByType: ReadonlyMap<string, readonly CompiledShape[]>;
  /** every predicate any shape reads: only these values need to be kept per node */
  readonly predicates: ReadonlySet<string>;
  /** class IRIs that references ask for: only these types need to be kept per node */
  readonly referencedClasses: ReadonlySet<string>;
}

const C = (local: string): string => SH(`${local}ConstraintComponent`);


function literalChecks(p: PropertyDeclaration): ValueCheck[] {
  const range = p.range;
  if (range.kind !== 'literal') return [];
  const checks: ValueCheck[] = [];
  if (range.datatype === 'literal') {
    checks.push({ constraint: C('NodeKind'), test: (v) => v.termType === 'Literal' });
  } else {
    const datatype = DATATYPE[range.datatype];
    checks.push({ constraint: C('Datatype'), test: (v) => v.termType === 'Literal' && v.datatype.value === datatype && isWellFormed(datatype, v.value) !== false });
  }
  if (range.pattern !== undefined) {
    // the sh:pattern the shapes carry, read as XPath's (linear time): the same reading as every engine's
    const re = xpathRegex(range.pattern);
    checks.push({ constraint: C('Pattern'), test: (v) => v.termType !== 'BlankNode' && re.test(v.value) });
  }
  if (range.maxLength !== undefined) {
    const max = range.maxLength;
    checks.push({ constraint: C('MaxLength'), test: (v) => v.termType !== 'BlankNode' && v.value.length <= max });
  }
  const integer = factory.namedNode(DATATYPE.integer);
  if (range.minInclusive !== undefined) {
    const bound = factory.literal(String(range.minInclusive), integer);
    checks.push({ constraint: C('MinInclusive'), test: (v) => (compare(v, bound) ?? -1) >= 0 });
  }
  if (range.maxInclusive !== undefined) {
    const bound = factory.literal(String(range.maxInclusive), integer);
    checks.push({ constraint: C('MaxInclusive'), test: (v) => (compare(v, bound) ?? 1) <= 0 });
  }
  if (range.in !== undefined && range.outsideList !== 'Warning') {
    const datatype = factory.namedNode(DATATYPE[range.datatype]);
    const allowed = new Set(range.in.map((v) => termKey(factory.literal(v, datatype))));
    checks.push({ constraint: C('In'), test: (v) => allowed.has(termKey(v)) });
  }
  return checks;
}

function compileProperty(declaration: ProfileDeclaration, c: ClassModel, key: string, p: PropertyDeclaration): CompiledShape[] {
  const model = modelOf(declaration);
  const subject = `${c.key}.${key}`;
  const base = (rule: ShapeOrigin['rule']) => ({
    iri: shapeIri(declaration, `${c.key}-${key}-${rule}`),
    path: p.iri,
    origin: { className: c.key, property: key, rule },
  });
  const shapes: CompiledShape[] = [];
  if (p.card !== '0..*') {
    shapes.push({
      ...base('aantal'),
      severity: 'Violation',
      message: cardinalityMessage(subject, p.card),
      ...(p.card === '1' || p.card === '1..*' ? { minCount: 1 } : {}),
      ...(p.card === '1' || p.card === '0..1' ? { maxCount: 1 } : {}),
      values: [],
    });
  }
  const range = p.range;
  let classLabel: Text | undefined;
  let values: ValueCheck[] = [];
  let klasse: CompiledShape | undefined;
  switch (range.kind) {
    case 'literal':
      values = literalChecks(p);
      break;
    case 'concept':
      values = [{ constraint: C('NodeKind'), test: (v) => v.termType === 'NamedNode' }];
      break;
    case 'reference':
    case 'object': {
      const target = classModel(model, range.class).declaration;
      classLabel = target.label;
      if (range.kind === 'reference' && range.by === 'uuid') {
        const re = xpathRegex(referencePattern(range));
        values = [
          { constraint: C('NodeKind'), test: (v) => v.termType === 'NamedNode' },
          { constraint: C('Pattern'), test: (v) => v.termType !== 'BlankNode' && re.test(v.value) },
        ];
        break;
      }
      values = [{ constraint: C('NodeKind'), test: (v) => v.termType !== 'Literal' }];
      // sh:or ( [ sh:nodeKind sh:Literal ] [ sh:class …] … ): a literal is the waarde shape's result
      klasse = { ...base('klasse'), severity: 'Violation', message: classMessage(subject, target.label), values: [], classCheck: { constraint: C('Or'), classes: classAndSubclassIris(model, range.class) } };
      break;
    }
  }
  shapes.push({ ...base('waarde'), severity: 'Violation', message: valueMessage(subject, range, classLabel), values });
  if (klasse) shapes.push(klasse);
  if (p.notBefore !== undefined) {
    // as the generated shape: the earlier property is the path, compared with this one
    const earlier = c.properties.find((q) => q.key === p.notBefore)?.declaration;
    shapes.push({
      ...base('volgorde'),
      path: earlier?.iri ?? '',
      severity: 'Violation',
      message: orderMessage(subject, `${c.key}.${p.notBefore}`),
      values: [],
      lessThanOrEquals: p.iri,
    });
  }
  if (range.kind === 'literal' && range.in !== undefined && range.outsideList === 'Warning') {
    // as the generated shape: a list the standard does not enforce, a warning of its own
    const datatype = factory.namedNode(DATATYPE[range.datatype]);
    const allowed = new Set(range.in.map((v) => termKey(factory.literal(v, datatype))));
    shapes.push({ ...base('codelijst'), severity: 'Warning', message: outsideListMessage(subject, range.in), values: [{ constraint: C('In'), test: (v) => allowed.has(termKey(v)) }] });
  }
  if (range.kind === 'concept' && range.codeList) {
    const allowed = new Set(conceptIris(range.codeList));
    shapes.push({
      ...base('codelijst'),
      severity: 'Warning',
      message: codeListMessage(subject, range.codeList.name),
      // sh:or ( [ sh:nodeKind sh:BlankNodeOrLiteral ] [ sh:in (…) ] ): a value that is no IRI is the waarde shape's result
      values: [{ constraint: C('Or'), test: (v) => v.termType !== 'NamedNode' || allowed.has(v.value) }],
    });
  }
  return shapes;
}

/** The SHACL terms the compiled functions implement (with the same semantics as rdf-validate-shacl). */
const IMPLEMENTED = new Set(['targetClass', 'property', 'closed', 'path', 'name', 'description', 'message', 'severity', 'minCount', 'maxCount', 'datatype', 'nodeKind', 'pattern', 'maxLength', 'minInclusive', 'maxInclusive', 'in', 'class', 'or', 'lessThanOrEquals']);

const compiled = new WeakMap<ProfileDeclaration, CompiledProfile>();

/** The profile's shapes as functions (compiled once per declaration). */
export function compileProfile(declaration: ProfileDeclaration): CompiledProfile {
  const cached = compiled.get(declaration);
  if (cached) return cached;
  const model = modelOf(declaration);
  const shapesByType = new Map<string, CompiledShape[]>();
  const predicates = new Set<string>();
  const referencedClasses = new Set<string>();
  for (const c of model.classes.values()) {
    const own = c.properties.filter((p) => p.declaredOn === c.key).flatMap((p) => compileProperty(declaration, c, p.key, p.declaration));
    for (const shape of own) {
      predicates.add(shape.path);
      if (shape.lessThanOrEquals !== undefined) predicates.add(shape.lessThanOrEquals);
      for (const cls of shape.classCheck?.classes ?? []) referencedClasses.add(cls);
    }
    for (const target of classAndSubclassIris(model, c.key)) shapesByType.set(target, [...(shapesByType.get(target) ?? []), ...own]);
  }
  const used = new Set(shapesDataset(declaration).getPredicates(null, null, null).map((p) => p.value));
  const covered = [...used].every((p) => !p.startsWith(SH('')) || IMPLEMENTED.has(p.slice(SH('').length)));
  const result = { covered, shapesByType, predicates, referencedClasses };
  compiled.set(declaration, result);
  return result;
}

export { termKey, compare };
