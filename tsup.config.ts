import { defineConfig } from 'tsup';

// Several RDF/JS packages ship as ES modules only. The CommonJS build bundles them so that
// `require('profielkit')` works on every Node 20, not only on those with require(esm).
const esmOnly = [
  /^@rdfjs\//,
  'rdf-validate-shacl',
  'clownface',
  /^@vocabulary\//,
  /^@tpluscode\//,
  'rdf-literal',
  'rdf-dataset-ext',
  'rdf-validate-datatype',
  /^@zazuko\//,
];

// The entries: `profielkit` (the shared machinery, every runtime: no Node built-in is imported), a subpath
// per profile, `profielkit/report`, `profielkit/types`, and `profielkit/node` (the main entry and what needs
// Node's file system). Code splitting, in both formats, puts what several entries use in shared chunks, so
// that a profile imported from its subpath throws the ProfielkitError class of the main entry and is the
// registry's object. The Node entry imports the main one by the package's own name, as before.
const shared = {
  index: 'src/index.ts',
  report: 'src/report.ts',
  types: 'src/types.ts',
  toestemming: 'src/toestemming.ts',
  voorzieninggebruik: 'src/voorzieninggebruik.ts',
  verwerkingenlogging: 'src/verwerkingenlogging.ts',
  softwarecatalogus: 'src/softwarecatalogus.ts',
};
const entry = { ...shared, node: 'src/node.ts' };
const external = ['profielkit'];

export default defineConfig([
  {
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    entry: shared,
    format: ['cjs'],
    // tsup splits CommonJS too when asked; without it each entry had a copy of the core
    splitting: true,
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: esmOnly,
    external,
  },
  // the Node entry's CommonJS build apart: split CommonJS keeps `import.meta`, which a script cannot parse,
  // where the unsplit build makes it an empty object (validateFile then finds its worker by __filename)
  {
    entry: { node: 'src/node.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: esmOnly,
    external,
  },
  // the worker thread of validateFile({ threads }) and of `validate --threads`, beside both
  {
    entry: { 'validate-worker': 'src/validate-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
