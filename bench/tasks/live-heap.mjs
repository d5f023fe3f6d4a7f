// The heap a job keeps alive, sampled now and then after a full collection (node --expose-gc): unlike
// peak resident memory, which follows the collector's moods, this shows whether memory grows with the
// input. A sample costs one collection (some milliseconds); a few are taken in a run.
export function liveHeap() {
  let most = 0;
  return {
    sample() {
      if (typeof globalThis.gc !== 'function') return;
      globalThis.gc();
      most = Math.max(most, process.memoryUsage().heapUsed);
    },
    get mb() {
      return Math.round(most / 1e6);
    },
  };
}
