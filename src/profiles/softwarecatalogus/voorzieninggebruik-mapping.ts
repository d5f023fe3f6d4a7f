/**
 * VoorzieningGebruik (the Softwarecatalogus's model until 2025) and the usage model side by side: what
 * corresponds is carried, what does not is named, nothing is invented. The table, with its evidence, is
 * docs/profiles/softwarecatalogus.md; it follows the mapping in shared/specs/vng/softwarecatalogus-2026.md §4.
 *
 * Both directions work on the JSON as the APIs write it (this profile does not import the
 * voorzieninggebruik profile: profiles stay apart). Only the clean and near-clean correspondences are
 * carried: a status with no clean counterpart (Beëindigd; Acquisition, To be phased out, Phased out) is
 * named, not guessed.
 */
import { isUuid } from '../../core/rdf/lexical.js';
import { childPath } from '../../core/record/walk.js';
import { GEBRUIK_STATUS, softwarecatalogusDeclaration } from './declaration.js';

/** A field that has no counterpart in the other model: where it was, and why it is not carried. */
export interface NotCorresponding {
  /** the field as the input names it (`beheerder.email`, `startDatePlanned`) */
  readonly field: string;
  /** its JSON path in the input */
  readonly path: string;
  readonly why: string;
}

/** One record in the other model, and what of the input it could not carry. */
export interface ModelConversion {
  readonly record: Record<string, unknown>;
  readonly notCarried: readonly NotCorresponding[];
}

/** VoorzieningGebruik field -> usage field, for the fields whose meaning is the same (or near it). */
const CARRIED: readonly (readonly [old: string, usage: string])[] = [
  ['id', 'id'],
  ['organisatieId', 'consumer'],
  ['voorzieningId', 'module'],
  ['versieId', 'moduleVersion'],
  ['startDatum', 'startDateInProduction'],
  ['opmerkingen', 'interneAnnotation'],
];

/** Status values that correspond: Gepland/Planned clean, Actief/In production near (the schema text says "actief"). */
const STATUS: readonly (readonly [old: string, usage: string])[] = [
  ['Actief', 'In production'],
  ['Gepland', 'Planned'],
];

const PERSON_FIELDS: Readonly<Record<string, string>> = {
  naam: 'the name of a contact person is not in the register (it lives in Nextcloud Contacts)',
  email: 'the e-mail address of a contact person is not in the register (it lives in Nextcloud Contacts)',
  telefoonnummer: 'the phone number of a contact person is not in the register (it lives in Nextcloud Contacts)',
  functie:
    'the job title is the role of a contactPerson record, and a usage refers to that record by its UUID, ' +
    'which the old record does not have',
};

/** Why each VoorzieningGebruik field without a counterpart is not carried. */
const OLD_ONLY: Readonly<Record<string, string>> = {
  eindDatum:
    'the usage model has no end date, only the start dates of its five statuses (startDateOutPhased is not the same)',
  bbnScore: 'no BBN score on a usage (the module has a bbnLevel, for the application, not per use)',
  ibpScore: 'no IBP score in the usage model',
  bivClassificatie: 'no BIV classification on a usage',
  bedrijfsKritisch: 'no business-critical flag on a usage (the TIME classification is another concept)',
  privacyGevoelig: 'no privacy flag on a usage (the module has its DPIA status)',
  referentieComponenten:
    'GEMMA object ids; the usage model holds element object UUIDs (usedForReferenceComponents) or AMEF ids ' +
    '(amefElements), and a value does not say which it is',
  '@self': "the old object's OpenRegister metadata; the usage object is another object of the register",
};

/** Why each usage field without a counterpart is not carried. */
const USAGE_ONLY: Readonly<Record<string, string>> = {
  provider: 'VoorzieningGebruik has no provider',
  contactPerson:
    'a reference to a contactPerson record; VoorzieningGebruik holds the person (name, e-mail, phone) inline',
  participants: 'VoorzieningGebruik has no participants',
  product: 'VoorzieningGebruik has no product besides the voorziening',
  startDateAcquisition: 'a milestone date VoorzieningGebruik does not have',
  startDatePlanned: 'a milestone date VoorzieningGebruik does not have',
  startDateOutPhasing: 'a milestone date VoorzieningGebruik does not have',
  startDateOutPhased: 'a milestone date; VoorzieningGebruik has an end date, which is not the same',
  usedForReferenceComponents: 'element object UUIDs; VoorzieningGebruik holds GEMMA object ids',
  amefElements: 'AMEF ids; VoorzieningGebruik holds GEMMA object ids',
  elementRef: 'VoorzieningGebruik has no element reference',
  koppelingen: 'VoorzieningGebruik has no connections',
  diensten: 'VoorzieningGebruik has no services',
  cloudDienstverleningsmodel: "the old export's hosting field has another value set",
  plannedReplacement: 'VoorzieningGebruik has no planned replacement',
  plannedReplacementDate: 'VoorzieningGebruik has no planned replacement',
  timeClassification: 'VoorzieningGebruik has no TIME classification',
  timeRationale: 'VoorzieningGebruik has no TIME classification',
  timeReviewDate: 'VoorzieningGebruik has no TIME classification',
  '@self': "the usage object's OpenRegister metadata; the VoorzieningGebruik object is another object",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectObject(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value))
    throw new TypeError(`expected one ${what} (a JSON object), got ${JSON.stringify(value) ?? typeof value}`);
  return value;
}

