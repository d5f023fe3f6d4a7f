/**
 * JSON paths (`records[3].beheerder.naam`) for walks over large values: each step keeps its parent
 * and key, and the path is spelled out only when an error needs it (building a string for each of a
 * million values cost seconds).
 */

/** Where a value sits: its parent's step and its key or index; the root has neither. */
export interface JsonStep {
  readonly parent: JsonStep | undefined;
  readonly key: string | number | undefined;
}

export const ROOT: JsonStep = { parent: undefined, key: undefined };

/** The path of a step, `''` for the root. */
export function pathOf(step: JsonStep): string {
  const keys: (string | number)[] = [];
  for (let s: JsonStep | undefined = step; s?.key !== undefined; s = s.parent) keys.push(s.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string | number;
    path = typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
  }
  return path;
}
