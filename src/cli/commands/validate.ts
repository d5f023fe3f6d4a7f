/**
 * `profielkit validate`: each input in turn is read, matched to its profile(s) and validated; the
 * report goes to standard output in the chosen format, errors to standard error. An input that cannot
 * be read does not stop the others.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import { toTurtle, validate, type ValidationTarget } from '../../core/api.js';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import type { AnyProfile } from '../../core/profile.js';
import type { ProfileDeclaration } from '../../core/schema/declaration.js';
import type { JsonConversion } from '../../core/json/convert.js';
import { factory, SH } from '../../core/rdf/terms.js';
import { blankLabel } from '../../core/rdf/blank-label.js';
import type { Lang, ValidationReport } from '../../core/validate/validate.js';
import { type StreamOutcome, validateStreamFast } from '../../core/validate/stream.js';
import type { FastTarget } from '../../core/validate/fast/engine.js';
import { jsonReport } from '../../core/validate/json-report.js';
import { recordLines, reportCsv, reportHtml, stewardReport } from '../../core/report/index.js';
import { version } from '../help.js';
import { choiceOption, countOption, flag, parse, stringOption } from '../args.js';
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
} from '../input.js';
import { joinConversions } from '../../core/json/convert.js';
import { isRdf, loadJson, loadRdf } from '../load.js';
import { writeStdout } from '../output.js';
import { createProgress, type Progress } from '../progress.js';
import { profileOfJson, profileNamed, profilesTyping, typesANode, type Registry } from '../registry.js';
import { colourWanted, formatText, type ProfileOutcome } from '../report-text.js';
import { limitsOption, type Limits } from '../limits.js';
import { conversionLines, tell } from '../conversion-report.js';
import { contextLine, notReadable, showWhere } from '../where.js';
import { stdinAsFile } from '../stdin-file.js';
import { ENGINES, LANGS, REPORT_FORMATS } from '../options.js';

type ReportFormat = (typeof REPORT_FORMATS)[number];

interface Settings {
  readonly registry: Registry;
  readonly profile: AnyProfile | undefined;
  readonly from: (typeof INPUT_FORMATS)[number] | undefined;
  readonly format: ReportFormat;
  readonly lang: Lang;
  readonly quiet: boolean;
  readonly engine: 'fast' | 'reference';
  /** results kept per profile (violations first); the others are counted */
  readonly maxResults: number | undefined;
  /** --allow-empty: nothing checked (a profile named, none of its classes in the data) is exit 0, not 3 */
  readonly allowEmpty: boolean;
  /** SHACL shapes of the user's own (--shapes), and the file they came from */
  readonly shapes: { readonly name: string; readonly dataset: DatasetCore } | undefined;
  /** limits given with --limit */
  readonly limits: Limits;
  /** --threads: worker threads for an N-Triples or N-Quads file (default: the cores available) */
  readonly threads: number;
  /** --details: findings shown per rule in the text report (default 5; `all`) */
  readonly details: number | 'all';
}

interface Outcome extends ProfileOutcome {
  /** the W3C report graph, built only when asked for (`--format turtle`): 8 quads a result */
  readonly report: () => DatasetCore;
}

/**
 * The W3C report graph(s) of one input as Turtle. Blank node labels get the input's number, so that
 * reports of several inputs written one after the other stay apart.
 */
async function formatTurtle(file: string, index: number, outcomes: readonly Outcome[]): Promise<string> {
  const merged = new Store();
  // the input's number before the report's label; `blankLabel` keeps it as it is where Turtle can write it
  const relabel = <T extends Term>(t: T): T => {
    if (t.termType === 'BlankNode') return factory.blankNode(blankLabel(`i${index}_${t.value}`)) as T;
    if (t.termType === 'Quad') return factory.quad(relabel(t.subject), t.predicate, relabel(t.object)) as Term as T;
    return t;
  };
  for (const o of outcomes) {
    for (const q of o.report() as Iterable<Quad>)
      merged.addQuad(factory.quad(relabel(q.subject), q.predicate, relabel(q.object)));
  }
  return `# ${file}\n${await toTurtle(merged, { prefixes: { sh: SH(''), xsd: 'http://www.w3.org/2001/XMLSchema#' } })}`;
}

