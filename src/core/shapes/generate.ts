/**
 * Generates a profile's SHACL shapes, as Turtle, from its declaration. The committed
 * `shapes/<profile>.ttl` is this output (a test keeps them equal), and validation parses the same text.
 *
 * Per class one `sh:NodeShape` that targets the class and all its subclasses (so a node typed only as
 * a subclass is still held to its superclass's rules without `rdfs:subClassOf` in the data), and per
 * property up to four property shapes, one per kind of rule (`RULES`), so every result carries a
 * precise message. A value breaks one rule's shape for one reason: a literal where a reference belongs
 * is the `-waarde` shape's (a node kind), never also the `-klasse` or `-codelijst` shape's.
 */
import type { PropertyDeclaration, ReferenceRange, Text } from '../schema/declaration.js';
import { SLUG_PATTERN } from '../record/walk.js';
import {
  classAndSubclassIris,
  classModel,
  conceptIris,
  modelOf,
  type ClassModel,
  type ProfileModel,
} from '../schema/model.js';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { DATATYPE } from '../rdf/terms.js';
import {
  cardinalityMessage,
  classMessage,
  codeListMessage,
  orderMessage,
  outsideListMessage,
  valueMessage,
} from './messages.js';

/** What a generated property shape checks, so that results can be traced back to the declaration. */
export interface ShapeOrigin {
  readonly className: string;
  readonly property: string;
  /**
   * `volgorde` is an order rule (`notBefore`): its shape's path is the earlier property (SHACL has
   * only `sh:lessThanOrEquals`), but `property` names the later one that declares it
   */
  readonly rule: (typeof RULES)[number];
}

/**
 * The kinds of rule, one property shape each: `aantal` (cardinality), `waarde` (datatype, node kind,
 * pattern, range), `klasse` (the class of the node a reference points at), `codelijst` (a concept
 * outside the published list, a warning), `volgorde` (an order rule).
 */
export const RULES = ['aantal', 'waarde', 'klasse', 'codelijst', 'volgorde'] as const;

/** An IRI that ends in a UUID (`urn:uuid:…` or a caller's base followed by the UUID). */
export const UUID_SUFFIX = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The pattern a reference by UUID's IRI matches: ending in a UUID, or (with a `slugBase`) that base and a slug. */
export function referencePattern(range: ReferenceRange): string {
  if (range.slugBase === undefined) return UUID_SUFFIX;
  return `${UUID_SUFFIX}|^${range.slugBase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}${SLUG_PATTERN}$`;
}

