import { defineConfig } from 'tsup';

// Several RDF/JS packages ship as ES modules only. The CommonJS build bundles them so that
// `require('profielkit')` works on every Node 20, not only on those with require(esm).
const esmOnly = [/^@rdfjs\//, 'rdf-validate-shacl', 'clownface', /^@vocabulary\//, /^@tpluscode\//, 'rdf-literal', 'rdf-dataset-ext', 'rdf-validate-datatype', /^@zazuko\//];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: esmOnly,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