/** Reads one input and decides its profiles; json input is converted leniently (every problem reported). */
async function load(
  source: InputSource,
  settings: Settings,
  progress: Progress,
): Promise<{ data: DatasetCore; profiles: AnyProfile[]; conversion?: JsonConversion }> {
  const size = inputSize(source);
  if (size !== undefined) progress.sized(size);
  const { registry, profile } = settings;
  if (!isRdf(source.format)) {
    // the profile is the one named, else the one the payload's fields say; never a guess
    const bytes = await readInput(source, progress);
    const { conversion, profile: jsonProfile } = await loadJson(
      bytes,
      source.format,
      (payload) => profileOfJson('validate', source.name, profile, registry, payload, settings.lang),
      false,
      progress,
    );
    // a register export's objects of other schemas are not validated: say how many, of which schemas (not with -q)
    const skipped = conversion.skipped.reduce((n, s) => n + s.count, 0);
    if (skipped > 0 && !settings.quiet) {
      const which = conversion.skipped.map((s) => `${s.schema} (${s.count})`).join(', ');
      tell([
        settings.lang === 'nl'
          ? `${source.name}: ${skipped} objecten van andere schema's niet gecontroleerd: ${which}`
          : `${source.name}: ${skipped} object${skipped === 1 ? '' : 's'} of other schemas not checked: ${which}`,
      ]);
    }
    // objects recognised by their fields, their @self.schema being no slug the profile knows (not with -q)
    if (!settings.quiet)
      tell(
        conversionLines(source.name, {
          problems: [],
          unknownFields: [],
          skipped: [],
          recognised: conversion.recognised,
        }).lines,
      );
    return { data: conversion.dataset, profiles: [jsonProfile], conversion };
  }
  const bytes = await readInput(source, progress);
  // a plain string where a reference belongs is the report's to show (one violation, with the fix), not a refusal
  // nodes written [ … ] named as the streamed readers name them: the report finds their lines
  const options = { registry, limits: settings.limits, stringReferences: 'keep' as const, documentLabels: true };
  const data = await loadRdf(bytes, source.format, { ...options, ...(profile ? { profile } : {}) }, progress);
  // shapes of one's own: the profile named, if any; no profile is chosen from the data
  if (settings.shapes) return { data, profiles: profile ? [profile] : [] };
  return { data, profiles: chooseProfiles(source, settings, (iri) => typesANode(data, iri)) };
}

/** One validation's outcome; `settings` tells whether its target was named by hand (--profile, --shapes). */
function outcomeOf(profile: string, report: ValidationReport, settings: Settings): Outcome {
  const named = settings.profile !== undefined || settings.shapes !== undefined;
  if (report.engineReason !== undefined && !settings.quiet) {
    // a user who brought shapes should know why a large file took memory and time
    process.stderr.write(
      settings.lang === 'nl'
        ? `${profile}: gevalideerd door de referentie-engine (in het geheugen): ${report.engineReason}\n`
        : `${profile}: validated by the reference engine (in memory): ${report.engineReason}\n`,
    );
  }
  return {
    profile,
    conforms: report.conforms,
    results: report.results,
    totalResults: report.totalResults,
    counts: report.counts,
    nodesChecked: report.nodesChecked,
    // a profile chosen from the data's classes always has nodes to check; one named may have none
    nothingChecked: named && report.nodesChecked === 0 && report.totalResults === 0,
    report: () => report.report,
  };
}

/** The profiles an input's classes call for, or the one named; says which on standard error. */
function chooseProfiles(source: InputSource, settings: Settings, typed: (iri: string) => boolean): AnyProfile[] {
  const { registry, profile } = settings;
  // a profile named by hand that types no node: its report says that nothing was checked (exit 3)
  if (profile) return [profile];
  const found = profilesTyping(registry, typed);
  if (found.length === 0) {
    const names = Object.keys(registry);
    throw new FileError(
      source.name,
      settings.lang === 'nl'
        ? `de data zegt niet bij welk profiel ze hoort: geen record heeft een klasse van ${names.join(', ')}; ` +
            `kies er een met ${names.map((n) => `--profile ${n}`).join(' of ')}`
        : `the data does not say which profile it is of: no record has a class of ${names.join(', ')}; ` +
            `choose one with ${names.map((n) => `--profile ${n}`).join(' or ')}`,
    );
  }
  if (!settings.quiet && settings.format === 'text') {
    process.stderr.write(
      `${source.name}: ${settings.lang === 'nl' ? 'profiel' : 'profile'} ${found.map((p) => p.name).join(', ')} ` +
        `(${settings.lang === 'nl' ? 'herkend aan de klassen in de data' : 'recognised by the classes in the data'})\n`,
    );
  }
  return found;
}

