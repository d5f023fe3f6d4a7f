/**
 * `profielkit convert`: one input, read in any syntax (a standard's own JSON with its profile), written
 * in another. Output appears only once it is complete: a failed run writes nothing. Converted as they
 * are read, in flat memory: a standard's own JSON to Turtle, N-Triples, N-Quads or JSON-LD; Turtle,
 * N-Triples, N-Quads or TriG to N-Triples or N-Quads, and with a profile to JSON-LD or the standard's
 * own JSON. The rest (JSON-LD in, Turtle out, no profile to choose a context) in memory.
 */
import { Store } from 'n3';
import type { JsonConversion } from '../../core/json/convert.js';
import type { JsonStreamSummary } from '../../core/json/convert-stream.js';
import { quadsOf } from '../../core/parse/n3-stream.js';
import { JsonLdTextWriter } from '../../core/serialize/jsonld-stream.js';
import { QuadLineWriter } from '../../core/serialize/quad-lines.js';
import { piecesOf, type QuadTextWriter } from '../../core/serialize/pieces.js';
import { fastJsonLdQuads, NotFastJsonLd } from '../../core/json/jsonld-graph.js';
import type { Quad } from '@rdfjs/types';
import type { NotCarried } from '../../core/read/reader.js';
import { toJsonLd, toNQuads, toNTriples, toTriG, toTurtle } from '../../core/api.js';
import { fromRdf } from '../../core/jsonld/engine.js';
import type { AnyProfile } from '../../core/profile.js';
import { choiceOption, flag, parse, stringOption } from '../args.js';
import { EXIT, exitCodeOf, FileError, reportError, UsageError } from '../errors.js';
import {
  INPUT_FORMATS,
  inputPaths,
  inputSize,
  inputSource,
  openInput,
  readError,
  readInput,
  type InputSource,
  type JsonFormat,
  type RdfFormat,
} from '../input.js';
import { isRdf, loadJson, loadRdf } from '../load.js';
import { writeOutput, writeOutputAsMade } from '../output.js';
import { createProgress, type Progress } from '../progress.js';
import { stoppableAtOnce } from '../signals.js';
import { limitsOption } from '../limits.js';
import { LANGS, OUTPUT_FORMATS } from '../options.js';
import { contextLine, notReadable, showWhere } from '../where.js';
import { profileForJson, profileNamed, profilesInData, type Registry } from '../registry.js';
import {
  conversionLines,
  notCarriedLine,
  NotCarriedTally,
  tell,
  type ConversionFindings,
} from '../conversion-report.js';

type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A note for the user on standard error (not part of the output; silenced by --quiet). */
function note(quiet: boolean, message: string): void {
  if (!quiet) process.stderr.write(`profielkit: ${message}\n`);
}

async function serialize(
  data: Store,
  to: Exclude<OutputFormat, 'json'>,
  profile: AnyProfile | undefined,
  registry: Registry,
  quiet: boolean,
): Promise<string> {
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
      note(
        quiet,
        'expanded JSON-LD: ' +
          (found.length === 0 ? 'no profile' : `several profiles (${found.map((p) => p.name).join(', ')})`) +
          ' found in the data; give --profile for compacted JSON-LD',
      );
      return `${JSON.stringify(await stoppableAtOnce(() => fromRdf([...data])), null, 2)}\n`;
    }
  }
}

/**
 * A standard's own JSON to Turtle, N-Triples, N-Quads, JSON-LD or its own JSON again as it is read,
 * record by record, in flat memory; the output goes to a temporary file first, so a broken record
 * leaves nothing half written.
 */
async function convertJsonAsRead(
  source: InputSource,
  profile: AnyProfile,
  to: OutputFormat,
  output: string | undefined,
  strict: boolean,
  quiet: boolean,
  progress: Progress,
): Promise<ConversionFindings> {
  progress.begin('converting JSON');
  // as writeJson writes it: a lone record as that object; what the JSON cannot carry is told
  const tally = new NotCarriedTally();
  const json = { oneRecordAsObject: true, onNotCarried: (rest: NotCarried) => tally.add(rest) };
  const summary = await writeOutputAsMade(output, async (write) => {
    const input = source.path === '-' ? process.stdin : openInput(source);
    try {
      // N-Triples lines are N-Quads lines in the default graph, where a payload's triples all are
      const format = to === 'jsonld' || to === 'json' ? to : to === 'turtle' || to === 'trig' ? 'turtle' : 'ntriples';
      return await profile.fromJsonStream(input, write, {
        format,
        strict,
        ndjson: source.format === 'ndjson',
        ...(to === 'json' ? { json } : {}),
      });
    } catch (error) {
      throw readError(source, error);
    }
  });
  progress.finish('converting JSON', summary.records, 'records');
  if (to === 'json') {
    const line = tally.line(source.name);
    if (line !== undefined) tell([line]);
    if (summary.records === 0) note(quiet, `no ${profile.name} record found in ${source.name}; writing an empty list`);
  }
  return summary;
}

