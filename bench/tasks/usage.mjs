// Loaded into a command run by the growth bench (node --import): when the process exits, it writes
// its own CPU time (user + system, every thread) and peak resident memory to the file named by
// PROFIELKIT_BENCH_USAGE. Node gives a parent no child's resource usage; the process itself can.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.PROFIELKIT_BENCH_USAGE;
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ cpuMs, peakMB: usage.maxRSS / 1024 }));
  });
}
