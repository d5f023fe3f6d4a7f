// One measurement in a fresh process: prints {ms, peakMB, heapMB, results} (heapMB: the most heap kept
// alive, sampled every million triples and at the end; profielkit only).
//   node bench/tasks/validate.mjs <profielkit|anchor> <file> <turtle|ntriples> [profile]
import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { profiles, validateFile } from '../../dist/node.js';
import { liveHeap } from './live-heap.mjs';

const [engine, file, format, name = 'toestemming'] = process.argv.slice(2);
const profile = profiles[name];
const started = performance.now();
let results;
const heap = liveHeap();
if (engine === 'anchor') {
  // the anchor: n3 parses the file into a store, rdf-validate-shacl validates it with the same shapes
  const store = new Store(new Parser({ format: format === 'ntriples' ? 'N-Triples' : 'Turtle' }).parse(readFileSync(file, 'utf8')));
  const shapes = new Store(new Parser().parse(profile.shapes()));
  results = (await new SHACLValidator(shapes).validate(store)).results.length;
} else {
  // the first 1,000 results kept, all counted: as the command shows them
  const report = await validateFile(file, { profile, format, maxResults: 1000, onProgress: (triples) => triples % 1_000_000 === 0 && heap.sample() });
  heap.sample();
  results = report.totalResults;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), heapMB: heap.mb, results }));
