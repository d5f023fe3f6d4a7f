// The validator page (web/): `npm run web` serves it for development, `npm run web:build` writes
// static files to web/dist/. profielkit is taken from its sources (as the tests do), so the page
// needs no `npm run build` first. Everything is bundled: no CDN, no font, nothing fetched later.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built page forbids itself any connection (fetch, XHR, WebSocket, beacons: connect-src 'none')
 * and loads scripts, styles and its worker only from its own origin. Only in the build: the
 * development server's live reload needs a WebSocket and inline styles.
 */
const POLICY =
  "default-src 'self'; connect-src 'none'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";
function contentSecurityPolicy(): Plugin {
  return {
    name: 'profielkit-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`,
      ),
  };
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // the version printed on the reports
  define: { __PROFIELKIT_VERSION__: JSON.stringify(pkg.version) },
  root: fileURLToPath(new URL('.', import.meta.url)),
  // relative URLs: the files work from any folder of any static host
  base: './',
  plugins: [contentSecurityPolicy()],
  resolve: {
    alias: [
      { find: /^profielkit$/u, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
      { find: /^profielkit\/(.+)$/u, replacement: `${fileURLToPath(new URL('../src/', import.meta.url))}$1.ts` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // no inlined data: URLs for assets either way; and no module preload polyfill that fetches
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
  },
  worker: {
    format: 'es',
    // one file: jsonld.js and rdf-validate-shacl, which profielkit loads on first use, are in the
    // worker from the start, so that nothing is fetched after the page has loaded (and it works offline)
    rolldownOptions: { output: { codeSplitting: false } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