/** The usage field names by every spelling (1.0.x, 2.4.x, 2.5.x), from the declaration's alias table. */
function usageFieldNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const [key, p] of Object.entries(softwarecatalogusDeclaration().classes.Usage.properties)) {
    names.set(key, key);
    for (const alias of 'aliases' in p ? (p.aliases as readonly string[]) : []) names.set(alias, key);
  }
  return names;
}

/**
 * A VoorzieningGebruik record (its API JSON) as a usage record (`usage` 2.5.x JSON): id, organisatieId,
 * voorzieningId, versieId, startDatum, opmerkingen and a status with a counterpart are carried; the
 * contact's name, e-mail and phone, the BIV, BBN and IBP scores, the flags, the end date and the
 * reference components are named in `notCarried`. The input is not changed.
 */
export function usageFromVoorzieningGebruik(voorzieningGebruik: unknown): ModelConversion {
  const input = expectObject(voorzieningGebruik, 'VoorzieningGebruik');
  const record: Record<string, unknown> = {};
  const notCarried: NotCorresponding[] = [];
  const carried = new Map(CARRIED);
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    const path = childPath('', field);
    const target = carried.get(field);
    if (target !== undefined) record[target] = value;
    else if (field === 'status') {
      const usage = STATUS.find(([old]) => old === value)?.[1];
      if (usage !== undefined) record['status'] = usage;
      else
        notCarried.push({
          field,
          path,
          why:
            `${JSON.stringify(value)} has no clean counterpart among ` +
            `${['Acquisition', 'Planned', 'In production', 'To be phased out', 'Phased out'].join(', ')} ` +
            `(Beëindigd is "To be phased out" by the schema's text and "Phased out" by its meaning)`,
        });
    } else if (field === 'beheerder' || field === 'contactpersoon') {
      if (!isRecord(value))
        notCarried.push({
          field,
          path,
          why: 'a contact person inline; the usage model refers to a contactPerson record',
        });
      else
        for (const [sub, v] of Object.entries(value)) {
          if (v === undefined || v === null) continue;
          notCarried.push({
            field: `${field}.${sub}`,
            path: childPath(path, sub),
            why: PERSON_FIELDS[sub] ?? 'not a field of a contact person',
          });
        }
    } else notCarried.push({ field, path, why: OLD_ONLY[field] ?? 'not a field of VoorzieningGebruik' });
  }
  return { record, notCarried };
}

/** A reference as a UUID: the value, or an extended object's id; `undefined` for a slug or anything else. */
function uuidOf(value: unknown): string | undefined {
  if (typeof value === 'string') return isUuid(value) ? value : undefined;
  if (!isRecord(value)) return undefined;
  const self = value['@self'];
  const id = value['id'] ?? (isRecord(self) ? self['id'] : undefined);
  return typeof id === 'string' && isUuid(id) ? id : undefined;
}

/**
 * A usage record (`gebruik` 1.0.x or 2.4.x, `usage` 2.5.x JSON, in either spelling) as a VoorzieningGebruik
 * record: id, consumer, module, moduleVersion (as UUIDs), startDateInProduction, interneAnnotation and a
 * status with a counterpart are carried; the other milestone dates, the provider, the contact person
 * reference and the rest of the new model are named in `notCarried`. The input is not changed.
 */
export function voorzieningGebruikFromUsage(usage: unknown): ModelConversion {
  const input = expectObject(usage, 'usage record');
  const names = usageFieldNames();
  const back = new Map(CARRIED.map(([old, key]) => [key, old]));
  const record: Record<string, unknown> = {};
  const notCarried: NotCorresponding[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    const path = childPath('', field);
    const key = names.get(field);
    const old = key === undefined ? undefined : back.get(key);
    if (key === 'status') {
      const english = typeof value === 'string' ? (GEBRUIK_STATUS[value] ?? value) : value;
      const found = STATUS.find(([, u]) => u === english)?.[0];
      if (found !== undefined) record['status'] = found;
      else
        notCarried.push({
          field,
          path,
          why:
            `${JSON.stringify(value)} has no counterpart among Actief, Gepland, Beëindigd ` +
            'that the models share cleanly',
        });
    } else if (old !== undefined && (key === 'consumer' || key === 'module' || key === 'moduleVersion')) {
      const id = uuidOf(value);
      if (id !== undefined) record[old] = id;
      else
        notCarried.push({
          field,
          path,
          why:
            `VoorzieningGebruik refers by UUID, and ${JSON.stringify(value)} gives none ` +
            '(a slug, or an object without its id)',
        });
    } else if (old !== undefined) record[old] = value;
    else
      notCarried.push({
        field,
        path,
        why: (key === undefined ? undefined : USAGE_ONLY[key]) ?? USAGE_ONLY[field] ?? 'not a field of the usage model',
      });
  }
  return { record, notCarried };
}
