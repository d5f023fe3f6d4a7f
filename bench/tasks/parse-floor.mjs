// The JavaScript floor: n3's StreamParser reading a file, quads counted, nothing stored. Prints
// {ms, cpuMs, peakMB, quads}.   node bench/tasks/parse-floor.mjs <file> <turtle|ntriples>
import { createReadStream } from 'node:fs';
import { StreamParser } from 'n3';

const [file, format] = process.argv.slice(2);
const started = performance.now();
let quads = 0;
const parser = createReadStream(file).pipe(
  new StreamParser({ format: format === 'ntriples' ? 'N-Triples' : 'Turtle' }),
);
parser.on('data', () => quads++);
await new Promise((resolve, reject) => {
  parser.on('end', resolve);
  parser.on('error', reject);
});
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    quads,
  }),
);
