// npm run bench: every path of the command checked for growth (bench/growth.mjs: each conversion and
// validation at N and 2N records; the bench stops when one grows faster than its input), then profielkit
// side by side with anchors measured in the same run, each measurement in a fresh process (time end to
// end, peak resident memory). The generators know how many SHACL results their faults must give, and the
// bench stops when profielkit reports another number; an anchor that reports another number is shown with
// it, marked "(wrong)". A whole run writes its tables to docs/performance.md (BENCH_DOC: another file, or
// none when empty). npm run bench:smoke (`--smoke`): the growth check alone, at small sizes, for CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeExport, writeVerwerkteObjecten, writeVoorzieningGebruik } from './generate.mjs';
import { jena as findJena, JENA_HINT, serdi as findSerdi, SERDI_HINT } from './external.mjs';
import { allPaths, growth, pathName, smokePaths } from './growth.mjs';
import { scale } from './scale.mjs';
import { OSLO_GOAL, OSLO_SHAPES, sideBySide } from './oslo.mjs';
import { profiles } from '../dist/index.js';

const smoke = process.argv.includes('--smoke');
const began = new Date();
const loadBefore = loadavg();
// every table goes to standard output and, after a whole run, to docs/performance.md
const lines = [];
const log = (text = '') => {
  console.log(text);
  lines.push(text);
};
const root = new URL('..', import.meta.url).pathname;
const git = (...args) => spawnSync('git', args, { encoding: 'utf8', cwd: root }).stdout?.trim();
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
// the anchors hold the whole graph in memory (shacl-engine about 1.9 GB and Jena 1.6 GB at 100,000
// records): they run up to this size only
const anchorMax = Number(process.env.BENCH_ANCHOR_MAX ?? 100000);
const dir = mkdtempSync(join(tmpdir(), 'profielkit-bench-'));

/**
 * The growth check of `paths` at about `triples` triples and twice that; on a failure the bench stops
 * with the failures on standard error (exit 1).
 */