/**
 * A file in Turtle, N-Triples or N-Quads is validated as it is read, against every candidate profile
 * in one read, in memory that does not grow with the file. `undefined` when the file needs to be read
 * into memory instead (its triples are not grouped by subject), or is standard input.
 */
async function validateStreamed(
  source: InputSource,
  settings: Settings,
  progress: Progress,
): Promise<Outcome[] | undefined> {
  const format = source.format;
  if (
    source.path === '-' ||
    settings.engine !== 'fast' ||
    !(format === 'turtle' || format === 'ntriples' || format === 'nquads' || format === 'trig')
  )
    return undefined;
  const { shapes } = settings;
  const candidates = settings.profile ? [settings.profile] : Object.values(settings.registry);
  // with shapes of one's own: one validation, against them and the profile named (if any)
  const targets: FastTarget[] = shapes
    ? [{ ...(settings.profile ? { declaration: settings.profile.declaration } : {}), shapes: shapes.dataset }]
    : candidates.map((p) => p.declaration);
  const size = inputSize(source);
  if (size !== undefined) progress.sized(size);
  progress.begin('validating');
  let outcome: StreamOutcome | undefined;
  try {
    if (settings.threads > 1 && !shapes && (format === 'ntriples' || format === 'nquads')) {
      // on every core: loaded only here (worker threads), in parts cut at subject boundaries
      const { validateFileInParts } = await import('../../node-threads.js');
      outcome = await validateFileInParts(
        candidates.map((p) => p.declaration),
        source.path,
        {
          format,
          lang: settings.lang,
          ...(settings.maxResults === undefined ? {} : { maxResults: settings.maxResults }),
        },
        settings.threads,
        new URL('./validate-worker.js', import.meta.url),
      );
    }
    outcome ??= await validateStreamFast(targets, () => openInput(source), {
      format,
      lang: settings.lang,
      ...(settings.maxResults === undefined ? {} : { maxResults: settings.maxResults }),
      onProgress: (count) => progress.update('validating', count, 'triples'),
    });
  } catch (error) {
    throw readError(source, error);
  }
  if (!outcome) return undefined;
  progress.finish('validating', outcome.triples, 'triples');
  const { reports, classesSeen } = outcome;
  if (shapes)
    return [
      outcomeOf(
        settings.profile ? `${settings.profile.name} + ${shapes.name}` : shapes.name,
        reports[0] as ValidationReport,
        settings,
      ),
    ];
  const chosen = chooseProfiles(source, settings, (iri) => classesSeen.has(iri));
  return chosen.map((profile) => {
    return outcomeOf(profile.name, reports[candidates.indexOf(profile)] as ValidationReport, settings);
  });
}

/**
 * Several json inputs (the pages of a list response, files of one register) read into one dataset and
 * validated as one: one report, each result at its file's JSON path (`page-2.json: results[0].status`).
 */
async function validatePages(sources: readonly InputSource[], settings: Settings): Promise<number> {
  const progress = createProgress(settings.quiet, settings.lang);
  const dataset = new Store();
  const parts: JsonConversion[] = [];
  // the profile named, or the one the first page's fields say; every page is read with it
  let profile = settings.profile;
  for (const source of sources) {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(source, progress);
    } catch (error) {
      throw readError(source, error);
    }
    const profileOf =
      profile ??
      ((payload: unknown) =>
        profileOfJson('validate', source.name, undefined, settings.registry, payload, settings.lang));
    const read = await loadJson(bytes, source.format as JsonFormat, profileOf, false, progress, {
      dataset,
      source: source.name,
    });
    profile = read.profile;
    const { conversion } = read;
    if (!settings.quiet)
      tell(
        conversionLines(source.name, {
          problems: [],
          unknownFields: [],
          skipped: conversion.skipped,
          recognised: conversion.recognised,
        }).lines,
      );
    parts.push(conversion);
  }
  if (!profile) throw new UsageError('validate: no json input');
  const name = sources.map((s) => s.name).join(' + ');
  const json = joinConversions(parts);
  const targets: ValidationTarget = settings.shapes ? { profile, shapes: settings.shapes.dataset } : { profile };
  progress.begin(`validating against ${profile.name}`);
  const report = await validate(dataset, {
    ...targets,
    lang: settings.lang,
    engine: settings.engine,
    json,
    ...(settings.maxResults === undefined ? {} : { maxResults: settings.maxResults }),
  });
  progress.finish(`validating against ${profile.name}`, dataset.size, 'triples');
  const outcomes = [
    outcomeOf(settings.shapes ? `${profile.name} + ${settings.shapes.name}` : profile.name, report, settings),
  ];
  if (settings.format === 'json') await writeStdout(jsonReport(name, outcomes, { allowEmpty: settings.allowEmpty }));
  else if (settings.format === 'turtle') await writeStdout(await formatTurtle(name, 0, outcomes));
  else {
    const report = stewardReport({
      file: name,
      syntax: 'json',
      outcomes,
      lang: settings.lang,
      version: version(),
      declarations: declarationsOf(settings),
    });
    if (settings.format === 'csv') await writeStdout(reportCsv(report));
    else if (settings.format === 'html') await writeStdout(reportHtml(report));
    else await writeStdout(formatText(report, colourWanted(), settings.details));
  }
  if (!outcomes.every((o) => o.conforms)) return EXIT.violations;
  return outcomes.some((o) => o.nothingChecked) && !settings.allowEmpty ? EXIT.nothingChecked : EXIT.ok;
}

