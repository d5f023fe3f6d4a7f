/** A profile's generated shapes as a dataset, parsed once per declaration. */
import { Parser, Store } from 'n3';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { generateShapes } from './generate.js';

const cache = new WeakMap<ProfileDeclaration, Store>();

/** The profile's SHACL shapes as a dataset (parsed once from the generated Turtle). */
export function shapesDataset(declaration: ProfileDeclaration): Store {
  let store = cache.get(declaration);
  if (!store) {
    store = new Store(new Parser().parse(generateShapes(declaration)));
    cache.set(declaration, store);
  }
  return store;
}
