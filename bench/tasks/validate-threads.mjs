// profielkit's validateFile with a number of threads, as the command runs it (first 1,000 results
// kept, all counted). Prints {ms, cpuMs, peakMB, results}.
//   node bench/tasks/validate-threads.mjs <file> <turtle|ntriples> <threads>
import { profiles, validateFile } from '../../dist/node.js';

const [file, format, threads = '1'] = process.argv.slice(2);
const started = performance.now();
const options = { profile: profiles.toestemming, format, maxResults: 1000 };
const report = await validateFile(file, Number(threads) === 1 ? options : { ...options, threads: Number(threads) });
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    results: report.totalResults,
  }),
);
