// The growth check of `npm run bench` and `npm run bench:smoke`: every path a user can take through the
// command (`profielkit convert` from each input syntax to each output syntax, each profile's own JSON in
// and out, `profielkit validate` of each input syntax) at two sizes, N and 2N records, each run in a fresh
// process with its CPU time (user + system, every thread), wall time and peak resident memory. A check of
// growth, not of speed: no absolute limit, so that a slow or loaded machine does not decide it.
//   - CPU time, not wall time; a run of the same path on a tiny input (start-up, loading modules) is
//     subtracted from both sizes;
//   - a path fails when its CPU time grows more than 3x for 2x the records (a quadratic path gives 4x),
//     or, for the paths that must run in flat memory (the table FLAT), when its peak memory above that of
//     the tiny run grows more than 1.5x plus an allowance;
//   - a path that fails near the limit is measured twice more, and judged on the medians of 3 runs;
//   - a run at 2N is stopped once its CPU time passes STOP_RATIO times that at N: it has failed already.
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamParser, StreamWriter, Store } from 'n3';
import { profiles, toJsonLd } from '../dist/index.js';
import { writeExport, writeVerwerkteObjecten, writeVoorzieningGebruik } from './generate.mjs';

const RDF = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'];
const READ_AS_STREAM = ['turtle', 'ntriples', 'nquads', 'trig'];
const API_JSON = ['json', 'ndjson'];
const EXT = {
  turtle: 'ttl',
  ntriples: 'nt',
  nquads: 'nq',
  trig: 'trig',
  jsonld: 'jsonld',
  json: 'json',
  ndjson: 'ndjson',
};

/**
 * The paths whose peak memory must not grow with the input, one row a rule: command, the input syntaxes,
 * the output syntaxes (validate has none), why. Every other path may hold its input in memory.
 */
export const FLAT = [
  ['validate', READ_AS_STREAM, [undefined], 'validated as read (validateStream)'],
  ['convert', READ_AS_STREAM, ['ntriples', 'nquads'], 'converted quad by quad'],
  ['convert', API_JSON, ['turtle', 'ntriples', 'nquads', 'trig', 'json'], 'record by record (fromJsonStream)'],
  ['convert', [...RDF, ...API_JSON], ['jsonld'], 'issue 20, item 1: compacted JSON-LD out streams'],
  ['convert', RDF, ['json'], "issue 20, item 1: the API's JSON out streams"],
];
const flatRule = ({ command, from, to }) =>
  FLAT.find(([c, f, t]) => c === command && f.includes(from) && t.includes(to));

// the profiles, the triples a record (about: to size their inputs alike) and how their inputs are written
const PROFILES = {
  toestemming: { perRecord: 8, json: false, write: (path, n) => writeExport(path, n, 'ntriples') },
  voorzieninggebruik: {
    perRecord: 22,
    json: true,
    write: (path, n, ndjson) => writeVoorzieningGebruik(path, n, { ndjson }),
  },
  verwerkingenlogging: {
    perRecord: 37,
    json: true,
    write: (path, n, ndjson) => writeVerwerkteObjecten(path, n, { faults: false, ndjson }),
  },
};

/** Every path of the command, for each profile. */
export function allPaths() {
  const paths = [];
  for (const [profile, { json }] of Object.entries(PROFILES)) {
    const inputs = [...RDF, ...(json ? API_JSON : [])];
    for (const from of inputs) {
      for (const to of [...RDF, ...(json ? ['json'] : [])]) paths.push({ command: 'convert', profile, from, to });
    }
    for (const from of inputs) paths.push({ command: 'validate', profile, from });
    // piped in: copied to a temporary file, then validated as that file is
    for (const from of READ_AS_STREAM) paths.push({ command: 'validate', profile, from, stdin: true });
  }
  return paths;
}

/**
 * Smoke mode: each path of the command (command, input, output) once, its profile taken in turn from those
 * that offer it, so that every profile's readers and writers are among them.
 */
