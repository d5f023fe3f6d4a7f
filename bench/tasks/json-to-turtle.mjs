// One measurement in a fresh process: prints {ms, peakMB, heapMB, triples} (heapMB: the most heap kept
// alive, sampled every 1,000 writes of 64 KB and at the end; profielkit only).
//   node bench/tasks/json-to-turtle.mjs <profielkit|anchor> <payload.json> <out.ttl>
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import jsonld from 'jsonld';
import { DataFactory, Writer } from 'n3';
import { voorzieninggebruik } from '../../dist/voorzieninggebruik.js';
import { liveHeap } from './live-heap.mjs';

const [engine, file, out] = process.argv.slice(2);
const started = performance.now();
let triples = 0;
const heap = liveHeap();
if (engine === 'anchor') {
  // the anchor: jsonld.js toRDF with the profile's context, then N3.Writer (terms made real RDF/JS terms first)
  const records = JSON.parse(readFileSync(file, 'utf8'));
  const quads = await jsonld.toRDF(
    { '@context': voorzieninggebruik.contextDocument()['@context'], '@graph': records },
    {},
  );
  const writer = new Writer({ prefixes: voorzieninggebruik.declaration.prefixes });
  const term = (t) =>
    t.termType === 'NamedNode'
      ? DataFactory.namedNode(t.value)
      : t.termType === 'BlankNode'
        ? DataFactory.blankNode(t.value.replace(/^_:/, ''))
        : DataFactory.literal(t.value, t.language || DataFactory.namedNode(t.datatype.value));
  for (const q of quads) writer.addQuad(term(q.subject), term(q.predicate), term(q.object));
  triples = quads.length;
  writeFileSync(out, await new Promise((resolve, reject) => writer.end((e, r) => (e ? reject(e) : resolve(r)))));
} else {
  const output = createWriteStream(out);
  let writes = 0;
  const summary = await voorzieninggebruik.fromJsonStream(createReadStream(file), async (text) => {
    if (++writes % 1000 === 0) heap.sample();
    if (!output.write(text)) await once(output, 'drain');
  });
  heap.sample();
  output.end();
  await once(output, 'finish');
  triples = summary.triples;
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapMB: heap.mb,
    triples,
  }),
);
