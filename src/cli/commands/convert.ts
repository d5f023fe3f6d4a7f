/**
 * `profielkit convert`: one input, read in any syntax (a standard's own JSON with its profile), written
 * in another. Output appears only once it is complete: a failed run writes nothing. A standard's own
 * JSON to Turtle, N-Triples or N-Quads, and Turtle, N-Triples or N-Quads to N-Triples or N-Quads, are
 * converted as they are read, in flat memory; the rest (JSON-LD, Turtle out) in memory.
 */
import { Writer, type Store } from 'n3';
import { quadsOf } from '../../core/parse/rdf-stream.js';
import { safeQuad } from '../../core/serialize/rdf.js';
import { TermCheck } from '../../core/serialize/writable.js';
import { toJsonLd, toNQuads, toNTriples, toTriG, toTurtle } from '../../core/api.js';
import { fromRdf } from '../../core/jsonld/engine.js';
import type { AnyProfile } from '../../core/profile.js';
import { choiceOption, flag, parse, stringOption } from '../args.js';
import { EXIT, exitCodeOf, reportError, UsageError } from '../errors.js';
import { INPUT_FORMATS, inputPaths, inputSize, inputSource, openInput, readError, readInput, type InputSource, type JsonFormat, type RdfFormat } from '../input.js';
import { isRdf, loadJson, loadRdf } from '../load.js';
import { writeOutput, writeOutputAsMade } from '../output.js';
import { createProgress, type Progress } from '../progress.js';
import { stoppableAtOnce } from '../signals.js';
import { limitsOption } from '../limits.js';
import { profileForJson, profileNamed, profilesInData, type Registry } from '../registry.js';

const OUTPUT_FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const OPTIONS = {
  profile: { type: 'string', short: 'p' },
  from: { type: 'string', short: 'f' },
  to: { type: 'string', short: 't' },
  output: { type: 'string', short: 'o' },
  base: { type: 'string' },
  limit: { type: 'string', multiple: true },
} as const;

/** A note for the user on standard error (not part of the output; silenced by --quiet). */
function note(quiet: boolean, message: string): void {
  if (!quiet) process.stderr.write(`profielkit: ${message}\n`);
}

async function serialize(data: Store, to: OutputFormat, profile: AnyProfile | undefined, registry: Registry, quiet: boolean): Promise<string> {
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
async function convertJsonAsRead(source: InputSource, profile: AnyProfile, to: Exclude<OutputFormat, 'jsonld'>, output: string | undefined, progress: Progress): Promise<void> {
  progress.begin('converting JSON');
  const summary = await writeOutputAsMade(output, async (write) => {
    const input = source.path === '-' ? process.stdin : openInput(source);
    try {
      // N-Triples lines are N-Quads lines in the default graph, where a payload's triples all are
      return await profile.fromJsonStream(input, write, { format: to === 'turtle' || to === 'trig' ? 'turtle' : 'ntriples', strict: true, ndjson: source.format === 'ndjson' });
    } catch (error) {
      throw readError(source, error);
    }
  });
  progress.finish('converting JSON', summary.records, 'records');
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

  try {
    const progress = createProgress(quiet);
    const size = inputSize(source);
    if (size !== undefined) progress.sized(size);
    if (jsonProfile && to !== 'jsonld') {
      await convertJsonAsRead(source, jsonProfile, to, stringOption(parsed, 'output'), progress);
      return EXIT.ok;
    }
    const from = source.format;
    if ((from === 'turtle' || from === 'ntriples' || from === 'nquads' || from === 'trig') && (to === 'ntriples' || to === 'nquads')) {
      await convertRdfAsRead(source, from, to, base, stringOption(parsed, 'output'), progress);
      return EXIT.ok;
    }
    const bytes = await readInput(source, progress);
    const data = jsonProfile
      ? (await loadJson(bytes, source.format as JsonFormat, jsonProfile, true, progress)).dataset
      : await loadRdf(bytes, source.format as RdfFormat, { registry, limits, toJsonLd: to === 'jsonld', ...(profile ? { profile } : {}), ...(base === undefined ? {} : { base }) }, progress);
    progress.begin(`writing ${to}`);
    const text = await serialize(data, to, profile, registry, quiet);
    await writeOutput(text, stringOption(parsed, 'output'));
    progress.finish(`writing ${to}`, data.size, 'triples');
    return EXIT.ok;
  } catch (error) {
    reportError(error, source.name, flag(parsed, 'debug'));
    return exitCodeOf(error);
  }
}