export function smokePaths() {
  const chosen = new Map();
  const offered = new Map();
  for (const path of allPaths()) {
    const key = `${path.command} ${path.from} ${path.to} ${path.stdin}`;
    offered.set(key, [...(offered.get(key) ?? []), path]);
  }
  let turn = 0;
  for (const [key, paths] of offered) chosen.set(key, paths[turn++ % paths.length]);
  return [...chosen.values()];
}

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const USAGE = pathToFileURL(fileURLToPath(new URL('./tasks/usage.mjs', import.meta.url))).href;
let runs = 0;

/** Reads a running process's CPU time (ms) from /proc (Linux; undefined elsewhere). */
function cpuSoFar(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15, in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Runs the command once in a fresh process: {cpuMs, peakMB, wallMs, code}, or {stopped} when its CPU time
 * passed `cpuLimitMs`. Throws when it exits with another code than `codes`.
 */
async function runOnce(dir, args, { cpuLimitMs, codes = [0], stdin } = {}) {
  const usage = join(dir, `usage-${++runs}.json`);
  const started = performance.now();
  const input = stdin === undefined ? 'ignore' : openSync(stdin, 'r');
  const child = spawn(process.execPath, ['--import', USAGE, CLI, ...args], {
    env: { ...process.env, PROFIELKIT_BENCH_USAGE: usage },
    stdio: [input, 'ignore', 'pipe'],
  });
  if (input !== 'ignore') closeSync(input);
  let stderr = '';
  child.stderr.on('data', (text) => (stderr = `${stderr}${text}`.slice(-4000)));
  let stopped;
  const watch =
    cpuLimitMs === undefined
      ? undefined
      : setInterval(() => {
          const cpu = cpuSoFar(child.pid);
          if (cpu !== undefined && cpu > cpuLimitMs && stopped === undefined) {
            stopped = cpu;
            child.kill('SIGKILL');
          }
        }, 100);
  const [code] = await once(child, 'close');
  clearInterval(watch);
  const wallMs = performance.now() - started;
  if (stopped !== undefined) return { cpuMs: stopped, wallMs, peakMB: undefined, stopped: true };
  if (!codes.includes(code)) throw new Error(`profielkit ${args.join(' ')}: exit ${code}\n${stderr.trim()}`);
  const measured = JSON.parse(readFileSync(usage, 'utf8'));
  rmSync(usage);
  return { ...measured, wallMs, code };
}

const lines = (file) => {
  let count = 0;
  const text = readFileSync(file, 'utf8');
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
};

/** N-Triples rewritten by n3's StreamWriter (Turtle and TriG with the profile's prefixes), as read. */
async function rewrite(from, to, format, prefixes) {
  const writer = new StreamWriter({ format, prefixes });
  const out = createReadStream(from)
    .pipe(new StreamParser({ format: 'N-Triples' }))
    .pipe(writer)
    .pipe(createWriteStream(to));
  await once(out, 'finish');
}

// subjects per piece of JSON-LD written by profielkit (toJsonLd holds a piece in memory)
const JSON_LD_PIECE = 256;
/**
 * N-Triples as one compacted JSON-LD document with the profile's context, as profielkit writes it: written
 * piece by piece (a few hundred subjects each), so that how the input is made does not depend on how
 * JSON-LD output scales. Blank node labels come from one parser: a node cut over two pieces stays one.
 */
async function writeJsonLd(from, to, profile) {
  const out = createWriteStream(to);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let context;
  let first = true;
  let store = new Store();
  let subjects = 0;
  let last;
  const flush = async () => {
    if (store.size === 0) return;
    const { '@context': ctx, '@graph': graph, ...alone } = await toJsonLd(store, { profile });
    const text = JSON.stringify(ctx);
    if (context === undefined) await write(`{"@context": ${(context = text)},\n"@graph": [\n`);
    else if (text !== context) throw new Error(`${profile.name}: toJsonLd gave another context for a piece of ${from}`);
    for (const node of graph ?? [alone]) {
      await write(`${first ? '' : ',\n'}${JSON.stringify(node)}`);
      first = false;
    }
    store = new Store();
    subjects = 0;
  };
  for await (const quad of createReadStream(from).pipe(new StreamParser({ format: 'N-Triples' }))) {
    if (last === undefined || !quad.subject.equals(last)) {
      if (subjects === JSON_LD_PIECE) await flush();
      subjects++;
      last = quad.subject;
    }
    store.add(quad);
  }
  await flush();
  out.end('\n]}\n');
  await once(out, 'finish');
}

/** Writes one profile's inputs of `records` records in every syntax the command reads; returns their files. */
async function prepare(dir, name, records) {
  const { json, write } = PROFILES[name];
  const stem = join(dir, `${name}-${records}`);
  const files = Object.fromEntries(Object.entries(EXT).map(([format, ext]) => [format, `${stem}.${ext}`]));
  if (json) {
    await write(files.json, records, false);
    await write(files.ndjson, records, true);
    await runOnce(dir, ['convert', files.json, '-p', name, '--to', 'ntriples', '-o', files.ntriples, '--quiet']);
  } else {
    delete files.json;
    delete files.ndjson;
    await write(files.ntriples, records);
  }
  const { prefixes } = profiles[name].declaration;
  await rewrite(files.ntriples, files.turtle, 'Turtle', prefixes);
  await rewrite(files.ntriples, files.nquads, 'N-Quads');
  await rewrite(files.ntriples, files.trig, 'TriG', prefixes);
  await writeJsonLd(files.ntriples, files.jsonld, profiles[name]);
  return { records, files, triples: lines(files.ntriples), bytes: statSync(files.ntriples).size };
}

const argsOf = ({ command, profile, from, to, stdin }, input, out) =>
  command === 'convert'
    ? ['convert', input.files[from], '-p', profile, '--to', to, '-o', out, '--quiet']
    : // one thread: the default (every core) starts workers from 8 MB on, which would change the path between sizes
      [
        'validate',
        ...(stdin ? ['-', '--from', from] : [input.files[from]]),
        '-p',
        profile,
        '--threads',
        '1',
        '--quiet',
      ];

const fromCell = ({ from, stdin }) => (stdin ? `${from} (piped in)` : from);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (value) => (value === undefined ? '?' : `${Math.round(value)} MB`);
const count = (n) => n.toLocaleString('en');
export const pathName = ({ command, profile, from, to, stdin }) =>
  `${command} ${stdin ? `- (${from} piped in)` : from}${to ? ` -> ${to}` : ''} (${profile})`;

/**
 * Measures one path at the tiny size, N and 2N, once, and twice more when it fails; returns its row.
 * A conversion to N-Triples or N-Quads must give as many lines as the input has triples.
 */
async function measurePath(dir, path, inputs, settings) {
  const runs = { tiny: [], n: [], twice: [] };
  const out = join(dir, `out-${pathName(path).replace(/[^a-z0-9]+/gi, '-')}`);
  const codes = path.command === 'validate' ? [0, 1] : [0];
  const measure = async (size, options = {}) => {
    const stdin = path.stdin ? inputs[size].files[path.from] : undefined;
    const result = await runOnce(dir, argsOf(path, inputs[size], out), { ...options, codes, stdin });
    if (!result.stopped && (path.to === 'ntriples' || path.to === 'nquads') && lines(out) !== inputs[size].triples) {
      throw new Error(`${pathName(path)}: ${lines(out)} lines written for ${inputs[size].triples} triples`);
    }
    rmSync(out, { force: true });
    runs[size].push(result);
  };
  const judged = () => judge(path, inputs, runs, settings);
  for (let round = 0; round < 3; round++) {
    await measure('tiny');
    await measure('n');
    const base = median(runs.tiny.map((r) => r.cpuMs));
    const work = Math.max(median(runs.n.map((r) => r.cpuMs)) - base, settings.floorMs);
    await measure('twice', { cpuLimitMs: base + settings.stopRatio * work });
    // a path that passes at once is done, and so is one that fails by far (a stopped run, 1.5 times the
    // limit: no machine's noise does that); one that fails near the limit is judged on the medians of 3 runs
    const verdict = judged();
    if (round === 0 && (verdict.failures.length === 0 || verdict.clear)) break;
  }
  return judged();
}

/** The verdict on a path's runs, on the medians: {path, cells, failures}. */
function judge(path, inputs, runs, { floorMs, cpuRatio, memoryRatio, allowanceMB, stopRatio }) {
  const cpu = (size) => median(runs[size].map((r) => r.cpuMs));
  const peak = (size) => median(runs[size].filter((r) => !r.stopped).map((r) => r.peakMB));
  const wall = (size) => median(runs[size].map((r) => r.wallMs));
  const stopped = runs.twice.filter((r) => r.stopped).length * 2 > runs.twice.length;
  const base = cpu('tiny');
  const work = cpu('n') - base;
  const ratio = (cpu('twice') - base) / Math.max(work, floorMs);
  const small = work < floorMs;
  const { records } = inputs.n;
  const n = `${count(records)} records`;
  const twice = `${count(2 * records)} records`;
  const failures = [];
  if (ratio > cpuRatio) {
    const times = `${n}: ${seconds(cpu('n'))}, ${twice}: ${stopped ? 'more than ' : ''}${seconds(cpu('twice'))}`;
    const medians = runs.n.length > 1 ? `; medians of ${runs.n.length} runs` : '';
    failures.push(
      `${pathName(path)}: CPU time grows ${stopped ? `more than ${stopRatio}` : ratio.toFixed(1)}x for 2x ` +
        `the records, more than ${cpuRatio}x (${times}; start-up ${seconds(base)} subtracted${medians}` +
        `${stopped ? '; stopped there' : ''})`,
    );
  }
  const rule = flatRule(path);
  const above = (size) => peak(size) - peak('tiny');
  const grows = rule && !stopped && above('twice') > memoryRatio * Math.max(above('n'), 0) + allowanceMB;
  if (grows) {
    const growth = (above('twice') / Math.max(above('n'), 1)).toFixed(1);
    failures.push(
      `${pathName(path)}: peak memory grows with the input where it must be flat (${rule[3]}): ` +
        `${n}: ${mb(peak('n'))}, ${twice}: ${mb(peak('twice'))}, ${growth}x ` +
        `above the ${mb(peak('tiny'))} of a tiny input, more than ${memoryRatio}x + ${allowanceMB} MB`,
    );
  }
  const cells = [
    path.command,
    path.profile,
    fromCell(path),
    path.to ?? '',
    rule ? 'yes' : '',
    `${count(records)} / ${count(2 * records)}`,
    seconds(base),
    seconds(cpu('n')),
    `${stopped ? '> ' : ''}${seconds(cpu('twice'))}`,
    `${stopped ? '> ' : ''}${ratio.toFixed(2)}x${small ? ' (small)' : ''}`,
    `${seconds(wall('n'))} / ${stopped ? 'stopped' : seconds(wall('twice'))}`,
    mb(peak('tiny')),
    mb(peak('n')),
    stopped ? 'stopped' : mb(peak('twice')),
    failures.length ? `**fails** (${[ratio > cpuRatio && 'CPU', grows && 'memory'].filter(Boolean).join(', ')})` : 'ok',
  ];
  const clear =
    (ratio <= cpuRatio || stopped || ratio > 1.5 * cpuRatio) &&
    (!grows || above('twice') > 1.5 * (memoryRatio * Math.max(above('n'), 0) + allowanceMB));
  return { path, cells, failures, clear };
}

/** Runs `items` through `work`, `jobs` at a time, in order of start. */
async function pool(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

/**
 * The growth check: writes the inputs (about `triples` triples at N for every profile, twice that at 2N,
 * and a tiny input), measures the paths (`jobs` at a time) and prints a table with `log`. Returns the
 * failures (an empty list when every path grows as its input does).
 */
export async function growth(dir, { paths, triples, jobs, log, tinyRecords = 5, ...settings }) {
  const judging = { floorMs: 100, cpuRatio: 3, memoryRatio: 1.5, allowanceMB: 16, stopRatio: 6, ...settings };
  const names = [...new Set(paths.map((p) => p.profile))];
  const inputs = {};
  for (const name of names) {
    const records = Math.max(1, Math.round(triples / PROFILES[name].perRecord));
    inputs[name] = {
      tiny: await prepare(dir, name, tinyRecords),
      n: await prepare(dir, name, records),
      twice: await prepare(dir, name, 2 * records),
    };
  }
  const started = performance.now();
  let rows;
  try {
    let done = 0;
    rows = await pool(paths, jobs, async (path) => {
      let row;
      try {
        row = await measurePath(dir, path, inputs[path.profile], judging);
      } catch (error) {
        // a path that breaks (an exit code, triples lost) fails with its message; the others go on
        const message = error.message.split('\n').slice(0, 4).join(' / ');
        const cells = [path.command, path.profile, fromCell(path), path.to ?? '', flatRule(path) ? 'yes' : ''];
        row = { path, cells: [...cells, ...Array(9).fill(''), '**fails** (error)'], failures: [message] };
      }
      // as it goes, on standard error: a CI log shows where a slow run is
      process.stderr.write(`[${++done}/${paths.length}] ${pathName(path)}: ${row.cells.at(-1)} ${row.cells[9]}\n`);
      return row;
    });
  } finally {
    for (const sizes of Object.values(inputs)) {
      for (const { files } of Object.values(sizes)) {
        for (const file of Object.values(files)) rmSync(file, { force: true });
      }
    }
  }
  const size = (name, key) => {
    const { records, triples, bytes } = inputs[name][key];
    return `${count(records)} records (${count(triples)} triples, N-Triples ${(bytes / 1e6).toFixed(1)} MB)`;
  };
  const { cpuRatio, memoryRatio, allowanceMB, stopRatio, floorMs } = judging;
  log(
    [
      `Every path of the command at N and 2N records, each run in a fresh process (${jobs} at a time). CPU time:`,
      'user + system of the whole process. "start-up": the same path on an input of',
      `${tinyRecords} records, subtracted from both sizes for the ratio. ` +
        'A path fails when its CPU time grows more than',
      `${cpuRatio}x for 2x the records, or, where it must be flat, when its peak memory above start-up grows more than`,
      `${memoryRatio}x + ${allowanceMB} MB. ` +
        'A path that fails by less than half again its limit is measured 3 times and',
      `judged on the medians; a run at 2N is`,
      `stopped past ${stopRatio}x. "(small)": less than ${floorMs} ms of work at N, judged as if ${floorMs} ms.`,
      `Measured in ${((performance.now() - started) / 1000).toFixed(0)} s.\n`,
    ].join('\n'),
  );
  for (const name of names) log(`- ${name}: N = ${size(name, 'n')}, 2N = ${size(name, 'twice')}`);
  log('\nMust be flat (peak memory may not grow with the input):\n');
  for (const [command, from, to, why] of FLAT) {
    log(`- ${command} ${from.join(', ')}${to[0] ? ` -> ${to.join(', ')}` : ''}: ${why}`);
  }
  log(
    `\n| ${[
      'command',
      'profile',
      'from',
      'to',
      'flat',
      'records N / 2N',
      'CPU start-up',
      'CPU N',
      'CPU 2N',
      'CPU ratio',
      'wall N / 2N',
      'peak start-up',
      'peak N',
      'peak 2N',
      'verdict',
    ].join(' | ')} |`,
  );
  log('|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const { cells } of rows) log(`| ${cells.join(' | ')} |`);
  return rows.flatMap((r) => r.failures);
}
