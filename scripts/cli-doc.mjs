// Writes the generated blocks of docs/cli.md and README.md (the command's synopsis, options, formats and
// exit codes) from the command table, src/cli/options.ts. `npm run docs:cli`; a test fails while they are stale.
// esbuild (already a devDependency) turns the TypeScript into one module in memory: nothing is written but the docs.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const bundled = await build({
  stdin: {
    contents:
      "export { withGeneratedBlocks } from './src/cli/cli-doc.ts';\n" +
      "export { profileCatalog } from './src/profiles/catalog.ts';\n",
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const code = bundled.outputFiles[0].text;
const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
const { withGeneratedBlocks, profileCatalog } = await import(url);
for (const file of ['docs/cli.md', 'README.md']) {
  const path = new URL(file, root);
  const before = readFileSync(path, 'utf8');
  const after = withGeneratedBlocks(before, profileCatalog);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'current' : 'written'}`);
}