/**
 * Several pages of a standard's own JSON into one output: as they are read (Turtle, N-Triples, N-Quads,
 * TriG), else into one dataset; every finding names its file and JSON path.
 */
async function convertPages(
  sources: readonly InputSource[],
  profile: AnyProfile,
  to: OutputFormat,
  output: string | undefined,
  strict: boolean,
  quiet: boolean,
  progress: Progress,
): Promise<number> {
  const name = sources.map((s) => s.name).join(' + ');
  const several = { name, path: sources[0]?.path ?? '-', format: sources[0]?.format ?? 'json' } as InputSource;
  if (to !== 'jsonld' && to !== 'json') {
    progress.begin('converting JSON');
    const summaries = await writeOutputAsMade(output, async (write) => {
      const done: JsonStreamSummary[] = [];
      for (const source of sources) {
        const input = source.path === '-' ? process.stdin : openInput(source);
        try {
          done.push(
            await profile.fromJsonStream(input, write, {
              format: to === 'turtle' || to === 'trig' ? 'turtle' : 'ntriples',
              strict,
              ndjson: source.format === 'ndjson',
              source: source.name,
            }),
          );
        } catch (error) {
          throw readError(source, error);
        }
      }
      return done;
    });
    progress.finish(
      'converting JSON',
      summaries.reduce((n, s) => n + s.records, 0),
      'records',
    );
    let worst: number = EXIT.ok;
    for (const [i, summary] of summaries.entries())
      worst = Math.max(worst, findingsExit(sources[i] as InputSource, summary));
    return worst;
  }
  const dataset = new Store();
  const parts: JsonConversion[] = [];
  for (const source of sources) {
    const bytes = await readInput(source, progress);
    parts.push(
      (await loadJson(bytes, source.format as JsonFormat, profile, strict, progress, { dataset, source: source.name }))
        .conversion,
    );
  }
  let code: number = EXIT.ok;
  for (const [i, part] of parts.entries()) code = Math.max(code, findingsExit(sources[i] as InputSource, part));
  progress.begin(`writing ${to}`);
  if (to === 'json') return Math.max(code, await writeJson(several, dataset, profile, false, output, quiet));
  await writeOutput(await serialize(dataset, to, profile, {}, quiet), output);
  progress.finish(`writing ${to}`, dataset.size, 'triples');
  return code;
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
function jsonOutputProfile(
  source: InputSource,
  named: AnyProfile | undefined,
  registry: Registry,
  data: Store,
): AnyProfile {
  if (named) {
    if (!named.readsJson)
      throw new UsageError(
        `convert: --to json writes a standard's own JSON; the ${named.name} profile has none (use --to jsonld)`,
      );
    return named;
  }
  const found = profilesInData(registry, data).filter((p) => p.readsJson);
  if (found.length === 1 && found[0]) return found[0];
  const readers = Object.values(registry)
    .filter((p) => p.readsJson)
    .map((p) => p.name);
  throw new FileError(
    source.name,
    '--to json: ' +
      (found.length === 0
        ? 'no profile with a JSON of its own applies'
        : `several profiles apply (${found.map((p) => p.name).join(', ')})`) +
      `; name one with --profile (${readers.join(', ')})`,
  );
}

/**
 * RDF (or JSON-LD) back to the standard's own JSON: one object, or a list when there are several
 * records. What the JSON cannot carry is told on standard error; with --strict that is an error
 * (exit 2, nothing written).
 */
async function writeJson(
  source: InputSource,
  data: Store,
  profile: AnyProfile,
  strict: boolean,
  output: string | undefined,
  quiet: boolean,
): Promise<number> {
  const records = profile.toJson(data);
  const line = notCarriedLine(source.name, records.notCarried);
  if (line !== undefined) tell([line]);
  if (line !== undefined && strict) return EXIT.error;
  if (records.length === 0) note(quiet, `no ${profile.name} record found in ${source.name}; writing an empty list`);
  const json = records.length === 1 ? records[0] : [...records];
  await writeOutput(`${JSON.stringify(json, null, 2)}\n`, output);
  return EXIT.ok;
}

type StreamedFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld';

/**
 * The input's quads as they are read: RDF syntaxes by n3; JSON-LD in a profile's own context
 * (`{"@context": …, "@graph": […]}`) node by node, which rejects with `NotFastJsonLd` otherwise.
 */
function quadStream(
  source: InputSource,
  format: StreamedFormat,
  registry: Registry,
  base: string | undefined,
): AsyncIterable<Quad> {
  const input = source.path === '-' ? process.stdin : openInput(source);
  if (format === 'jsonld')
    return fastJsonLdQuads(
      Object.values(registry).map((p) => p.declaration),
      input,
    );
  return quadsOf(input, format, base === undefined ? {} : { baseIRI: base });
}

/**
 * Turtle, N-Triples, N-Quads or TriG to N-Triples, N-Quads, JSON-LD or the standard's own JSON as it
 * is read, quad by quad, in flat memory, through a temporary file (nothing is written if the input
 * turns out to be broken, or, with `finish`, when it says so).
 */
async function convertAsRead(
  source: InputSource,
  quads: () => AsyncIterable<Quad>,
  writer: QuadTextWriter,
  output: string | undefined,
  progress: Progress,
  finish?: () => void,
): Promise<number> {
  progress.begin('converting');
  const triples = await writeOutputAsMade(output, async (write) => {
    let count = 0;
    const counted = () => void (++count % 1000 === 0 && progress.update('converting', count, 'triples'));
    try {
      for await (const text of piecesOf(writer, quads(), counted)) await write(text);
    } catch (error) {
      throw error instanceof NotFastJsonLd ? error : readError(source, error);
    }
    finish?.();
    return count;
  });
  progress.finish('converting', triples, 'triples');
  return triples;
}

/**
 * RDF to the standard's own JSON as it is read (`toJsonStream`), in flat memory. What the JSON cannot
 * carry is told on standard error; with --strict that is an error (exit 2, nothing written).
 */
async function convertRdfToJsonAsRead(
  source: InputSource,
  quads: () => AsyncIterable<Quad>,
  profile: AnyProfile,
  strict: boolean,
  output: string | undefined,
  quiet: boolean,
  progress: Progress,
): Promise<number> {
  const tally = new NotCarriedTally();
  const writer = profile.jsonTextWriter({
    oneRecordAsObject: true,
    onNotCarried: (rest: NotCarried) => tally.add(rest),
  });
  try {
    await convertAsRead(source, quads, writer, output, progress, () => {
      const line = tally.line(source.name);
      if (line !== undefined) tell([line]);
      if (line !== undefined && strict) throw new StrictNotCarried();
    });
  } catch (error) {
    if (error instanceof StrictNotCarried) return EXIT.error;
    throw error;
  }
  if (writer.records === 0) note(quiet, `no ${profile.name} record found in ${source.name}; writing an empty list`);
  return EXIT.ok;
}

/** --strict and triples the JSON cannot carry: the output is not kept. */
class StrictNotCarried extends Error {}

/** Runs `convert`; returns the exit code. */
export async function convertCommand(args: readonly string[], registry: Registry): Promise<number> {
  const parsed = parse('convert', args);
  const quiet = flag(parsed, 'quiet');
  const paths = inputPaths('convert', parsed.positionals);
  const from = choiceOption('convert', parsed, 'from', INPUT_FORMATS);
  const lang = choiceOption('convert', parsed, 'lang', LANGS) ?? 'nl';
  let sources: InputSource[];
  try {
    sources = paths.map((p) => inputSource('convert', p, from));
  } catch (error) {
    // a spreadsheet or XML named as an input: said in the language asked
    if (!(error instanceof FileError)) throw error;
    reportError(error, undefined, flag(parsed, 'debug'), lang);
    return exitCodeOf(error);
  }
  const [path, extra] = paths;
  // several inputs: the pages of one list (json or ndjson), converted into one output
  if (extra !== undefined && sources.some((s) => isRdf(s.format)))
    throw new UsageError(`convert: takes one INPUT, not '${extra}' too (several only as json or ndjson pages)`);
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('convert: standard input (-) can be read only once');
  const name = stringOption(parsed, 'profile');
  const profile = name === undefined ? undefined : profileNamed(registry, name);
  const source = sources[0] ?? inputSource('convert', path as string, from);
  const to = choiceOption('convert', parsed, 'to', OUTPUT_FORMATS) ?? 'turtle';
  const base = stringOption(parsed, 'base');
  if (base !== undefined && !isRdf(source.format))
    throw new UsageError('convert: --base applies to RDF and JSON-LD input, not to json');
  const jsonProfile = isRdf(source.format) ? undefined : profileForJson('convert', profile, registry);
  const limits = limitsOption('convert', parsed);
  if (flag(parsed, 'repair-references') && (source.format !== 'jsonld' || !profile))
    throw new UsageError(
      'convert: --repair-references applies to JSON-LD input with --profile (the profile says where references belong)',
    );
  const lenient = flag(parsed, 'lenient');
  if (lenient && !jsonProfile)
    throw new UsageError("convert: --lenient applies to json and ndjson input (a standard's own JSON)");
  const output = stringOption(parsed, 'output');

  try {
    const progress = createProgress(quiet, lang);
    const size = inputSize(source);
    if (size !== undefined) progress.sized(size);
    if (jsonProfile && sources.length > 1)
      return await convertPages(sources, jsonProfile, to, output, !lenient, quiet, progress);
    if (jsonProfile)
      return findingsExit(source, await convertJsonAsRead(source, jsonProfile, to, output, !lenient, quiet, progress));
    const from = source.format;
    // JSON-LD as it is read when it is in a profile's own context (a file: else it is read again, in memory)
    const streams =
      from === 'turtle' ||
      from === 'ntriples' ||
      from === 'nquads' ||
      from === 'trig' ||
      (from === 'jsonld' && source.path !== '-' && !flag(parsed, 'repair-references'));
    if (
      streams &&
      (to === 'ntriples' || to === 'nquads' || (to === 'jsonld' && profile) || (to === 'json' && profile))
    ) {
      const quads = () => quadStream(source, from, registry, base);
      try {
        if (to === 'json') {
          const named = profile as AnyProfile;
          if (!named.readsJson)
            throw new UsageError(
              `convert: --to json writes a standard's own JSON; the ${named.name} profile has none (use --to jsonld)`,
            );
          return await convertRdfToJsonAsRead(source, quads, named, flag(parsed, 'strict'), output, quiet, progress);
        }
        await convertAsRead(
          source,
          quads,
          to === 'jsonld'
            ? new JsonLdTextWriter(
                (profile as AnyProfile).declaration,
                limits.maxKeys === undefined ? {} : { maxKeys: limits.maxKeys },
              )
            : new QuadLineWriter(to),
          output,
          progress,
        );
        return EXIT.ok;
      } catch (error) {
        if (!(error instanceof NotFastJsonLd)) throw error;
        // nothing was written: the whole document goes to jsonld.js
      }
    }
    // RDF read whole: Turtle and TriG out, JSON-LD that is not in a profile's own context, standard input
    const bytes = await readInput(source, progress);
    let repaired = 0;
    const repair = flag(parsed, 'repair-references');
    const data = await loadRdf(
      bytes,
      source.format as RdfFormat,
      {
        registry,
        limits,
        toJsonLd: to === 'jsonld',
        ...(profile ? { profile } : {}),
        ...(base === undefined ? {} : { base }),
        ...(repair
          ? {
              stringReferences: 'repair' as const,
              onStringReference: (_ref: unknown, fixed: boolean) => void (fixed && repaired++),
            }
          : {}),
      },
      progress,
    );
    if (repaired > 0)
      note(
        quiet,
        `repaired ${repaired} reference${repaired === 1 ? '' : 's'} written as a plain string` +
          ` (read as the IRI ${repaired === 1 ? 'it holds' : 'they hold'})`,
      );
    progress.begin(`writing ${to}`);
    if (to === 'json') {
      const written = await writeJson(
        source,
        data,
        jsonOutputProfile(source, profile, registry, data),
        flag(parsed, 'strict'),
        output,
        quiet,
      );
      progress.finish(`writing ${to}`, data.size, 'triples');
      return written;
    }
    const text = await serialize(data, to, profile, registry, quiet);
    await writeOutput(text, output);
    progress.finish(`writing ${to}`, data.size, 'triples');
    return EXIT.ok;
  } catch (error) {
    // one input: told where as validate tells it (what the file is, the lines around a syntax error)
    const one = sources.length === 1 ? source : undefined;
    const named = one && notReadable(one, error, lang);
    const file = one ? `${one.name}${contextLine(one, error)}` : sources.map((s) => s.name).join(' + ');
    reportError(named ?? error, file, flag(parsed, 'debug'), lang);
    if (one && !named) showWhere(one, error);
    return exitCodeOf(error);
  }
}
