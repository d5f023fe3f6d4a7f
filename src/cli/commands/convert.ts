/**
 * `profielkit convert`: one input, read in any syntax (a standard's own JSON with its profile), written
 * in another. Output appears only once it is complete: a failed run writes nothing. A standard's own
 * JSON to Turtle, N-Triples or N-Quads, and Turtle, N-Triples or N-Quads to N-Triples or N-Quads, are
 * converted as they are read, in flat memory; the rest (JSON-LD, Turtle out) in memory.
 */
import { Writer, type Store } from 'n3';
import { quadsOf } from '../../core/parse/n3-stream.js';
import { safeQuad } from '../../core/serialize/rdf.js';
import { TermCheck } from '../../core/serialize/writable.js';
import { toJsonLd, toNQuads, toNTriples, toTriG, toTurtle } from '../../core/api.js';
import { fromRdf } from '../../core/jsonld/engine.js';
import type { AnyProfile } from '../../core/profile.js';
import { choiceOption, flag, parse, stringOption } from '../args.js';
import { EXIT, exitCodeOf, FileError, reportError, UsageError } from '../errors.js';
import { INPUT_FORMATS, inputPaths, inputSize, inputSource, openInput, readError, readInput, type InputSource, type JsonFormat, type RdfFormat } from '../input.js';
import { isRdf, loadJson, loadRdf } from '../load.js';
import { writeOutput, writeOutputAsMade } from '../output.js';
import { createProgress, type Progress } from '../progress.js';
import { stoppableAtOnce } from '../signals.js';
import { limitsOption } from '../limits.js';
import { profileForJson, profileNamed, profilesInData, type Registry } from '../registry.js';
import { conversionLines, notCarriedLine, tell, type ConversionFindings } from '../conversion-report.js';

const OUTPUT_FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'json'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const OPTIONS = {
  profile: { type: 'string', short: 'p' },
  from: { type: 'string', short: 'f' },
  to: { type: 'string', short: 't' },
  output: { type: 'string', short: 'o' },
  base: { type: 'string' },
  limit: { type: 'string', multiple: true },
  lenient: { type: 'boolean' },
  strict: { type: 'boolean' },
  'repair-references': { type: 'boolean' },
} as const;

/** A note for the user on standard error (not part of the output; silenced by --quiet). */
function note(quiet: boolean, message: string): void {
  if (!quiet) process.stderr.write(`profielkit: ${message}\n`);
}

async function serialize(data: Store, to: Exclude<OutputFormat, 'json'>, profile: AnyProfile | undefined, registry: Registry, quiet: boolean): Promise<string> {
  switch (to) {
    case 'ntriples':
      return toNTriples(data);
    case 'nquads':
      return toNQuads(data);
    case 'turtle':
    case 'trig': {
      // the prefixes of every profile in the data make the Turtle (and TriG) readable
      const used = profile ? [profile] : profilesInData(registry, data);
      const prefixes = Object.assign({}, ...used.map((p) => p.declaration.prefixes ?? {})) as Record<string, string>;
      return to === 'trig' ? toTriG(data, { prefixes }) : toTurtle(data, { prefixes });
    }
    case 'jsonld': {
      const found = profile ? [profile] : profilesInData(registry, data);
      if (found.length === 1 && found[0]) {
        if (!profile) note(quiet, `JSON-LD with the context of ${found[0].name} (the profile found in the data)`);
        const profiled = found[0];
        return `${JSON.stringify(await stoppableAtOnce(() => toJsonLd(data, { profile: profiled })), null, 2)}\n`;
      }
      // no single context fits: expanded JSON-LD needs none and loses nothing
      note(quiet, `expanded JSON-LD: ${found.length === 0 ? 'no profile' : `several profiles (${found.map((p) => p.name).join(', ')})`} found in the data; give --profile for compacted JSON-LD`);
      return `${JSON.stringify(await stoppableAtOnce(() => fromRdf([...data])), null, 2)}\n`;
    }
  }
}

/**
 * A standard's own JSON to Turtle, N-Triples or N-Quads as it is read, record by record, in flat
 * memory; the output goes to a temporary file first, so a broken record leaves nothing half written.
 */
