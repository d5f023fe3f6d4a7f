// Bundles a page's code for a browser with esbuild (code splitting on), as an application would bundle profielkit:
// platform browser (a Node built-in anywhere in what is reached is a build error), ES modules,
// minified, with a metafile that lists every module the bundle holds. Shared by the browser test
// (test/browser/) and `npm run bundle-sizes`, which prints the sizes the README gives.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `code` (an ES module that imports from 'profielkit', resolved to the build in dist/) with
 * code splitting, as Vite, Rollup and webpack do by default: what is imported dynamically (jsonld.js,
 * rdf-validate-shacl, rdf-validate-datatype) goes to chunks loaded only when used, and a dynamic import
 * in code that is never reached is dropped. Resolves to the files (path -> text), the entry's name,
 * and for the initial load (the entry and what it imports statically) and for the chunks it may load
 * later (dynamic imports it can reach): their size, gzipped size and input modules.
 */
export async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'page.js', loader: 'js' },
    bundle: true,
    write: false,
    splitting: true,
    outdir: join(root, '.tmp', 'bundle'),
    entryNames: 'page',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    // `profielkit` is dist/index.js, `profielkit/toestemming` dist/toestemming.js
    alias: { profielkit: './dist' },
  });
  const outputs = result.metafile.outputs;
  const name = (path) => relative(join(root, '.tmp', 'bundle'), join(root, path));
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint !== undefined);
  // what the page loads at start (static imports), and what it can load later (dynamic ones); esbuild
  // also writes chunks for dynamic imports in code no page reaches: those are never loaded
  const reach = (kinds) => {
    const seen = new Set();
    const visit = (o) => {
      if (seen.has(o)) return;
      seen.add(o);
      for (const i of outputs[o].imports) if (kinds.includes(i.kind) && outputs[i.path]) visit(i.path);
    };
    visit(entry);
    return seen;
  };
  const initial = reach(['import-statement']);
  const reachable = reach(['import-statement', 'dynamic-import']);
  const files = Object.fromEntries(
    result.outputFiles.map((f) => [relative(join(root, '.tmp', 'bundle'), f.path), f.text]),
  );
  const part = (which) => {
    const chosen = Object.keys(outputs).filter((o) => !o.endsWith('.map') && which(o));
    const text = chosen.map((o) => files[name(o)] ?? '').join('');
    return {
      bytes: Buffer.byteLength(text),
      gzipped: chosen.reduce((n, o) => n + gzipSync(files[name(o)] ?? '').length, 0),
      inputs: chosen.flatMap((o) => Object.keys(outputs[o].inputs)),
    };
  };
  return {
    files,
    entry: name(entry),
    initial: part((o) => initial.has(o)),
    lazy: part((o) => reachable.has(o) && !initial.has(o)),
  };
}

/** Every entry but `profielkit/node`: what a browser may import. */
export const EVERYTHING = [
  "export * from 'profielkit';",
  ...['toestemming', 'voorzieninggebruik', 'verwerkingenlogging', 'softwarecatalogus', 'report'].map(
    (entry) => `export * as ${entry} from 'profielkit/${entry}';`,
  ),
].join('\n');

/** The pages the README gives sizes for: what each imports. */
export const PAGES = {
  'builders + toTurtle': `import { toTurtle } from 'profielkit';
import { toestemming, Contactkanaal } from 'profielkit/toestemming';
const g = toestemming.graph();
g.Agent({ id: 'https://example.org/persoon/1' });
globalThis.out = await toTurtle(g.dataset, { profile: toestemming });`,
  'builders + validate (fast path)': `import { validate } from 'profielkit';
import { toestemming } from 'profielkit/toestemming';
const g = toestemming.graph();
g.Agent({ id: 'https://example.org/persoon/1' });
globalThis.out = await validate(g.dataset, { profile: toestemming });`,
  'everything (the browser test page)': EVERYTHING,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const has = (inputs, pkg) => inputs.some((i) => i.includes(`node_modules/${pkg}/`));
  console.log(
    '| page | loaded at start: minified, ' +
      'gzipped | holds jsonld.js / rdf-validate-shacl | loaded only when used: gzipped |\n|---|---:|---|---:|',
  );
  for (const [page, code] of Object.entries(PAGES)) {
    const b = await bundle(code);
    const lib = (pkg) => (has(b.initial.inputs, pkg) ? 'yes' : 'no');
    console.log(
      `| ${page} | ${kb(b.initial.bytes)}, ${kb(b.initial.gzipped)} | ${lib('jsonld')} / ` +
        `${lib('rdf-validate-shacl')} | ${b.lazy.bytes === 0 ? '-' : kb(b.lazy.gzipped)} |`,
    );
  }
}