async function checkGrowth(paths, triples, jobs) {
  // BENCH_PATHS: only the paths whose name holds one of these (comma-separated), to try one path
  const only = process.env.BENCH_PATHS?.split(',');
  const chosen = only ? paths.filter((path) => only.some((part) => pathName(path).includes(part))) : paths;
  let failures;
  try {
    failures = await growth(dir, { paths: chosen, triples, jobs, log });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (failures.length === 0) return;
  rmSync(dir, { recursive: true, force: true });
  const list = failures.map((failure) => `- ${failure}`).join('\n');
  console.error(`\nThe bench stops: ${failures.length} of ${chosen.length} paths fail the growth check:\n${list}`);
  process.exit(1);
}
const jobsOf = (fallback) => Number(process.env.BENCH_JOBS ?? fallback);
if (smoke) {
  // in CI: every path once, at small sizes, two at a time (CPU time does not mind the company)
  const started = performance.now();
  const triples = Number(process.env.BENCH_GROWTH_TRIPLES ?? 40000);
  await checkGrowth(smokePaths(), triples, jobsOf(Math.min(2, availableParallelism())));
  rmSync(dir, { recursive: true, force: true });
  const took = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\nbench:smoke: every path grows as its input does (${took} s)`);
  process.exit(0);
}
const run = (script, ...args) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--max-old-space-size=4096', '--expose-gc', new URL(`./tasks/${script}`, import.meta.url).pathname, ...args],
      { encoding: 'utf8' },
    ),
  );
// "2.0 s, 129 MB": time end to end and peak resident memory; profielkit's runs add the most heap kept
// alive (after a full collection), which shows whether memory grows with the input
const show = (m) =>
  m
    ? `${(m.ms / 1000).toFixed(1)} ` +
      `s${m.peakMB === undefined ? '' : `, ${m.peakMB} MB`}${m.heapMB ? ` (heap ${m.heapMB} MB)` : ''}`
    : 'not run';
const task = (...args) => run('validate.mjs', ...args);
const count = (n) => n.toLocaleString('en');
const version = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

// Start-up: each command in a fresh process, the median wall time of several runs, beside its anchor
// in the same run (a bare node; importing n3 alone). Goals of issue 14: --version within 3x of a bare
// node, importing builders and writers within 2x of importing n3.
const startupRuns = Number(process.env.BENCH_STARTUP_RUNS ?? 11);
const dist = new URL('../dist/', import.meta.url);
function timeOnce(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const median = (times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
// a command and its anchor run in turn, so that both see the same load on a shared machine
function startup(args, anchorArgs) {
  const ours = [];
  const anchor = [];
  for (let i = 0; i < startupRuns; i++) {
    anchor.push(timeOnce(anchorArgs));
    ours.push(timeOnce(args));
  }
  return [median(ours), median(anchor)];
}
const esm = (code) => ['--input-type=module', '-e', code];
const bare = ['-e', '0'];
const n3 = esm("await import('n3')");
const lib = new URL('index.js', dist).href;
const profileEntry = new URL('toestemming.js', dist).href;
const cli = new URL('cli.js', dist).pathname;
const rows = [
  ['`profielkit --version`', [cli, '--version'], 'bare `node -e 0`', bare, 3],
  ['`profielkit --help`', [cli, '--help'], 'bare `node -e 0`', bare, 3],
  [
    'import builders and writers (`toestemming`, `toTurtle`)',
    esm(`const [{ toestemming }, { toTurtle }] = await Promise.all([import('${profileEntry}'), import('${lib}')])`),
    'import n3',
    n3,
    2,
  ],
  [
    'import, build a record, write Turtle',
    esm(
      `const [{ toestemming }, { toTurtle }] = await Promise.all([import('${profileEntry}'), import('${lib}')]);` +
        " const g = toestemming.graph(); g.Agent({ id: 'https://example.org/p/1' }); await toTurtle(g.dataset)",
    ),
    'import n3',
    n3,
    undefined,
  ],
  [
    'import, build a record, validate (fast path)',
    esm(
      `const [{ toestemming }, { validate }] = await Promise.all([import('${profileEntry}'), import('${lib}')]);` +
        " const g = toestemming.graph(); g.Agent({ id: 'https://example.org/p/1' });" +
        ' await validate(g.dataset, { profile: toestemming })',
    ),
    'import n3',
    n3,
    undefined,
  ],
  [
    'import, parse JSON-LD (loads jsonld.js)',
    esm(
      `const { parseJsonLd } = await import('${lib}'); await parseJsonLd({ '@id': ` +
        `'https://example.org/p/1', '@type': 'http://purl.org/dc/terms/Agent' })`,
    ),
    'import n3',
    n3,
    undefined,
  ],
  [
    '`profielkit validate` of a small file (loads what it needs)',
    [cli, 'validate', 'test/fixtures/cli/contactvoorkeur.ttl', '--quiet'],
    'bare `node -e 0`',
    bare,
    undefined,
  ],
].map(([what, args, anchorName, anchorArgs, goal]) => [what, ...startup(args, anchorArgs), anchorName, goal]);
log(
  `Node ${process.version}; start-up, each in a fresh process, ` +
    `median of ${startupRuns} runs, each run beside a run of its anchor\n`,
);
log('| what | time | anchor | anchor time | ratio | goal |');
log('|---|---:|---|---:|---:|---:|');
for (const [what, ms, anchorMs, anchorName, goal] of rows) {
  log(
    `| ${what} | ${ms.toFixed(0)} ms | ${anchorName} | ${anchorMs.toFixed(0)} ` +
      `ms | ${(ms / anchorMs).toFixed(1)}x | ${goal ? `within ${goal}x` : ''} |`,
  );
}
log('');
if (process.env.BENCH_STARTUP_ONLY) {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// the browser bundles (scripts/bundle.mjs, as `npm run bundle-sizes` prints them)
log('## Browser bundle sizes\n');
log('A page bundled for the browser with esbuild, minified, code splitting on (`npm run bundle-sizes`)\n');
const bundles = new URL('../scripts/bundle.mjs', import.meta.url).pathname;
log(execFileSync(process.execPath, [bundles], { encoding: 'utf8' }).trim());
log('');

// one path at a time: the wall times are shown too
log('## Growth: every path of the command\n');
await checkGrowth(allPaths(), Number(process.env.BENCH_GROWTH_TRIPLES ?? 400000), jobsOf(1));
log('');

// outputs at scale: JSON-LD and the API's JSON beside N-Triples, 1,000,000 records (bench/scale.mjs)
log('## Outputs at scale\n');
const scaleFailures = await scale(dir, {
  records: Number(process.env.BENCH_SCALE_RECORDS ?? 1000000),
  vngRecords: Number(process.env.BENCH_SCALE_VNG_RECORDS ?? 1000000),
  runs: Number(process.env.BENCH_SCALE_RUNS ?? 1),
  log,
});
// a goal missed at scale is shown in its table, and the bench ends with exit 1 once the page is written
if (scaleFailures.length > 0) log(`**Missed at scale:** ${scaleFailures.join('; ')}\n`);
if (process.env.BENCH_SCALE_ONLY) {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const jena = findJena(dir);
const serdi = findSerdi();
const shapesFile = (name) => {
  const file = join(dir, `shapes-${name}.ttl`);
  writeFileSync(file, profiles[name].shapes());
  return file;
};

/**
 * Measures one file with every engine (the anchors up to `limit` records) and returns the cells from
 * "profielkit" on; throws after printing when profielkit's count is not `expected`.
 */
function measure({ file, format, name = 'toestemming', n, limit, expected, floors = false }) {
  const results = (m) =>
    m?.results === undefined ? '' : `${count(m.results)}${m.results === expected ? '' : ' (wrong)'}`;
  const cell = (m) => (m?.failed ? `failed (${m.failed})` : show(m));
  // an anchor that fails (out of memory, say) is shown as failed; the bench goes on
  const anchorRun = (measurement) => {
    try {
      return measurement();
    } catch (error) {
      const text = `${error.stderr ?? ''}${error.message}`;
      console.error(`an anchor failed on ${file}: ${text.trim().split('\n').slice(-3).join(' / ')}`);
      return { failed: /heap out of memory|OutOfMemoryError/.test(text) ? 'out of memory' : 'error' };
    }
  };
  const ours = task('profielkit', file, format, name);
  const anchored = n <= limit;
  // shacl-engine and Jena on N-Triples only: on Turtle they would give the same counts, and the bench
  // would take a minute longer
  const more = anchored && format === 'ntriples';
  const anchor = anchored ? anchorRun(() => task('anchor', file, format, name)) : undefined;
  const engine = more ? anchorRun(() => task('shacl-engine', file, format, name)) : undefined;
  const jenaRun = more && jena.run ? anchorRun(() => jena.run(shapesFile(name), file)) : undefined;
  const jenaCell = jena.missing
    ? 'not installed'
    : jenaRun?.ms
      ? `${show(jenaRun)} (validate ${(jenaRun.validateMs / 1000).toFixed(1)} s)`
      : anchored && !more
        ? 'N-Triples only'
        : cell(jenaRun);
  const cells = [
    show(ours),
    results(ours),
    cell(anchor),
    results(anchor),
    anchor?.ms ? `${(anchor.ms / ours.ms).toFixed(1)}x` : '',
    anchored && !more ? 'N-Triples only' : cell(engine),
    results(engine),
    jenaCell,
    results(jenaRun),
  ];
  if (floors) {
    const parse = format === 'ntriples' ? task('n3-parse', file, format) : undefined;
    cells.push(
      parse ? show(parse) : '',
      format !== 'ntriples' ? '' : serdi.missing ? 'not installed' : show(serdi.run(file, format)),
    );
  }
  return { cells, ours };
}
const row = (...cells) => log(`| ${cells.join(' | ')} |`);
const check = (what, ours, expected) => {
  if (ours.results !== expected)
    throw new Error(`${what}: profielkit reports ${ours.results} results, the generator's faults give ${expected}`);
};
const ENGINES =
  'profielkit validate | results | n3 + rdf-validate-shacl | results | ratio | shacl-engine ' +
  '(N3.Store) | results | Jena SHACL (whole process) | results';
const ENGINE_ALIGN = '---:|---:|---:|---:|---:|---:|---:|---:|---:';

log('## Validation, conversion and JSON-LD out beside anchors\n');
log(
  `Node ${process.version}, n3 ${version('n3')}, rdf-validate-shacl ${version('rdf-validate-shacl')}, ` +
    `shacl-engine ${version('shacl-engine')}, Apache Jena SHACL ${jena.version ?? 'not installed'}, ` +
    `serdi ${serdi.version ?? 'not installed'}`,
);
if (jena.missing)
  log(`\nApache Jena SHACL is not installed (missing: ${jena.missing.join(', ')}); to include it: ${JENA_HINT}`);
if (serdi.missing) log(`\nserdi is not installed; to include it: ${SERDI_HINT}`);
log(
  '\nToestemming export, 8 triples a record, every 50th record broken; "correct": ' +
    `the results the injected faults must give. Anchors up to ${count(anchorMax)} records ` +
    '(shacl-engine and Jena on N-Triples only); parse floors on N-Triples\n',
);
log(`| records | format | file | correct | ${ENGINES} | parse floor: n3 StreamParser | parse floor: serdi |`);
log(`|---:|---|---:|---:|${ENGINE_ALIGN}|---:|---:|`);
try {
  for (const n of sizes) {
    for (const format of ['turtle', 'ntriples']) {
      const file = join(dir, `export-${n}.${format === 'turtle' ? 'ttl' : 'nt'}`);
      const { expected } = await writeExport(file, n, format);
      const mb = (statSync(file).size / 1e6).toFixed(0);
      const { cells, ours } = measure({ file, format, n, limit: anchorMax, expected, floors: true });
      row(count(n), format, `${mb} MB`, count(expected), ...cells);
      check(`Toestemming, ${n} records, ${format}`, ours, expected);
      rmSync(file);
    }
  }
  // these two sections from 100,000 records on (none at smaller sizes)
  const large = sizes.filter((size) => size >= 100000);
  // issue 16, item 3, and issue 21, item 6: shapes of one's own on the fast path, the official OSLO SHACL beside
  // the profile's, within 1.2x of the profile alone by CPU time (median of alternating runs: bench/oslo.mjs)
  const osloRuns = Number(process.env.BENCH_OSLO_RUNS ?? 3);
  if (large.length) {
    log(
      "\nThe profile's shapes plus the official OSLO Toestemming SHACL (8 node shapes, 17 property shapes) as " +
        `shapes of one's own (\`--shapes\`), N-Triples; profielkit's two sides run in turn, ${osloRuns} times each, ` +
        'CPU time (wall time) as the median; the anchors validate against both in one shapes graph\n',
    );
    const heads = ['records', 'correct (generator)', 'profile alone', 'results', 'profile + OSLO SHACL', 'results'];
    heads.push('ratio to profile alone (cpu)', 'goal', 'before: profile + OSLO on the reference engine (in memory)');
    heads.push('n3 + rdf-validate-shacl', 'results', 'shacl-engine', 'results');
    log(`| ${heads.join(' | ')} |`);
    log('|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
  }
  for (const n of large) {
    const file = join(dir, `oslo-${n}.nt`);
    const { expected, official } = await writeExport(file, n, 'ntriples');
    const { alone, both, ratio } = sideBySide(file, { runs: osloRuns });
    check(`Toestemming, ${n} records`, alone, expected);
    check(`Toestemming + OSLO SHACL, ${n} records`, both, official);
    const anchored = n <= anchorMax;
    const reference = anchored ? task('profielkit-reference', file, 'ntriples', 'toestemming', OSLO_SHAPES) : undefined;
    const stock = anchored ? task('anchor', file, 'ntriples', 'toestemming', OSLO_SHAPES) : undefined;
    const engine = anchored ? task('shacl-engine', file, 'ntriples', 'toestemming', OSLO_SHAPES) : undefined;
    const mark = (m) => (m === undefined ? '' : `${count(m.results)}${m.results === official ? '' : ' (wrong)'}`);
    const cpu = (m) => `${(m.cpuMs / 1000).toFixed(2)} s (${(m.ms / 1000).toFixed(2)} s), ${m.peakMB} MB`;
    const met = ratio <= OSLO_GOAL;
    const ratioText = `${ratio.toFixed(2)}x`;
    const missed = `profile + OSLO SHACL, ${count(n)} records: ${ratioText} the CPU time alone, goal ${OSLO_GOAL}x`;
    if (!met) scaleFailures.push(missed);
    const goal = `within ${OSLO_GOAL}x${met ? '' : ' (missed)'}`;
    const before = `${show(reference)}${reference ? ` (${mark(reference)})` : ''}`;
    const ours = [cpu(alone), count(alone.results), cpu(both), count(both.results), ratioText, goal];
    row(count(n), count(official), ...ours, before, show(stock), mark(stock), show(engine), mark(engine));
    rmSync(file);
  }

  if (large.length)
    log(
      '\nThe same export without its data subjects: ' +
        'every record points at a node the export lacks (a violation each)\n',
    );
  if (large.length) log(`| records | file | correct | ${ENGINES} |`);
  if (large.length) log(`|---:|---:|---:|${ENGINE_ALIGN}|`);
  for (const n of large) {
    const file = join(dir, `dangling-${n}.nt`);
    const { expected } = await writeExport(file, n, 'ntriples', { agents: false });
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const { cells, ours } = measure({ file, format: 'ntriples', n, limit: anchorMax, expected });
    row(count(n), `${mb} MB`, count(expected), ...cells);
    check(`Toestemming without data subjects, ${n} records`, ours, expected);
    rmSync(file);
  }
  log('\nVoorzieningGebruik payload (one JSON array) to Turtle; 21 triples a record\n');
  log('| records | payload | anchor (jsonld.js toRDF + N3.Writer) | profielkit fromJsonStream | ratio |');
  log('|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const file = join(dir, `payload-${n}.json`);
    await writeVoorzieningGebruik(file, n);
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const ours = run('json-to-turtle.mjs', 'profielkit', file, join(dir, 'out.ttl'));
    const anchor = n <= anchorMax ? run('json-to-turtle.mjs', 'anchor', file, join(dir, 'anchor.ttl')) : undefined;
    log(
      `| ${count(n)} | ${mb} MB | ${show(anchor)} | ${show(ours)} ` +
        `| ${anchor ? `${(anchor.ms / ours.ms).toFixed(1)}x` : ''} |`,
    );
    rmSync(file);
  }
  log('\nCompacted JSON-LD out (official Toestemming context), from a graph in memory\n');
  log('| records | anchor (jsonld.js fromRDF + compact) | profielkit toJsonLd | ratio |');
  log('|---:|---:|---:|---:|');
  // peak memory here is the whole process, the graph in memory included (loading it is not timed)
  for (const n of sizes.filter((size) => size <= anchorMax)) {
    const file = join(dir, `jsonld-${n}.ttl`);
    await writeExport(file, n, 'turtle');
    const ours = run('jsonld-out.mjs', 'profielkit', file);
    const anchor = run('jsonld-out.mjs', 'anchor', file);
    if (anchor.nodes !== ours.nodes) throw new Error(`JSON-LD: ${anchor.nodes} nodes against ${ours.nodes}`);
    log(
      `| ${count(n)} | ${(anchor.ms / 1000).toFixed(1)} s, ` +
        `${anchor.peakMB} MB | ${(ours.ms / 1000).toFixed(1)} s, ` +
        `${ours.peakMB} MB | ${(anchor.ms / ours.ms).toFixed(1)}x |`,
    );
    rmSync(file);
  }

  // comparable size: about as many triples as the 100,000-record consent export (800,000)
  // and ten times that, without the anchors, to show memory flat
  const vngSizes = (process.env.BENCH_VNG_SIZES ?? '4000,40000,400000').split(',').map(Number);
  const vngAnchorMax = Number(process.env.BENCH_VNG_ANCHOR_MAX ?? 40000);
  log(
    '\nThe two VNG profiles: their API JSON turned into N-Triples by profielkit, ' +
      `then validated; every 50th record broken. Anchors up to ${count(vngAnchorMax)} records\n`,
  );
  log(`| profile | records | triples | file | correct | ${ENGINES} |`);
  log(`|---|---:|---:|---:|---:|${ENGINE_ALIGN}|`);
  for (const [name, write] of [
    ['voorzieninggebruik', (path, n) => writeVoorzieningGebruik(path, n, { faults: true })],
    ['verwerkingenlogging', writeVerwerkteObjecten],
  ]) {
    for (const n of vngSizes) {
      const payload = join(dir, `${name}-${n}.json`);
      const nt = join(dir, `${name}-${n}.nt`);
      const { expected } = await write(payload, n);
      const out = createWriteStream(nt);
      const { triples } = await profiles[name].fromJsonStream(
        createReadStream(payload),
        async (text) => {
          if (!out.write(text)) await once(out, 'drain');
        },
        { format: 'ntriples' },
      );
      out.end();
      await once(out, 'finish');
      const mb = (statSync(nt).size / 1e6).toFixed(0);
      const { cells, ours } = measure({ file: nt, format: 'ntriples', name, n, limit: vngAnchorMax, expected });
      row(name, count(n), count(triples), `${mb} MB`, count(expected), ...cells);
      check(`${name}, ${n} records`, ours, expected);
      rmSync(payload);
      rmSync(nt);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// the tables of a whole run, with where and when they were measured
const doc = process.env.BENCH_DOC ?? new URL('../docs/performance.md', import.meta.url).pathname;
if (doc) {
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  const changed = git('status', '--porcelain', '--untracked-files=no')
    ?.split('\n')
    .filter((line) => line && !line.endsWith('docs/performance.md'));
  const sizes_ = [
    `consent export ${process.env.BENCH_SIZES ?? '10000,100000,1000000'} records (anchors up to ${anchorMax})`,
    `VNG ${process.env.BENCH_VNG_SIZES ?? '4000,40000,400000'} records` +
      ` (anchors up to ${process.env.BENCH_VNG_ANCHOR_MAX ?? 40000})`,
    `growth check at ${process.env.BENCH_GROWTH_TRIPLES ?? 400000} triples and twice that`,
  ];
  const minutes = ((Date.now() - began.getTime()) / 60000).toFixed(0);
  const header = [
    '<!-- Generated by `npm run bench` (bench/run.mjs): do not edit by hand; run the bench again. -->',
    '# Performance',
    '',
    'This page is written by `npm run bench`: every figure below comes from the run it describes.',
    '',
    `- run: ${began.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes} minutes`,
    `- commit: ${git('rev-parse', '--short', 'HEAD') ?? 'unknown'}${changed?.length ? ' (uncommitted changes)' : ''}`,
    `- Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'})`,
    `- load average (1, 5, 15 minutes) before: ${load(loadBefore)}; after: ${load(loadavg())}`,
    `- sizes: ${sizes_.join('; ')}`,
    '',
    '## Start-up',
    '',
  ];
  writeFileSync(doc, `${[...header, ...lines].join('\n').replace(/\n{3,}/g, '\n\n')}\n`);
  console.log(`\nwritten: ${doc}`);
}
if (scaleFailures.length > 0) {
  console.error(`\nOutputs at scale miss their goals:\n${scaleFailures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
