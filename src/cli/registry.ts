/**
 * The profiles the command serves, looked up by name or recognised in the data. The command knows
 * profiles only through the registry and the AnyProfile interface, so a newly registered profile
 * appears in every command without a change here.
 */
import type { DatasetCore } from '@rdfjs/types';
import type { AnyProfile } from '../core/profile.js';
import { FileError, UsageError } from './errors.js';
import { profilesTyping, typesANode } from '../core/profiles-in-data.js';
import { profilesOfJson } from '../core/json/detect.js';

/** Profiles by name (src/profiles/index.ts in the built command). */
export type Registry = Readonly<Record<string, AnyProfile>>;

/** The profile named `name`; an unknown name is a usage error that lists the known ones. */
export function profileNamed(registry: Registry, name: string): AnyProfile {
  const profile = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!profile)
    throw new UsageError(`unknown profile '${name}'; the profiles are: ${Object.keys(registry).join(', ')}`);
  return profile;
}

/** The profiles that read a standard's own JSON. */
export function jsonProfiles(registry: Registry): AnyProfile[] {
  return Object.values(registry).filter((p) => p.readsJson);
}

export { typesANode };

/**
 * The profiles that apply to the data, in registry order. Profiles share vocabularies (org:Organization,
 * schema:Person), so a class that several profiles declare says little: a profile applies when a node is
 * typed with one of its own classes, one no other registered profile declares. Only when no such class
 * is present do the shared ones count (every profile that declares a class present applies).
 */
export function profilesInData(registry: Registry, data: DatasetCore): AnyProfile[] {
  return profilesTyping(registry, (iri) => typesANode(data, iri));
}

export { profilesTyping };

/** Requires the profile a json input needs, and that it reads JSON. */
export function profileForJson(command: string, profile: AnyProfile | undefined, registry: Registry): AnyProfile {
  const readers = jsonProfiles(registry).map((p) => p.name);
  const which = readers.length > 0 ? readers.join(', ') : 'none in this version';
  if (!profile) throw new UsageError(`${command}: json input needs --profile (profiles that read JSON: ${which})`);
  if (!profile.readsJson)
    throw new UsageError(
      `${command}: the ${profile.name} profile has no JSON format of its own;` +
        ` give JSON-LD (--from jsonld) or use a profile that reads JSON (${which})`,
    );
  return profile;
}

/**
 * How a profile's JSON records are recognised, in words: `voorzieningId with organisatieId, or voorzieningId with
 * status`.
 */
function recognised(profile: AnyProfile, lang: 'nl' | 'en'): string {
  const and = lang === 'nl' ? ' met ' : ' with ';
  return profile.recognisedBy.map((fields) => fields.join(and)).join(lang === 'nl' ? ', of ' : ', or ');
}

/**
 * The profile of a JSON payload: the one named, else the one its fields say (`profilesOfJson`). None
 * or several is an error (exit 2) that names the file and the --profile values that fit: never a guess.
 */
export function profileOfJson(
  command: string,
  file: string,
  named: AnyProfile | undefined,
  registry: Registry,
  payload: unknown,
  lang: 'nl' | 'en' = 'en',
): AnyProfile {
  if (named) return profileForJson(command, named, registry);
  const readers = jsonProfiles(registry);
  const found = profilesOfJson(readers, payload);
  if (found.length === 1) return found[0] as AnyProfile;
  const options = (list: readonly AnyProfile[]) =>
    list.map((p) => `--profile ${p.name}`).join(lang === 'nl' ? ' of ' : ' or ');
  if (found.length > 1) {
    throw new FileError(
      file,
      lang === 'nl'
        ? `de velden van deze JSON passen bij meer dan één profiel (${found.map((p) => p.name).join(', ')});` +
            ` kies er een met ${options(found)}`
        : `the fields of this JSON fit more than one profile (${found.map((p) => p.name).join(', ')});` +
            ` choose one with ${options(found)}`,
    );
  }
  const how = readers.map((p) => `${p.name}: ${recognised(p, lang)}`).join('; ');
  throw new FileError(
    file,
    lang === 'nl'
      ? `geen profiel herkent de velden van deze JSON (${how}); kies een profiel met ${options(readers)}`
      : `no profile recognises the fields of this JSON (${how}); choose one with ${options(readers)}`,
  );
}
