/**
 * A declaration, resolved once: inheritance walked, IRIs indexed. Everything that derives from a
 * declaration (builders, readers, shapes, contexts) works on this model rather than re-walking it.
 */
import { ProfielkitError } from '../errors.js';
import type { ClassDeclaration, CodeList, ProfileDeclaration, PropertyDeclaration } from './declaration.js';

export interface PropertyModel {
  /** the property's key in builder input and reader output */
  readonly key: string;
  readonly declaration: PropertyDeclaration;
  /** the key of the class that declares it */
  readonly declaredOn: string;
}

export interface ClassModel {
  readonly key: string;
  readonly declaration: ClassDeclaration;
  /** keys of the superclasses, nearest first */
  readonly ancestors: readonly string[];
  /** keys of all subclasses, at any depth */
  readonly descendants: readonly string[];
  /** every property, inherited ones first; a subclass's own declaration wins over an inherited one */
  readonly properties: readonly PropertyModel[];
  /** the class IRI and those of its superclasses: the `rdf:type`s a builder writes */
  readonly types: readonly string[];
}

export interface ProfileModel {
  readonly declaration: ProfileDeclaration;
  readonly classes: ReadonlyMap<string, ClassModel>;
  /** class models by class IRI */
  readonly byIri: ReadonlyMap<string, ClassModel>;
  /** the code lists the profile's properties use */
  readonly codeLists: readonly CodeList[];
}

const cache = new WeakMap<ProfileDeclaration, ProfileModel>();

/** Resolves a declaration into its model; throws if the declaration is inconsistent. */
export function modelOf(declaration: ProfileDeclaration): ProfileModel {
  const cached = cache.get(declaration);
  if (cached) return cached;
  const model = compile(declaration);
  cache.set(declaration, model);
  return model;
}

function compile(declaration: ProfileDeclaration): ProfileModel {
  const decls = declaration.classes;
  const keys = Object.keys(decls);
  const fail = (detail: string): never => {
    throw new ProfielkitError('declaration/invalid', `profile ${declaration.name}: ${detail}`);
  };

  const ancestorsOf = (key: string): string[] => {
    const chain: string[] = [];
    let parent = decls[key]?.subClassOf;
    while (parent !== undefined) {
      if (!(parent in decls)) fail(`${key} is a subclass of unknown class ${parent}`);
      if (chain.includes(parent) || parent === key) fail(`${key} has a cycle in subClassOf`);
      chain.push(parent);
      parent = decls[parent]?.subClassOf;
    }
    return chain;
  };

  const ancestors = new Map(keys.map((k) => [k, ancestorsOf(k)]));
  const classes = new Map<string, ClassModel>();
  const codeLists = new Set<CodeList>();
  for (const key of keys) {
    const declarationOfClass = decls[key] as ClassDeclaration;
    const up = ancestors.get(key) ?? [];
    const byKey = new Map<string, PropertyModel>();
    for (const owner of [...up].reverse().concat(key)) {
      for (const [propKey, prop] of Object.entries((decls[owner] as ClassDeclaration).properties)) {
        if (prop.range.kind === 'reference' && !(prop.range.class in decls)) {
          fail(`${owner}.${propKey} refers to unknown class ${prop.range.class}`);
        }
        if (prop.range.kind === 'concept' && prop.range.codeList) codeLists.add(prop.range.codeList);
        byKey.set(propKey, { key: propKey, declaration: prop, declaredOn: owner });
      }
    }
    for (const { key: propKey, declaration: prop } of byKey.values()) {
      if (prop.notBefore === undefined) continue;
      // the order rule compares two literals of one kind; anything else cannot be checked
      const other = byKey.get(prop.notBefore)?.declaration.range;
      const comparable = ['date', 'dateTime', 'integer'];
      if (
        prop.range.kind !== 'literal' ||
        other?.kind !== 'literal' ||
        other.datatype !== prop.range.datatype ||
        !comparable.includes(prop.range.datatype)
      ) {
        fail(
          `${key}.${propKey} may not precede ${prop.notBefore},` +
            ' but they are not two date, dateTime or integer properties of one kind',
        );
      }
    }
    classes.set(key, {
      key,
      declaration: declarationOfClass,
      ancestors: up,
      descendants: keys.filter((other) => ancestors.get(other)?.includes(key)),
      properties: [...byKey.values()],
      types: [declarationOfClass.iri, ...up.map((a) => (decls[a] as ClassDeclaration).iri)],
    });
  }
  const byIri = new Map([...classes.values()].map((c) => [c.declaration.iri, c]));
  if (byIri.size !== classes.size) fail('two classes share an IRI');
  return { declaration, classes, byIri, codeLists: [...codeLists] };
}

/** The class model for a key; throws a clear error for an unknown key (JavaScript callers). */
export function classModel(model: ProfileModel, key: string): ClassModel {
  const found = model.classes.get(key);
  if (!found) {
    throw new ProfielkitError(
      'declaration/unknown-class',
      `profile ${model.declaration.name} has no class ${key}; it has ${[...model.classes.keys()].join(', ')}`,
    );
  }
  return found;
}

/** IRIs of a class and all its subclasses: a value of any of them fits a reference to the class. */
export function classAndSubclassIris(model: ProfileModel, key: string): string[] {
  const c = classModel(model, key);
  return [c.declaration.iri, ...c.descendants.map((d) => classModel(model, d).declaration.iri)];
}

/** Every IRI under which a code list's concepts were published. */
export function conceptIris(list: CodeList): string[] {
  return list.forms.flatMap((form) => Object.keys(list.concepts).map((notation) => form + notation));
}
