/**
 * The command's surface, declared once: its commands, each command's options, the input formats and
 * the exit codes. Parsing (args.ts), `--help` (help.ts) and docs/cli.md (cli-doc.ts, checked by
 * test/cli/options-doc.test.ts) are all made from this table, so that they cannot tell different stories.
 * It imports nothing: early.ts answers `--help` from it before any RDF library loads.
 */

/** What the command reads: `json` is a standard's own JSON (an API payload), `ndjson` its records one a line. */
export const INPUT_FORMATS = ['json', 'ndjson', 'jsonld', 'turtle', 'ntriples', 'nquads', 'trig'] as const;
/** What `convert --to` writes. */
export const OUTPUT_FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'json'] as const;
/** What `validate --format` writes. */
export const REPORT_FORMATS = ['text', 'json', 'turtle', 'csv', 'html'] as const;
/** The languages of the messages. */
export const LANGS = ['nl', 'en'] as const;
/** The validation engines. */
export const ENGINES = ['fast', 'reference'] as const;

/** One option: its names, its value (none for a flag) and what it does. */
export interface OptionSpec {
  /** the long name, without `--` */
  readonly name: string;
  /** the one-letter name, without `-` */
  readonly short?: string;
  /** the value's placeholder in `--help` (`P`, `FILE`); absent for a flag */
  readonly value?: string;
  /** the values it takes, when they are a fixed list (a value outside it is a usage error) */
  readonly choices?: readonly string[];
  /** it may be given more than once */
  readonly multiple?: boolean;
  /** what it does: `--help` and docs/cli.md both print this */
  readonly help: string;
  /** more detail, printed in docs/cli.md only */
  readonly more?: string;
}

/** One command: what it takes, what it does, its options, and notes that follow its options in `--help`. */
export interface CommandSpec {
  readonly operands: string;
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  readonly notes?: string;
  /** `--help` lists the registered profiles (the command takes one) */
  readonly listsProfiles?: boolean;
  /** `--help` lists the input formats */
  readonly listsFormats?: boolean;
}

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'quiet', short: 'q', help: 'no progress or notes on standard error (errors are still printed)' },
  { name: 'debug', help: 'print the stack trace of an error' },
  { name: 'help', short: 'h', help: 'print this help' },
];

const FROM: OptionSpec = {
  name: 'from',
  short: 'f',
  value: 'F',
  choices: INPUT_FORMATS,
  help: `input format: ${INPUT_FORMATS.join(', ')}`,
  more:
    'By default from the extension: `.json`, `.ndjson` or `.jsonl`, `.jsonld`, `.ttl`, `.nt`, `.nq`, `.trig`. ' +
    'Standard input (`-`, or no INPUT) needs `--from`.',
};

const LIMIT: OptionSpec = {
  name: 'limit',
  value: 'NAME=N',
  multiple: true,
  help:
    'raise (or lower) an input limit named in a limit error: maxKeys (keys of one JSON-LD object, 10000), ' +
    'maxGraphs (named graphs read into memory, 10000), maxContextWork (JSON-LD scoped contexts), ' +
    'maxDepth (JSON nesting, 100)',
  more: 'Repeatable. `maxKeys` also bounds the properties of one node in JSON-LD output.',
};

const LANG: OptionSpec = {
  name: 'lang',
  value: 'L',
  choices: LANGS,
  help: 'language of the messages: nl (default) or en',
};