async function validateOne(source: InputSource, index: number, settings: Settings): Promise<number> {
  const progress = createProgress(settings.quiet, settings.lang);
  let outcomes = await validateStreamed(source, settings, progress);
  if (!outcomes) {
    outcomes = [];
    const { data, profiles, conversion } = await load(source, settings, progress);
    const common = {
      lang: settings.lang,
      engine: settings.engine,
      ...(conversion ? { json: conversion } : {}),
      ...(settings.maxResults === undefined ? {} : { maxResults: settings.maxResults }),
    };
    const { shapes } = settings;
    // with shapes of one's own: one validation, against them and the profile named (if any)
    const targets: { name: string; target: ValidationTarget }[] = shapes
      ? [
          {
            name: profiles[0] ? `${profiles[0].name} + ${shapes.name}` : shapes.name,
            target: profiles[0] ? { profile: profiles[0], shapes: shapes.dataset } : { shapes: shapes.dataset },
          },
        ]
      : profiles.map((profile) => ({ name: profile.name, target: { profile } }));
    for (const { name, target } of targets) {
      progress.begin(`validating against ${name}`);
      const report = await validate(data, { ...common, ...target });
      progress.finish(`validating against ${name}`, data.size, 'triples');
      outcomes.push(outcomeOf(name, report, settings));
    }
  }
  if (settings.format === 'json')
    await writeStdout(jsonReport(source.name, outcomes, { allowEmpty: settings.allowEmpty }));
  else if (settings.format === 'turtle') await writeStdout(await formatTurtle(source.name, index, outcomes));
  else {
    // the line of each record with a finding: one more read of an RDF file, only when there are findings
    const nodes = new Set(outcomes.flatMap((o) => o.results.map((r) => r.focusNode)));
    const rdfText =
      source.format !== 'json' && source.format !== 'ndjson' && source.format !== 'jsonld' && source.path !== '-';
    const lines = rdfText && nodes.size > 0 ? await recordLines(openInput(source), nodes) : undefined;
    const report = stewardReport({
      file: source.name,
      syntax: source.format,
      outcomes,
      lang: settings.lang,
      version: version(),
      declarations: declarationsOf(settings),
      ...(lines ? { lines } : {}),
    });
    if (settings.format === 'csv') await writeStdout(reportCsv(report));
    else if (settings.format === 'html') await writeStdout(reportHtml(report));
    else await writeStdout(formatText(report, colourWanted(), settings.details));
  }
  if (!outcomes.every((o) => o.conforms)) return EXIT.violations;
  return outcomes.some((o) => o.nothingChecked) && !settings.allowEmpty ? EXIT.nothingChecked : EXIT.ok;
}

/** The syntaxes read as a file is read (as read, in parts on every core): piped in, they are copied to one first. */
const READ_AS_FILE: ReadonlySet<string> = new Set(['turtle', 'ntriples', 'nquads', 'trig']);

/** The declarations the report builds its main lines from: every profile's (a result names its own by its shape). */
function declarationsOf(settings: Settings): ProfileDeclaration[] {
  return Object.values(settings.registry).map((p) => p.declaration);
}