const SHAPE_PREFIXES: Readonly<Record<string, string>> = {
  sh: 'http://www.w3.org/ns/shacl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** A Turtle string literal; escapes what Turtle requires. */
export function turtleString(value: string): string {
  const escaped = value.replace(
    /[\\"\n\r\t]/gu,
    (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? c,
  );
  return `"${escaped}"`;
}

function texts(value: Text): string {
  return `${turtleString(value.nl)}@nl, ${turtleString(value.en)}@en`;
}

class Writer {
  private readonly prefixes: [string, string][];
  constructor(prefixes: Readonly<Record<string, string>>) {
    this.prefixes = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  }
  iri(value: string): string {
    for (const [prefix, base] of this.prefixes) {
      const local = value.slice(base.length);
      if (value.startsWith(base) && /^[A-Za-z_][A-Za-z0-9_-]*$/u.test(local)) return `${prefix}:${local}`;
    }
    return `<${value}>`;
  }
}

/** The IRI of a shape: the profile's shapes base plus a local name. */
export function shapeIri(declaration: ProfileDeclaration, local: string): string {
  return declaration.shapesBase + local;
}

function propertyShapes(
  model: ProfileModel,
  w: Writer,
  c: ClassModel,
  key: string,
  prop: PropertyDeclaration,
): { iris: string[]; text: string[] } {
  const base = model.declaration;
  const subject = `${c.key}.${key}`;
  const header = (rule: ShapeOrigin['rule']): string[] => [
    `${w.iri(shapeIri(base, `${c.key}-${key}-${rule}`))}`,
    '  a sh:PropertyShape ;',
    `  sh:path ${w.iri(prop.iri)} ;`,
    `  sh:name ${texts(prop.label)} ;`,
    `  sh:description ${texts(prop.description)} ;`,
  ];
  const blocks: { rule: ShapeOrigin['rule']; lines: string[] }[] = [];
  const later: typeof blocks = [];

  const { card } = prop;
  if (card !== '0..*') {
    const lines = [...header('aantal')];
    if (card === '1' || card === '1..*') lines.push('  sh:minCount 1 ;');
    if (card === '1' || card === '0..1') lines.push('  sh:maxCount 1 ;');
    lines.push(`  sh:message ${texts(cardinalityMessage(subject, card))} ;`);
    blocks.push({ rule: 'aantal', lines });
  }

  const value = [...header('waarde')];
  const range = prop.range;
  let classLabel: Text | undefined;
  switch (range.kind) {
    case 'literal':
      if (range.datatype === 'literal') value.push('  sh:nodeKind sh:Literal ;');
      else value.push(`  sh:datatype ${w.iri(DATATYPE[range.datatype])} ;`);
      if (range.pattern !== undefined) value.push(`  sh:pattern ${turtleString(range.pattern)} ;`);
      if (range.maxLength !== undefined) value.push(`  sh:maxLength ${range.maxLength} ;`);
      if (range.minInclusive !== undefined) value.push(`  sh:minInclusive ${range.minInclusive} ;`);
      if (range.maxInclusive !== undefined) value.push(`  sh:maxInclusive ${range.maxInclusive} ;`);
      if (range.in !== undefined) {
        const datatype = w.iri(DATATYPE[range.datatype]);
        const list = `  sh:in ( ${range.in.map((v) => `${turtleString(v)}^^${datatype}`).join(' ')} ) ;`;
        if (range.outsideList !== 'Warning') value.push(list);
        else {
          // a list the standard does not enforce: a value outside it is a warning of its own shape
          const lines = [
            ...header('codelijst'),
            list,
            '  sh:severity sh:Warning ;',
            `  sh:message ${texts(outsideListMessage(subject, range.in))} ;`,
          ];
          later.push({ rule: 'codelijst', lines });
        }
      }
      break;
    case 'reference':
    case 'object': {
      const target = classModel(model, range.class);
      classLabel = target.declaration.label;
      if (range.kind === 'reference' && range.by === 'uuid') {
        // the referenced node lives elsewhere (it is named by its UUID), so only its IRI can be checked
        value.push('  sh:nodeKind sh:IRI ;');
        value.push(`  sh:pattern ${turtleString(referencePattern(range))} ;`);
        break;
      }
      value.push('  sh:nodeKind sh:BlankNodeOrIRI ;');
      // a subclass instance fits, even when the data does not also state the superclass; a literal
      // is the -waarde shape's to report, so that it gets one result, with the fix
      const iris = classAndSubclassIris(model, range.class);
      const lines = [...header('klasse')];
      lines.push(`  sh:or ( [ sh:nodeKind sh:Literal ] ${iris.map((i) => `[ sh:class ${w.iri(i)} ]`).join(' ')} ) ;`);
      lines.push(`  sh:message ${texts(classMessage(subject, target.declaration.label))} ;`);
      later.push({ rule: 'klasse', lines });
      break;
    }
    case 'concept':
      // an IRI is enough: the data need not also say `a skos:Concept` about a code-list value
      value.push('  sh:nodeKind sh:IRI ;');
      break;
  }
  value.push(`  sh:message ${texts(valueMessage(subject, range, classLabel))} ;`);
  blocks.push({ rule: 'waarde', lines: value }, ...later);

  if (range.kind === 'concept' && range.codeList) {
    const list = range.codeList;
    const lines = [...header('codelijst')];
    // a value that is no IRI is the -waarde shape's to report
    lines.push(
      `  sh:or ( [ sh:nodeKind sh:BlankNodeOrLiteral ] [ sh:in (\n${conceptIris(list)
        .map((i) => `    ${w.iri(i)}`)
        .join('\n')}\n  ) ] ) ;`,
    );
    lines.push('  sh:severity sh:Warning ;');
    lines.push(`  sh:message ${texts(codeListMessage(subject, list.name))} ;`);
    blocks.push({ rule: 'codelijst', lines });
  }

  if (prop.notBefore !== undefined) {
    // SHACL can only say "not greater than": so the earlier property is the path, compared with this one
    const earlier = c.properties.find((p) => p.key === prop.notBefore)?.declaration;
    const lines = [...header('volgorde')];
    lines[2] = `  sh:path ${w.iri(earlier?.iri ?? '')} ;`;
    lines.push(`  sh:lessThanOrEquals ${w.iri(prop.iri)} ;`);
    lines.push(`  sh:message ${texts(orderMessage(subject, `${c.key}.${prop.notBefore}`))} ;`);
    blocks.push({ rule: 'volgorde', lines });
  }

  return {
    iris: blocks.map((b) => shapeIri(base, `${c.key}-${key}-${b.rule}`)),
    text: blocks.map((b) => `${b.lines.join('\n').replace(/ ;$/u, ' .')}\n`),
  };
}

/** The profile's shapes as Turtle text, with a header naming the profile and its version. */
export function generateShapes(declaration: ProfileDeclaration): string {
  const model = modelOf(declaration);
  const prefixes = { ...SHAPE_PREFIXES, ...declaration.prefixes, shape: declaration.shapesBase };
  const w = new Writer(prefixes);
  const out: string[] = [
    `# SHACL shapes of the ${declaration.title} profile, ${declaration.version}.`,
    '# Generated by profielkit from the profile declaration; do not edit by hand (npm run artifacts).',
    '',
    ...Object.entries(prefixes).map(([p, iri]) => `@prefix ${p}: <${iri}> .`),
    '',
  ];
  for (const c of model.classes.values()) {
    const own = c.properties.filter((p) => p.declaredOn === c.key);
    const shapes = own.map((p) => propertyShapes(model, w, c, p.key, p.declaration));
    const targets = classAndSubclassIris(model, c.key).map((i) => w.iri(i));
    const node = [
      `${w.iri(shapeIri(declaration, `${c.key}Shape`))}`,
      '  a sh:NodeShape ;',
      `  sh:targetClass ${targets.join(', ')} ;`,
      `  sh:name ${texts(c.declaration.label)} ;`,
      `  sh:description ${texts(c.declaration.description)} ;`,
    ];
    const propertyIris = shapes.flatMap((s) => s.iris);
    if (propertyIris.length > 0)
      node.push(`  sh:property\n${propertyIris.map((i) => `    ${w.iri(i)}`).join(',\n')} ;`);
    node.push('  sh:closed false .');
    out.push(`# ${c.key}`, node.join('\n'), '', ...shapes.flatMap((s) => s.text.map((t) => `${t}`)));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Maps every generated property shape's IRI to the class, property and rule it checks. */
export function shapeOrigins(declaration: ProfileDeclaration): ReadonlyMap<string, ShapeOrigin> {
  const model = modelOf(declaration);
  const origins = new Map<string, ShapeOrigin>();
  for (const c of model.classes.values()) {
    for (const p of c.properties) {
      if (p.declaredOn !== c.key) continue;
      for (const rule of RULES) {
        origins.set(shapeIri(declaration, `${c.key}-${p.key}-${rule}`), { className: c.key, property: p.key, rule });
      }
    }
  }
  return origins;
}
