/**
 * How many focus nodes a shapes graph selects in a data graph (SHACL 2.1.3: targets), for the
 * reference engine's "nodes checked": a report on data that no shape targets says that nothing was
 * checked rather than that it conforms.
 */
import type { DatasetCore, Term } from '@rdfjs/types';
import { factory, nodeId, RDF_TYPE, RDFS, SH, termKey } from '../rdf/terms.js';

const type = factory.namedNode(RDF_TYPE);
const subClassOf = factory.namedNode(RDFS('subClassOf'));
const rdfsClass = factory.namedNode(RDFS('Class'));

function objects(data: DatasetCore, s: Term | null, p: Term): Term[] {
  return [...data.match(s, p, null)].map((q) => q.object);
}

/** The class and every class below it by rdfs:subClassOf in the data (SHACL's SHACL instance). */
function withSubclasses(data: DatasetCore, cls: Term): Term[] {
  const seen = new Map<string, Term>([[nodeId(cls), cls]]);
  const queue = [cls];
  for (let c = queue.pop(); c !== undefined; c = queue.pop()) {
    for (const q of data.match(null, subClassOf, c)) {
      if (!seen.has(nodeId(q.subject))) {
        seen.set(nodeId(q.subject), q.subject);
        queue.push(q.subject);
      }
    }
  }
  return [...seen.values()];
}

/**
 * Whether `s` is a shape of the shapes graph, as SHACL defines it (3.1): a SHACL instance of
 * sh:NodeShape or sh:PropertyShape, or the subject of a target or of a parameter (any SHACL term, so
 * that `ex:A a rdfs:Class ; sh:property […]` is a shape, and with it an implicit class target).
 */
export function isShape(shapes: DatasetCore, s: Term): boolean {
  if (
    shapes.match(s, type, factory.namedNode(SH('NodeShape'))).size > 0 ||
    shapes.match(s, type, factory.namedNode(SH('PropertyShape'))).size > 0
  )
    return true;
  for (const q of shapes.match(s, null, null)) if (q.predicate.value.startsWith(SH(''))) return true;
  return false;
}

/**
 * The number of distinct focus nodes of every target in `shapes` (targetClass, implicit class targets, targetNode,
 * targetSubjectsOf, targetObjectsOf).
 */
export function countFocusNodes(shapes: DatasetCore, data: DatasetCore): number {
  const focus = new Set<string>();
  const classes = [
    ...objects(shapes, null, factory.namedNode(SH('targetClass'))),
    // a shape that is also an rdfs:Class targets its instances (2.1.3.3)
    ...[...shapes.match(null, type, rdfsClass)].map((q) => q.subject).filter((s) => isShape(shapes, s)),
  ];
  for (const cls of classes)
    for (const c of withSubclasses(data, cls)) for (const q of data.match(null, type, c)) focus.add(nodeId(q.subject));
  // a literal by its value, datatype, language and direction, a triple term by its terms: the same key from either
  // target
  const key = termKey;
  for (const n of objects(shapes, null, factory.namedNode(SH('targetNode')))) focus.add(key(n));
  for (const p of objects(shapes, null, factory.namedNode(SH('targetSubjectsOf'))))
    for (const q of data.match(null, p, null)) focus.add(nodeId(q.subject));
  for (const p of objects(shapes, null, factory.namedNode(SH('targetObjectsOf')))) {
    for (const q of data.match(null, p, null)) focus.add(key(q.object));
  }
  return focus.size;
}
