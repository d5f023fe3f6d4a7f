/**
 * The `@context` profielkit writes for a profile: the bundled context's URL and, where that context
 * coerces a term differently from what the builders write, a small local context after it that fixes
 * those terms. For the official Toestemming context this is every object property: the context types
 * them with their class (so a plain string would become a literal), and without a fix jsonld.compact
 * writes every reference under its full IRI.
 */
import type { BundledContext, ProfileDeclaration, PropertyDeclaration } from '../schema/declaration.js';
import { modelOf } from '../schema/model.js';
import { DATATYPE } from '../rdf/terms.js';

type TermDefinition = Readonly<Record<string, unknown>>;

/** The coercion (`@type`) a term should have for the values builders write. */
function expectedType(property: PropertyDeclaration): string | undefined {
  const range = property.range;
  // a reference by UUID: the API's bare UUID becomes base + UUID through the term's own `@vocab`
  if (range.kind === 'reference' && range.by === 'uuid') return '@vocab';
  if (range.kind !== 'literal') return '@id';
  // RDF 1.1 strings carry no datatype in expanded JSON-LD, so a string term must not coerce
  return range.datatype === 'literal' || range.datatype === 'string' ? undefined : DATATYPE[range.datatype];
}

function isMany(property: PropertyDeclaration): boolean {
  return property.card === '0..*' || property.card === '1..*';
}

/**
 * The context generated from a declaration, for a standard that publishes none: a term per class and
 * per property (its JSON field name), references and concepts as `@id`, datatypes as `@type`, lists
 * as `@set`. An API's own JSON plus this context is JSON-LD with the same properties and values
 * `fromJson` writes (JSON-LD cannot add the `rdf:type`s and minted IRIs `fromJson` adds).
 */
export function generatedContext(declaration: ProfileDeclaration): Record<string, unknown> {
  const model = modelOf(declaration);
  const terms: Record<string, unknown> = {};
  let scoped = false;
  for (const c of model.classes.values()) {
    terms[c.declaration.term] = c.declaration.iri;
    for (const { declaration: p } of c.properties) {
      const type = p.range.kind === 'object' ? undefined : expectedType(p);
      const vocab = uuidVocab(model, p);
      scoped ||= vocab !== undefined;
      const definition = {
        '@id': p.iri,
        ...(type === undefined ? {} : { '@type': type }),
        ...(isMany(p) ? { '@container': '@set' } : {}),
        ...(vocab === undefined ? {} : { '@context': vocab }),
      };
      for (const name of [p.term, ...(p.aliases ?? [])]) terms[name] = definition;
    }
  }
  // property-scoped contexts are JSON-LD 1.1; say so, so that a 1.0 processor refuses rather than misreads
  return { '@context': scoped ? { '@version': 1.1, ...terms } : terms };
}

/**
 * For a reference by UUID, the property-scoped context under which a bare UUID expands to the
 * referenced class's IRI (`urn:uuid:` + UUID by default): `@type: @vocab` makes the value
 * vocabulary-relative, and the scoped `@vocab` is the identity base the declaration gives.
 */
function uuidVocab(model: ReturnType<typeof modelOf>, p: PropertyDeclaration): { '@vocab': string } | undefined {
  if (p.range.kind !== 'reference' || p.range.by !== 'uuid') return undefined;
  const target = model.classes.get(p.range.class);
  return { '@vocab': target?.declaration.identity?.base ?? 'urn:uuid:' };
}

/** The profile's context with its document: the bundled one, or the one generated from the declaration. */
export function bundledContext(
  declaration: ProfileDeclaration,
): BundledContext & { readonly document: Readonly<Record<string, unknown>> } {
  return { urls: declaration.context.urls, document: declaration.context.document ?? generatedContext(declaration) };
}

/** The bundled context's term definitions. */
export function bundledTerms(declaration: ProfileDeclaration): Readonly<Record<string, unknown>> {
  const ctx = bundledContext(declaration).document['@context'];
  return typeof ctx === 'object' && ctx !== null && !Array.isArray(ctx) ? (ctx as Record<string, unknown>) : {};
}

/**
 * Terms redefined so that references compact to `{"@id": ...}` under their term, and literals under
 * theirs. A reference term gets no `@type` at all: `{"@id": ...}` then means the same under the
 * official context alone, so a consumer that ignores the local context still reads a reference.
 */
export function localContext(declaration: ProfileDeclaration): Record<string, TermDefinition> {
  const terms = bundledTerms(declaration);
  const fixes: Record<string, TermDefinition> = {};
  for (const c of modelOf(declaration).classes.values()) {
    for (const { declaration: p } of c.properties) {
      const current = terms[p.term];
      const definition = typeof current === 'object' && current !== null ? (current as TermDefinition) : {};
      const currentType = definition['@type'];
      const wanted = expectedType(p);
      const fits = wanted === '@id' ? currentType === '@id' : currentType === wanted;
      if (fits || p.term in fixes) continue;
      const vocab = uuidVocab(modelOf(declaration), p);
      fixes[p.term] = {
        '@id': p.iri,
        ...(wanted === undefined || wanted === '@id' ? {} : { '@type': wanted }),
        ...(vocab === undefined ? {} : { '@context': vocab }),
        // keep the bundled context's container: a term shared by classes may be a list in one of them
        ...(definition['@container'] !== undefined
          ? { '@container': definition['@container'] }
          : isMany(p)
            ? { '@container': '@set' }
            : {}),
      };
    }
  }
  return fixes;
}

/** The `@context` value documents written for this profile carry. */
export function outputContext(declaration: ProfileDeclaration): string | [string, Record<string, TermDefinition>] {
  const url = declaration.context.urls[0] as string;
  const fixes = localContext(declaration);
  return Object.keys(fixes).length === 0 ? url : [url, fixes];
}
