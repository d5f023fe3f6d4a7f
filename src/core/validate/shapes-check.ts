/**
 * What a shapes graph must be before either engine sees it. SHACL-SPARQL (SHACL 5-6), SHACL-JS and
 * SHACL Advanced Features are not implemented: rather than let an engine skip a constraint it does
 * not know (a false "conforms"), every such construct is refused by name, however it is typed (a
 * constraint component through a subclass of sh:ConstraintComponent is one). Prefix declarations
 * (sh:declare, sh:prefixes) say nothing about the data and are read. And the boolean parameters
 * (sh:closed, sh:uniqueLang, sh:deactivated, sh:qualifiedValueShapesDisjoint) must be xsd:boolean
 * literals: SHACL switches them on with `true` alone (the W3C suite's uniqueLang-002 takes
 * "1"^^xsd:boolean as off), and a value of another datatype is refused rather than read two ways.
 */
import type { DatasetCore, Term } from '@rdfjs/types';
import { factory, RDF_TYPE, RDFS, SH, XSD } from '../rdf/terms.js';
import { ShapesError } from '../errors.js';

/** Predicates that only SPARQL-based (or JavaScript-based, or rule-based) SHACL gives a meaning. */
const PREDICATES: Readonly<Record<string, string>> = {
  // the construct a shape uses first (a SPARQL target before the query it holds), then its parts
  target: 'a SPARQL-based target (SHACL Advanced Features)',
  sparql: 'a SPARQL-based constraint (SHACL 5)',
  parameter: 'a constraint component of its own (SHACL 6)',
  validator: 'the validator of a constraint component of its own (SHACL 6)',
  nodeValidator: 'the validator of a constraint component of its own (SHACL 6)',
  propertyValidator: 'the validator of a constraint component of its own (SHACL 6)',
  labelTemplate: 'a constraint component of its own (SHACL 6)',
  select: 'a SPARQL SELECT query (SHACL 5-6)',
  ask: 'a SPARQL ASK query (SHACL 6)',
  construct: 'a SPARQL CONSTRUCT query (SHACL Advanced Features)',
  update: 'a SPARQL UPDATE (SHACL Advanced Features)',
  rule: 'a rule (SHACL Advanced Features)',
  expression: 'a node expression constraint (SHACL Advanced Features)',
  js: 'a JavaScript-based constraint (SHACL-JS)',
  jsFunctionName: 'a JavaScript-based constraint (SHACL-JS)',
  jsLibrary: 'a JavaScript-based constraint (SHACL-JS)',
  entailment: 'an entailment regime (SHACL 1.5: a processor that does not support it must fail)',
};

/** Classes whose instances are such constructs (and every subclass of them the shapes graph declares). */
const CLASSES: Readonly<Record<string, string>> = {
  ConstraintComponent: 'a constraint component of its own (SHACL 6)',
  SPARQLConstraint: 'a SPARQL-based constraint (SHACL 5)',
  Validator: 'the validator of a constraint component of its own (SHACL 6)',
  SPARQLAskValidator: 'a SPARQL ASK validator (SHACL 6)',
  SPARQLSelectValidator: 'a SPARQL SELECT validator (SHACL 6)',
  Parameter: 'a parameter of a constraint component (SHACL 6)',
  Target: 'a target of its own (SHACL Advanced Features)',
  TargetType: 'a target type (SHACL Advanced Features)',
  SPARQLTarget: 'a SPARQL-based target (SHACL Advanced Features)',
  SPARQLTargetType: 'a SPARQL-based target type (SHACL Advanced Features)',
  SPARQLExecutable: 'a SPARQL query (SHACL 5)',
  SPARQLAskExecutable: 'a SPARQL ASK query (SHACL 5)',
  SPARQLSelectExecutable: 'a SPARQL SELECT query (SHACL 5)',
  SPARQLConstructExecutable: 'a SPARQL CONSTRUCT query (SHACL Advanced Features)',
  SPARQLUpdateExecutable: 'a SPARQL UPDATE (SHACL Advanced Features)',
  Function: 'a SHACL function (SHACL Advanced Features)',
  SPARQLFunction: 'a SPARQL function (SHACL Advanced Features)',
  Rule: 'a rule (SHACL Advanced Features)',
  SPARQLRule: 'a SPARQL rule (SHACL Advanced Features)',
  TripleRule: 'a rule (SHACL Advanced Features)',
  JSConstraint: 'a JavaScript-based constraint (SHACL-JS)',
  JSValidator: 'a JavaScript validator (SHACL-JS)',
  JSTarget: 'a JavaScript-based target (SHACL-JS)',
  JSFunction: 'a JavaScript function (SHACL-JS)',
};

/** The parameters SHACL Core gives an xsd:boolean value. */
const BOOLEANS = ['closed', 'uniqueLang', 'deactivated', 'qualifiedValueShapesDisjoint'];

const TRUE = factory.literal('true', factory.namedNode(XSD('boolean')));

/** Whether a boolean parameter's value switches it on: the literal `true` alone (see above). */
export function isShaclTrue(value: Term | undefined): boolean {
  return value?.equals(TRUE) === true;
}

const refuse = (construct: string, what: string, where: Term): never => {
  const at = label(where);
  const detail = `they use ${construct}, ${what} at ${at}, which profielkit does not implement (SHACL Core only)`;
  throw new ShapesError(detail, { construct });
};

function label(t: Term): string {
  return t.termType === 'BlankNode' ? 'a blank node' : t.termType === 'Literal' ? `"${t.value}"` : `<${t.value}>`;
}

/**
 * Refuses (`ShapesError`, naming the construct) a shapes graph that uses SHACL-SPARQL, SHACL-JS or
 * SHACL Advanced Features, or gives a boolean parameter a value that is no xsd:boolean literal.
 */
export function checkShapesGraph(shapes: DatasetCore): void {
  for (const [local, what] of Object.entries(PREDICATES)) {
    for (const q of shapes.match(null, factory.namedNode(SH(local)), null)) refuse(`sh:${local}`, what, q.subject);
  }
  // the classes above and, through rdfs:subClassOf in the shapes graph, every class below them
  const refused = new Map<string, string>(
    Object.entries(CLASSES).map(([local, what]) => [SH(local), `${what}, typed sh:${local}`]),
  );
  const subClassOf = factory.namedNode(RDFS('subClassOf'));
  for (let grown = true; grown; ) {
    grown = false;
    for (const q of shapes.match(null, subClassOf, null)) {
      const what = refused.get(q.object.value);
      if (what !== undefined && q.subject.termType === 'NamedNode' && !refused.has(q.subject.value)) {
        refused.set(q.subject.value, `${what} through <${q.subject.value}>`);
        grown = true;
      }
    }
  }
  for (const q of shapes.match(null, factory.namedNode(RDF_TYPE), null)) {
    const what = refused.get(q.object.value);
    if (what === undefined) continue;
    const cls = q.object.value;
    refuse(cls.startsWith(SH('')) ? `sh:${cls.slice(SH('').length)}` : `<${cls}>`, what, q.subject);
  }
  for (const local of BOOLEANS) {
    for (const q of shapes.match(null, factory.namedNode(SH(local)), null)) {
      const v = q.object;
      const ok = v.termType === 'Literal' && v.datatype.value === XSD('boolean') && /^(true|false|1|0)$/u.test(v.value);
      if (ok) continue;
      const detail = `sh:${local} of ${label(q.subject)} is ${label(v)}, not an xsd:boolean literal`;
      throw new ShapesError(detail, { construct: `sh:${local}` });
    }
  }
}