async function convertJsonAsRead(source: InputSource, profile: AnyProfile, to: Exclude<OutputFormat, 'jsonld' | 'json'>, output: string | undefined, strict: boolean, progress: Progress): Promise<ConversionFindings> {
  progress.begin('converting JSON');
  const summary = await writeOutputAsMade(output, async (write) => {
    const input = source.path === '-' ? process.stdin : openInput(source);
    try {
      // N-Triples lines are N-Quads lines in the default graph, where a payload's triples all are
      return await profile.fromJsonStream(input, write, { format: to === 'turtle' || to === 'trig' ? 'turtle' : 'ntriples', strict, ndjson: source.format === 'ndjson' });
    } catch (error) {
      throw readError(source, error);
    }
  });
  progress.finish('converting JSON', summary.records, 'records');
  return summary;
}

/**
 * Tells what a JSON conversion found; the exit code: 1 when --lenient wrote fields that break the
 * profile (warnings alone do not count, as in validate), else 0.
 */
function findingsExit(source: InputSource, findings: ConversionFindings): number {
  const { lines, violations } = conversionLines(source.name, findings);
  tell(lines);
  return violations > 0 ? EXIT.violations : EXIT.ok;
}

/** The profile whose own JSON `--to json` writes: the one named, or the one found in the data that has its own JSON. */
function jsonOutputProfile(source: InputSource, named: AnyProfile | undefined, registry: Registry, data: Store): AnyProfile {
  if (named) {
    if (!named.readsJson) throw new UsageError(`convert: --to json writes a standard's own JSON; the ${named.name} profile has none (use --to jsonld)`);
    return named;
  }
  const found = profilesInData(registry, data).filter((p) => p.readsJson);
  if (found.length === 1 && found[0]) return found[0];
  const readers = Object.values(registry).filter((p) => p.readsJson).map((p) => p.name);
  throw new FileError(source.name, `--to json: ${found.length === 0 ? 'no profile with a JSON of its own applies' : `several profiles apply (${found.map((p) => p.name).join(', ')})`}; name one with --profile (${readers.join(', ')})`);
}

/**
 * RDF (or JSON-LD) back to the standard's own JSON: one object, or a list when there are several
 * records. What the JSON cannot carry is told on standard error; with --strict that is an error
 * (exit 2, nothing written).
 */
async function writeJson(source: InputSource, data: Store, profile: AnyProfile, strict: boolean, output: string | undefined, quiet: boolean): Promise<number> {
  const records = profile.toJson(data);
  const line = notCarriedLine(source.name, records.notCarried);
  if (line !== undefined) tell([line]);
  if (line !== undefined && strict) return EXIT.error;
  if (records.length === 0) note(quiet, `no ${profile.name} record found in ${source.name}; writing an empty list`);
  const json = records.length === 1 ? records[0] : [...records];
  await writeOutput(`${JSON.stringify(json, null, 2)}\n`, output);
  return EXIT.ok;
}

/**
 * Turtle, N-Triples or N-Quads to N-Triples or N-Quads as it is read, quad by quad, in flat memory,
 * through a temporary file (nothing is written if the input turns out to be broken).
 */
async function convertRdfAsRead(source: InputSource, format: 'turtle' | 'ntriples' | 'nquads' | 'trig', to: 'ntriples' | 'nquads', base: string | undefined, output: string | undefined, progress: Progress): Promise<void> {
  progress.begin('converting');
  const triples = await writeOutputAsMade(output, async (write) => {
    const writer = new Writer({ format: to === 'nquads' ? 'N-Quads' : 'N-Triples' });
    const check = new TermCheck(to);
    let count = 0;
    let buffered = '';
    const input = source.path === '-' ? process.stdin : openInput(source);
    try {
      for await (const quad of quadsOf(input, format, base === undefined ? {} : { baseIRI: base })) {
        // checked as every writer of profielkit checks: what the syntax cannot write is an error, never raw output
        const q = safeQuad(quad, check, false);
        buffered += writer.quadToString(q.subject, q.predicate, q.object, to === 'nquads' ? q.graph : undefined);
        if (++count % 1000 === 0) progress.update('converting', count, 'triples');
        if (buffered.length > 1 << 16) {
          await write(buffered);
          buffered = '';
        }
      }
    } catch (error) {
      throw readError(source, error);
    }
    if (buffered !== '') await write(buffered);
    return count;
  });
  progress.finish('converting', triples, 'triples');
}

