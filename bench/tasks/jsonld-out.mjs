// One measurement in a fresh process: a Toestemming export already in memory (not timed) to
// compacted JSON-LD text. Prints {ms, peakMB, nodes}.
//   node bench/tasks/jsonld-out.mjs <profielkit|anchor> <export.ttl>
import { readFileSync } from 'node:fs';
import { toJsonLd, parseRdf } from '../../dist/index.js';
import { toestemming } from '../../dist/toestemming.js';

const [engine, file] = process.argv.slice(2);
const data = parseRdf(readFileSync(file, 'utf8'));
const started = performance.now();
// the anchor is jsonld.js fromRDF(quads) + compact with the same context, which is profielkit's reference engine
const doc = await toJsonLd(data, { profile: toestemming, engine: engine === 'anchor' ? 'reference' : 'fast' });
const text = JSON.stringify(doc);
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    nodes: doc['@graph'].length,
    bytes: text.length,
  }),
);
