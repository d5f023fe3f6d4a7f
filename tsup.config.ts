import { defineConfig } from 'tsup';

// Several RDF/JS packages ship as ES modules only. The CommonJS build bundles them so that
// `require('profielkit')` works on every Node 20, not only on those with require(esm).
const esmOnly = [/^@rdfjs\//, 'rdf-validate-shacl', 'clownface', /^@vocabulary\//, /^@tpluscode\//, 'rdf-literal', 'rdf-dataset-ext', 'rdf-validate-datatype', /^@zazuko\//];

// Two entries: `profielkit` (every runtime: no Node built-in is imported) and `profielkit/node`
// (the same, and what needs Node's file system). The Node entry imports the main one by the package's
// own name, so that both share one copy of the code (one ProfielkitError class, one registry).
const entry = { index: 'src/index.ts', node: 'src/node.ts' };
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
    entry,
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
