// One measurement in a fresh process: prints {ms, cpuMs, peakMB, heapMB, results} (cpuMs: the process's
// user and system CPU time over the same span as ms, which a loaded machine changes less than wall time;
// heapMB: the most heap kept alive, sampled every million triples and at the end; profielkit only).
//   node bench/tasks/validate.mjs <engine> <file> <turtle|ntriples> [profile] [shapes.ttl]
// With a shapes file: validated against the profile's shapes and those (profielkit: as `shapes`, the
// anchors: in one shapes graph). profielkit-reference: profielkit with engine 'reference' (in memory).
// engine: profielkit; anchor (n3 parses into an N3.Store, stock rdf-validate-shacl validates);
// shacl-engine (the same N3.Store, shacl-engine validates); n3-parse (the parse floor: n3's StreamParser
// reads the file and counts quads, nothing stored; prints {triples} instead of {results}).
import { createReadStream, readFileSync } from 'node:fs';
import { DataFactory, Parser, Store, StreamParser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { Validator } from 'shacl-engine';
// BENCH_DIST: another build's dist/node.js (an earlier commit's, to compare with)
const { parseRdf, profiles, validateFile } = await import(process.env.BENCH_DIST ?? '../../dist/node.js');
import { liveHeap } from './live-heap.mjs';

const [engine, file, format, name = 'toestemming', shapesFile] = process.argv.slice(2);
const profile = profiles[name];
const ownShapes = shapesFile === undefined ? '' : readFileSync(shapesFile, 'utf8');
const n3Format = format === 'ntriples' ? 'N-Triples' : 'Turtle';
const started = performance.now();
// from here, as `ms`: start-up (the same for both sides of a comparison) would make every ratio look closer to 1
const cpuStarted = process.cpuUsage();
let results;
let triples;
const heap = liveHeap();
if (engine === 'anchor' || engine === 'shacl-engine') {
  // n3 parses the file into a store; the engine validates it with the profile's shapes (the same Turtle text)
  const store = new Store(new Parser({ format: n3Format }).parse(readFileSync(file, 'utf8')));
  const shapes = new Store([...new Parser().parse(profile.shapes()), ...new Parser().parse(ownShapes)]);
  if (engine === 'anchor') results = (await new SHACLValidator(shapes).validate(store)).results.length;
  else
    results = (
      await new Validator(shapes, { factory: { ...DataFactory, dataset: () => new Store() } }).validate({
        dataset: store,
      })
    ).results.length;
} else if (engine === 'n3-parse') {
  triples = 0;
  const parser = createReadStream(file).pipe(new StreamParser({ format: n3Format }));
  parser.on('data', () => triples++);
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
} else if (engine === 'profielkit' || engine === 'profielkit-reference') {
  // the first 1,000 results kept, all counted: as the command shows them
  const shapes = shapesFile === undefined ? {} : { shapes: parseRdf(ownShapes) };
  const report = await validateFile(file, {
    profile,
    ...shapes,
    format,
    maxResults: 1000,
    ...(engine === 'profielkit-reference' ? { engine: 'reference' } : {}),
    onProgress: (count) => count % 1_000_000 === 0 && heap.sample(),
  });
  heap.sample();
  results = report.totalResults;
  if (report.engine !== (engine === 'profielkit' ? 'fast' : 'reference'))
    throw new Error(`validated by the ${report.engine} engine: ${report.engineReason}`);
} else throw new Error(`unknown engine ${engine}`);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ ms: Math.round(ms), cpuMs, peakMB, heapMB: heap.mb, results, triples }));