/** --details: a whole number (0: the overview only) or `all`. */
function detailsOption(parsed: ReturnType<typeof parse>): number | 'all' {
  const v = stringOption(parsed, 'details');
  if (v === undefined) return 5;
  if (v === 'all') return 'all';
  if (!/^\d+$/u.test(v) || !Number.isSafeInteger(Number(v)))
    throw new UsageError(`validate: --details must be a whole number or all, not '${v}'`);
  return Number(v);
}

/** Reads the --shapes file (Turtle, N-Triples or N-Quads, by its extension). */
async function loadShapes(path: string): Promise<Settings['shapes']> {
  const source = inputSource('validate', path, undefined);
  if (!isRdf(source.format) || source.format === 'jsonld')
    throw new UsageError(`validate: --shapes takes Turtle, N-Triples or N-Quads, not ${source.format}`);
  const bytes = await readInput(source, createProgress(true));
  return { name: basename(path), dataset: await loadRdf(bytes, source.format, { registry: {} }, createProgress(true)) };
}

/**
 * Runs `validate`; the exit code is the worst of all inputs (70 a bug, 3 nothing checked, 2 unreadable, 1 violations, 0
 * conforms).
 */
export async function validateCommand(args: readonly string[], registry: Registry): Promise<number> {
  const parsed = parse('validate', args);
  const name = stringOption(parsed, 'profile');
  let settings: Settings = {
    registry,
    profile: name === undefined ? undefined : profileNamed(registry, name),
    from: choiceOption('validate', parsed, 'from', INPUT_FORMATS),
    format: choiceOption('validate', parsed, 'format', REPORT_FORMATS) ?? 'text',
    lang: choiceOption('validate', parsed, 'lang', LANGS) ?? 'nl',
    quiet: flag(parsed, 'quiet'),
    engine: choiceOption('validate', parsed, 'engine', ENGINES) ?? 'fast',
    maxResults: countOption('validate', parsed, 'max-results'),
    shapes: undefined,
    limits: limitsOption('validate', parsed),
    allowEmpty: flag(parsed, 'allow-empty'),
    threads: countOption('validate', parsed, 'threads') ?? availableParallelism(),
    details: detailsOption(parsed),
  };
  const shapesPath = stringOption(parsed, 'shapes');
  if (shapesPath !== undefined) {
    try {
      settings = { ...settings, shapes: await loadShapes(shapesPath) };
    } catch (error) {
      // the shapes file, not an input, is what could not be read: name it
      reportError(error, shapesPath, flag(parsed, 'debug'), settings.lang);
      return exitCodeOf(error);
    }
  }
  const paths = inputPaths('validate', parsed.positionals);
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('validate: standard input (-) can be read only once');
  // every input's name and format is checked before any is read: a typo fails fast
  let sources: InputSource[];
  try {
    sources = paths.map((p) => inputSource('validate', p, settings.from));
  } catch (error) {
    // a spreadsheet or XML named as an input: said in the language asked
    if (!(error instanceof FileError)) throw error;
    reportError(error, undefined, flag(parsed, 'debug'), settings.lang);
    return exitCodeOf(error);
  }
  if (sources.length > 1 && sources.every((s) => !isRdf(s.format))) {
    // pages of one list (or files of one register): one conversion, one validation, one report
    try {
      return await validatePages(sources, settings);
    } catch (error) {
      reportError(error, sources.map((s) => s.name).join(' + '), flag(parsed, 'debug'), settings.lang);
      return exitCodeOf(error);
    }
  }
  let worst: number = EXIT.ok;
  for (const [index, given] of sources.entries()) {
    let code: number;
    let source = given;
    let dispose: (() => void) | undefined;
    try {
      // RDF piped in is validated as a file is: as read, not held in memory whole
      if (given.path === '-' && READ_AS_FILE.has(given.format)) {
        const copy = await stdinAsFile(given, createProgress(settings.quiet, settings.lang));
        ({ source, dispose } = copy);
      }
      code = await validateOne(source, index, settings);
    } catch (error) {
      const named = notReadable(source, error, settings.lang);
      reportError(named ?? error, `${source.name}${contextLine(source, error)}`, flag(parsed, 'debug'), settings.lang);
      if (!named) showWhere(source, error);
      code = exitCodeOf(error);
    } finally {
      dispose?.();
    }
    worst = Math.max(worst, code);
  }
  return worst;
}