const SPECS = {
  convert: {
    operands: '[INPUT...|-]',
    summary: "Converts data between syntaxes; from a standard's own JSON into RDF with its profile.",
    options: [
      {
        name: 'profile',
        short: 'p',
        value: 'P',
        help: 'the profile (required for json input; for --to jsonld it gives the context)',
      },
      FROM,
      {
        name: 'to',
        short: 't',
        value: 'T',
        choices: OUTPUT_FORMATS,
        help:
          "output format: turtle (default), ntriples, nquads, trig, jsonld, json (a standard's own JSON, " +
          'back from RDF or JSON-LD: one object, or a list of several)',
        more: '`trig` keeps named graphs, with prefixes; for `turtle` they are merged.',
      },
      {
        name: 'output',
        short: 'o',
        value: 'F',
        help:
          'write to file F (all at once, never a partial file; F keeps its mode, owner and links, a device ' +
          'or FIFO is written into) instead of standard output (-o -)',
        more:
          'The output is made in a temporary file and put in place only when complete, so a failed run never ' +
          'leaves a partial or truncated file (an existing F stays as it was). A regular file is replaced by ' +
          "an atomic rename after the new one took its mode and (where the process may) owner; a symlink's " +
          'target is written and the link stays; a file with other hard links, a device (`/dev/null`) or a ' +
          'FIFO is written into, keeping its inode.',
      },
      {
        name: 'base',
        value: 'IRI',
        help: 'base IRI for relative IRIs in Turtle, N-Triples, N-Quads and JSON-LD input',
      },
      LIMIT,
      {
        ...LANG,
        more:
          'The errors that stop a conversion (a file that cannot be read, a limit passed, a JSON-LD context ' +
          'that would be fetched) are told in L, as `validate` tells them.',
      },
      {
        name: 'lenient',
        help:
          'json input: convert every field as validate does, never stop; each problem goes to standard error ' +
          'with its JSON path (exit 1 when a field breaks the profile)',
      },
      {
        name: 'strict',
        help: '--to json: exit 2 (and write nothing) when a triple cannot be carried into the JSON',
      },
      {
        name: 'repair-references',
        help:
          'JSON-LD input with --profile: read a plain string where a reference belongs (as the official ' +
          'context makes of "status": "https://...") as the IRI it holds',
        more:
          'Says how many it repaired. Without it such input is refused (exit 2, with the fix), and `validate` ' +
          'reports each one as a violation.',
      },
    ],
    notes:
      'Without --profile, --to turtle uses the prefixes of the profiles found in the data, and --to jsonld ' +
      'compacts with the context of the one profile found in the data (expanded JSON-LD when none or several).\n' +
      'json input is converted strictly: the first field that breaks the profile stops the conversion with ' +
      'its JSON path (--lenient, or validate, to see every problem). An OpenRegister register export ' +
      "(components.objects) is read as it is: the objects of the profile's schema are converted, the others " +
      'counted on standard error; so is an API list response (results, total, pages, @self, facets: the ' +
      'envelope is no record), and objects whose @self.schema is an id are recognised by their fields (said ' +
      'on standard error). Several json or ndjson INPUTs (the pages of a list) are converted into one output. ' +
      '--to json names on standard error the triples it could not carry.\n' +
      'Large files: json and ndjson to turtle, ntriples, nquads or trig, and turtle, ntriples, nquads or trig ' +
      'to ntriples or nquads are converted as they are read, in memory that does not grow with the file.',
    listsFormats: true,
  },
  validate: {
    operands: '[INPUT...|-]',
    summary: "Validates data against a profile's SHACL shapes and reports every problem.",
    options: [
      {
        name: 'profile',
        short: 'p',
        value: 'P',
        help:
          'the profile; by default every profile with a class that types a node in the data (RDF), or the ' +
          'one whose fields the JSON has (json, ndjson)',
      },
      FROM,
      {
        name: 'format',
        value: 'F',
        choices: REPORT_FORMATS,
        help:
          'report format: text (default: the overview by rule, then findings), json (one JSON object per ' +
          'input, one a line), turtle (the W3C SHACL validation report), csv (one row per finding; UTF-8 ' +
          "with BOM, ';' between fields, for Excel), html (a printable report in one self-contained file)",
      },
      {
        name: 'details',
        value: 'N|all',
        help: 'findings shown per rule in the text report: 5 (default), a number (0: the overview only), or all',
      },
      LANG,
      {
        name: 'engine',
        value: 'E',
        choices: ENGINES,
        help:
          "fast (default: the profile's rules compiled to functions) or reference (rdf-validate-shacl with " +
          "the same shapes and profielkit's datatype checks); both give the same results",
      },
      {
        name: 'max-results',
        value: 'N',
        help: 'show at most N results per profile (violations first); all are counted',
      },
      {
        name: 'shapes',
        value: 'FILE',
        help:
          'SHACL shapes of your own (Turtle, N-Triples, N-Quads): alone, or with the profile named by ' +
          '--profile; on the fast path when it reads every form they use (SHACL Core), else on the reference ' +
          'engine, and standard error says why',
        more:
          'With `--profile` the report names both (`toestemming + FILE`). A shape that refers to itself and ' +
          'SHACL-SPARQL are refused by name.',
      },
      {
        name: 'allow-empty',
        help: 'exit 0, not 3, when the profile (or shapes) named finds no node to check',
      },
      {
        name: 'threads',
        value: 'N',
        help:
          'worker threads for an N-Triples or N-Quads file (default: the cores available; 1: one thread); ' +
          'the same results, in the same order',
      },
      LIMIT,
    ],
    notes:
      'json input: the profile is found from its fields (none or several fit: exit 2, with the --profile ' +
      'values that fit); each finding names its record (counted from 1) and the JSON path of its field. ' +
      'Several json or ndjson INPUTs (the pages of a list response) are validated as one: one report, paths ' +
      'named by file.\n' +
      'A Turtle, N-Triples or N-Quads file is validated as it is read: with --max-results, memory does not ' +
      'grow with the file (a file whose triples are not grouped by subject is read into memory instead).',
    listsFormats: true,
  },
  shapes: {
    operands: 'P',
    summary: 'Prints the SHACL shapes (Turtle) of profile P.',
    options: [],
    listsProfiles: true,
  },
  context: {
    operands: 'P',
    summary: 'Prints the JSON-LD context document of profile P.',
    options: [],
    listsProfiles: true,
  },
} satisfies Readonly<Record<string, CommandSpec>>;

/** A command's name. */
export type CommandName = keyof typeof SPECS;

/** The commands, in the order `--help` lists them: the one list of them (run.ts maps each to its module). */
export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = SPECS;

/** The commands' names, in order. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as readonly CommandName[];

/** Whether `name` is a command. */
export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** The extension of each input format, and what reading from standard input needs. */
export const FORMAT_NOTES: Readonly<Record<(typeof INPUT_FORMATS)[number], string>> = {
  json: "a standard's own JSON, an API payload (.json); convert needs --profile",
  ndjson: 'its records, one JSON object a line (.ndjson, .jsonl); convert needs --profile',
  jsonld: 'JSON-LD (.jsonld); contexts come from the bundled copies, nothing is fetched',
  turtle: 'Turtle (.ttl)',
  ntriples: 'N-Triples (.nt)',
  nquads: 'N-Quads (.nq)',
  trig: 'TriG (.trig)',
};

/** The exit codes and what each means; scripts rely on them (errors.ts holds the numbers by name). */
export const EXIT_CODES: readonly { readonly code: number; readonly meaning: string }[] = [
  { code: 0, meaning: 'done (validate: every input conforms; warnings do not count)' },
  { code: 1, meaning: 'violations found (validate; convert --lenient: a field breaks the profile)' },
  {
    code: 2,
    meaning:
      'usage error or input that cannot be read (the message says file:line:column; convert --to json ' +
      '--strict: a triple the JSON cannot carry)',
  },
  { code: 3, meaning: "validate: nothing checked (no node of the profile's classes; --allow-empty makes it 0)" },
  { code: 70, meaning: 'internal error (a bug: please report it, with the output of --debug)' },
];
