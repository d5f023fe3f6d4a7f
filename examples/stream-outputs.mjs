// Large exports in flat memory: an N-Triples file read as it comes (n3's StreamParser), written as
// compacted JSON-LD (toJsonLdStream) and read back into the API's JSON (toJsonStream), a piece at a
// time, never holding the graph. Here the "file" is a few records; the code is the same for millions.
// Run: node examples/stream-outputs.mjs
import { Readable } from 'node:stream';
import { StreamParser } from 'n3';
import { toJsonLdStream, toNTriples } from 'profielkit';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';

// a small export, as N-Triples text (in real use: fs.createReadStream('export.nt'))
const payload = [1, 2, 3].map((i) => ({
  id: `1000000${i}-e89b-42d3-a456-426614174000`,
  organisatieId: '20000000-e89b-42d3-a456-426614174000',
  voorzieningId: '30000000-e89b-42d3-a456-426614174001',
  status: 'Actief',
  bbnScore: i,
  beheerder: { naam: `Beheerder ${i}`, email: `beheer${i}@gemeente.nl` },
}));
const ntriples = await toNTriples(voorzieninggebruik.fromJson(payload).dataset);
const quads = () => Readable.from([ntriples]).pipe(new StreamParser({ format: 'N-Triples' }));

// 1. compacted JSON-LD, a piece of text at a time (write each piece to a file or a response)
let jsonld = '';
for await (const piece of toJsonLdStream(quads(), { profile: voorzieninggebruik })) jsonld += piece;
const doc = JSON.parse(jsonld);
console.log(`# toJsonLdStream: ${doc['@graph'].length} records; the first one's beheerder is inside it:`);
console.log(JSON.stringify(doc['@graph'][0].beheerder));

// 2. back to the API's JSON, with whatever the JSON cannot hold told, never dropped
let json = '';
const notCarried = [];
for await (const piece of voorzieninggebruik.toJsonStream(quads(), { onNotCarried: (rest) => notCarried.push(rest) }))
  json += piece;
const records = JSON.parse(json);
console.log(`# toJsonStream: ${records.length} records, ${notCarried.length} nodes not carried`);
console.log(JSON.stringify(records[0]));
