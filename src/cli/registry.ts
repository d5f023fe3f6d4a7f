/**
 * The profiles the command serves, looked up by name or recognised in the data. The command knows
 * profiles only through the registry and the AnyProfile interface, so a newly registered profile
 * appears in every command without a change here.
 */
import type { DatasetCore } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { AnyProfile } from '../core/profile.js';
import { RDF_TYPE } from '../core/rdf/terms.js';
import { UsageError } from './errors.js';

/** Profiles by name (src/profiles/index.ts in the built command). */
export type Registry = Readonly<Record<string, AnyProfile>>;

/** The profile named `name`; an unknown name is a usage error that lists the known ones. */
export function profileNamed(registry: Registry, name: string): AnyProfile {
  const profile = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!profile) throw new UsageError(`unknown profile '${name}'; the profiles are: ${Object.keys(registry).join(', ')}`);
  return profile;
}

/** The profiles that read a standard's own JSON. */
export function jsonProfiles(registry: Registry): AnyProfile[] {
  return Object.values(registry).filter((p) => p.readsJson);
}

/** Whether a node of the data is typed with the class `iri`. */
export function typesANode(data: DatasetCore, iri: string): boolean {
  for (const _ of data.match(null, DataFactory.namedNode(RDF_TYPE), DataFactory.namedNode(iri))) return true;
  return false;
}

/**
 * The profiles that apply to the data, in registry order. Profiles share vocabularies (org:Organization,
 * schema:Person), so a class that several profiles declare says little: a profile applies when a node is
 * typed with one of its own classes, one no other registered profile declares. Only when no such class
 * is present do the shared ones count (every profile that declares a class present applies).
 */
export function profilesInData(registry: Registry, data: DatasetCore): AnyProfile[] {
  return profilesTyping(registry, (iri) => typesANode(data, iri));
}

/** As `profilesInData`, with `typed(iri)` telling whether a node of the data has class `iri`. */
export function profilesTyping(registry: Registry, typed: (iri: string) => boolean): AnyProfile[] {
  const all = Object.values(registry);
  const owners = new Map<string, number>();
  for (const profile of all) {
    for (const iri of new Set(Object.values(profile.declaration.classes).map((c) => c.iri))) owners.set(iri, (owners.get(iri) ?? 0) + 1);
  }
  const classesOf = (p: AnyProfile) => Object.values(p.declaration.classes).map((c) => c.iri);
  const own = all.filter((p) => classesOf(p).some((iri) => owners.get(iri) === 1 && typed(iri)));
  if (own.length > 0) return own;
  return all.filter((p) => classesOf(p).some((iri) => typed(iri)));
}

/** Requires the profile a json input needs, and that it reads JSON. */
export function profileForJson(command: string, profile: AnyProfile | undefined, registry: Registry): AnyProfile {
  const readers = jsonProfiles(registry).map((p) => p.name);
  const which = readers.length > 0 ? readers.join(', ') : 'none in this version';
  if (!profile) throw new UsageError(`${command}: json input needs --profile (profiles that read JSON: ${which})`);
  if (!profile.readsJson) throw new UsageError(`${command}: the ${profile.name} profile has no JSON format of its own; give JSON-LD (--from jsonld) or use a profile that reads JSON (${which})`);
  return profile;
}
