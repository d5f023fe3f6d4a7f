// The public API stays small enough to hold in one's head: the root entry's names are counted (values and
// types alike) so that it cannot grow back silently, every subpath the package exports is built and
// documented, and no two public names are near twins (the same word in another case or form).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import config from '../tsup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
};
const typedoc = JSON.parse(readFileSync(new URL('../typedoc.json', import.meta.url), 'utf8')) as {
  entryPoints: string[];
};

/** The package's code entries: `profielkit` and its subpaths (shapes, contexts and package.json are files). */
const entries = Object.keys(pkg.exports)
  .filter((key) => !key.includes('*') && key !== './package.json')
  .map((key) => (key === '.' ? 'index' : key.slice(2)));

/** The names an entry exports, values and types, as a consumer's compiler sees them. */
function exportsOf(files: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram(
    files.map((f) => `${root}src/${f}.ts`),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(`${root}src/${file}.ts`);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`no module for src/${file}.ts`);
    names.set(
      file,
      checker.getExportsOfModule(module).map((s) => s.name),
    );
  }
  return names;
}

const publicNames = exportsOf(entries.filter((e) => e !== 'node'));

describe('the public API', () => {
  it('has at most 60 names at the root entry, values and types counted', () => {
    const names = publicNames.get('index') ?? [];
    expect(names.length).toBeGreaterThan(20);
    expect(names.length).toBeLessThanOrEqual(60);
  });

  it('keeps each profile out of the root entry: its names are behind its subpath', () => {
    const rootNames = new Set(publicNames.get('index'));
    for (const profile of ['toestemming', 'voorzieninggebruik', 'verwerkingenlogging', 'softwarecatalogus']) {
      const own = publicNames.get(profile) ?? [];
      expect(own).toContain(profile);
      expect(own.filter((n) => rootNames.has(n))).toEqual([]);
    }
  });

  it('builds, types and documents every subpath the package exports, in ES module and CommonJS form', () => {
    const built = new Set<string>();
    for (const build of Array.isArray(config) ? config : [config]) {
      const entry = (build as { entry?: Record<string, string> }).entry ?? {};
      for (const format of [(build as { format?: string[] }).format ?? []].flat()) {
        for (const name of Object.keys(entry)) built.add(`${name}.${format}`);
      }
    }
    for (const entry of entries) {
      expect(built, entry).toContain(`${entry}.esm`);
      expect(built, entry).toContain(`${entry}.cjs`);
      expect(typedoc.entryPoints, entry).toContain(`src/${entry}.ts`);
      if (entry !== 'index') expect(pkg.typesVersions['*']?.[entry], entry).toEqual([`./dist/${entry}.d.cts`]);
    }
  });

  it('has no near twins: no two names alike but for case or the form of a word', () => {
    const stem = (name: string) => name.toLowerCase().replace(/(ation|ate|ion)/gu, '');
    // a function and the type it returns (stewardReport: StewardReport) differ in their first letter only
    const maker = (a: string, b: string) => a.slice(1) === b.slice(1) && a[0]?.toLowerCase() === b[0]?.toLowerCase();
    const all = [...new Set([...publicNames.values()].flat())];
    const twins: string[] = [];
    for (const a of all) {
      for (const b of all) {
        if (a >= b || maker(a, b)) continue;
        const [x, y] = [a.toLowerCase(), b.toLowerCase()];
        const alike = stem(a) === stem(b) || x === `${y}profile` || y === `${x}profile`;
        if (alike) twins.push(`${a} / ${b}`);
      }
    }
    expect(twins).toEqual([]);
  });
});
