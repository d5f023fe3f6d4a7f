/**
 * Which profiles apply to RDF data, as the command and the validator page decide it: profiles share
 * vocabularies (org:Organization, schema:Person), so a class that several profiles declare says
 * little. A profile applies when a node is typed with one of its own classes, one no other profile
 * given declares; only when no such class is present do the shared ones count.
 */
import type { DatasetCore } from '@rdfjs/types';
import type { AnyProfile } from './profile.js';
import { factory, RDF_TYPE } from './rdf/terms.js';

/** Whether a node of the data is typed with the class `iri` (the question `profilesTyping` asks of a dataset). */
export function typesANode(data: DatasetCore, iri: string): boolean {
  for (const _ of data.match(null, factory.namedNode(RDF_TYPE), factory.namedNode(iri))) return true;
  return false;
}

/** The profiles that apply, in the order given, given whether a node of the data has class `iri`. */
export function profilesTyping(
  profiles: Readonly<Record<string, AnyProfile>> | readonly AnyProfile[],
  typed: (iri: string) => boolean,
): AnyProfile[] {
  const all = (Array.isArray(profiles) ? profiles : Object.values(profiles)) as readonly AnyProfile[];
  const classesOf = (p: AnyProfile) => Object.values(p.declaration.classes).map((c) => c.iri);
  const owners = new Map<string, number>();
  for (const profile of all) for (const iri of new Set(classesOf(profile))) owners.set(iri, (owners.get(iri) ?? 0) + 1);
  const own = all.filter((p) => classesOf(p).some((iri) => owners.get(iri) === 1 && typed(iri)));
  if (own.length > 0) return own;
  return all.filter((p) => classesOf(p).some((iri) => typed(iri)));
}