/** Runs `convert`; returns the exit code. */
export async function convertCommand(args: readonly string[], registry: Registry): Promise<number> {
  const parsed = parse('convert', args, OPTIONS);
  const quiet = flag(parsed, 'quiet');
  const [path, extra] = inputPaths('convert', parsed.positionals);
  if (extra !== undefined) throw new UsageError(`convert: takes one INPUT, not '${extra}' too`);
  const name = stringOption(parsed, 'profile');
  const profile = name === undefined ? undefined : profileNamed(registry, name);
  const source = inputSource('convert', path as string, choiceOption('convert', parsed, 'from', INPUT_FORMATS));
  const to = choiceOption('convert', parsed, 'to', OUTPUT_FORMATS) ?? 'turtle';
  const base = stringOption(parsed, 'base');
  if (base !== undefined && !isRdf(source.format)) throw new UsageError('convert: --base applies to RDF and JSON-LD input, not to json');
  const jsonProfile = isRdf(source.format) ? undefined : profileForJson('convert', profile, registry);
  const limits = limitsOption('convert', parsed);
  if (flag(parsed, 'repair-references') && (source.format !== 'jsonld' || !profile)) throw new UsageError('convert: --repair-references applies to JSON-LD input with --profile (the profile says where references belong)');
  const lenient = flag(parsed, 'lenient');
  if (lenient && !jsonProfile) throw new UsageError('convert: --lenient applies to json and ndjson input (a standard\'s own JSON)');
  const output = stringOption(parsed, 'output');

  try {
    const progress = createProgress(quiet);
    const size = inputSize(source);
    if (size !== undefined) progress.sized(size);
    if (jsonProfile && to !== 'jsonld' && to !== 'json') {
      return findingsExit(source, await convertJsonAsRead(source, jsonProfile, to, output, !lenient, progress));
    }
    const from = source.format;
    if ((from === 'turtle' || from === 'ntriples' || from === 'nquads' || from === 'trig') && (to === 'ntriples' || to === 'nquads')) {
      await convertRdfAsRead(source, from, to, base, output, progress);
      return EXIT.ok;
    }
    const bytes = await readInput(source, progress);
    let code: number = EXIT.ok;
    let data: Store;
    if (jsonProfile) {
      const { conversion } = await loadJson(bytes, source.format as JsonFormat, jsonProfile, !lenient, progress);
      code = findingsExit(source, conversion);
      data = conversion.dataset;
    } else {
      let repaired = 0;
      const repair = flag(parsed, 'repair-references');
      data = await loadRdf(
        bytes,
        source.format as RdfFormat,
        {
          registry,
          limits,
          toJsonLd: to === 'jsonld',
          ...(profile ? { profile } : {}),
          ...(base === undefined ? {} : { base }),
          ...(repair ? { stringReferences: 'repair' as const, onStringReference: (_ref: unknown, fixed: boolean) => void (fixed && repaired++) } : {}),
        },
        progress,
      );
      if (repaired > 0) note(quiet, `repaired ${repaired} reference${repaired === 1 ? '' : 's'} written as a plain string (read as the IRI ${repaired === 1 ? 'it holds' : 'they hold'})`);
    }
    progress.begin(`writing ${to}`);
    if (to === 'json') {
      const written = await writeJson(source, data, jsonProfile ?? jsonOutputProfile(source, profile, registry, data), flag(parsed, 'strict'), output, quiet);
      progress.finish(`writing ${to}`, data.size, 'triples');
      return Math.max(code, written);
    }
    const text = await serialize(data, to, profile, registry, quiet);
    await writeOutput(text, output);
    progress.finish(`writing ${to}`, data.size, 'triples');
    return code;
  } catch (error) {
    reportError(error, source.name, flag(parsed, 'debug'));
    return exitCodeOf(error);
  }
}
