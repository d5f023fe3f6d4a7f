// Validating an N-Triples export on every core: validateFile({ threads }) cuts the file at subject
// boundaries and validates the parts on worker threads, with the results one thread gives, in the
// same order (`profielkit validate --threads N` does the same; its default is every core).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from 'profielkit/node';
import { toestemming } from 'profielkit/toestemming';
import { writeExport } from '../bench/generate.mjs';

const dir = mkdtempSync(join(tmpdir(), 'profielkit-threads-'));
try {
  const file = join(dir, 'export.nt');
  await writeExport(file, 20000, 'ntriples'); // 20,000 records, 21 MB; every 50th broken
  const threads = Math.max(2, availableParallelism());
  const one = await validateFile(file, { profile: toestemming, format: 'ntriples', maxResults: 5 });
  const many = await validateFile(file, { profile: toestemming, format: 'ntriples', maxResults: 5, threads });
  console.log(`1 thread: ${one.totalResults} results; ${threads} threads: ${many.totalResults} results`);
  console.log(
    `the same first five, in the same order: ${JSON.stringify(one.results) === JSON.stringify(many.results)}`,
  );
  for (const r of many.results) console.log(`${r.severity.padEnd(9)} ${r.focusNode}  ${r.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
