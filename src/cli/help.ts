/**
 * The help texts. The profile list comes from the registry, so a new profile shows up here too.
 */
import { readFileSync } from 'node:fs';
import type { ProfileSummary } from '../profiles/catalog.js';

/** The package's version (dist/cli.js sits one level below package.json). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function profileList(registry: readonly ProfileSummary[]): string {
  return registry
    .map((p) => `  ${p.name.padEnd(22)}${p.title}${p.readsJson ? ' (also reads its JSON)' : ''}`)
    .join('\n');
}

const FORMATS = `Input formats (--from; by default from the extension):
  json      a standard's own JSON, an API payload (.json); needs --profile
  ndjson    its records, one JSON object a line (.ndjson, .jsonl); needs --profile
  jsonld    JSON-LD (.jsonld); contexts come from the bundled copies, nothing is fetched
  turtle    Turtle (.ttl)
  ntriples  N-Triples (.nt)
  nquads    N-Quads (.nq)
  trig      TriG (.trig)
Standard input (- or no INPUT) needs --from.`;

const COMMON = `  -q, --quiet    no progress or notes on standard error
  --debug        print the stack trace of an error
  -h, --help     print this help`;

const EXIT_CODES = `Exit codes: 0 done (validate: conforms), 1 violations found,
2 usage error or input that cannot be read (the message says file:line:column),
3 validate: nothing checked (no node of the profile's classes; --allow-empty makes it 0),
70 internal error (a bug: please report it, with the output of --debug).`;

const LIMIT = `  --limit NAME=N   raise (or lower) an input limit named in a limit error: maxKeys (keys of one
                   JSON-LD object, 10000), maxGraphs (named graphs read into memory, 10000),
                   maxContextWork (JSON-LD scoped contexts), maxDepth (JSON nesting, 100)`;

/** Help texts by command; `main` is the overview. */
export function helpText(command: string, registry: readonly ProfileSummary[]): string {
  switch (command) {
    case 'convert':
      return `Usage: profielkit convert [INPUT...|-] [options]

Converts data between syntaxes; from a standard's own JSON into RDF with its profile.

Options:
  -p, --profile P  the profile (required for json input; for --to jsonld it gives the context)
  -f, --from F     input format: json, ndjson, jsonld, turtle, ntriples, nquads, trig
  -t, --to T       output format: turtle (default), ntriples, nquads, trig, jsonld, json (a standard's
                   own JSON, back from RDF or JSON-LD: one object, or a list of several)
  -o, --output F   write to file F (all at once, never a partial file; F keeps its mode, owner and
                   links, a device or FIFO is written into) instead of standard output (-o -)
  --base IRI       base IRI for relative IRIs in Turtle, N-Triples, N-Quads and JSON-LD input
${LIMIT}
  --lenient        json input: convert every field as validate does, never stop; each problem goes to
                   standard error with its JSON path (exit 1 when a field breaks the profile)
  --strict         --to json: exit 2 (and write nothing) when a triple cannot be carried into the JSON
  --repair-references  JSON-LD input with --profile: read a plain string where a reference belongs
                   (as the official context makes of "status": "https://...") as the IRI it holds
${COMMON}

Without --profile, --to turtle uses the prefixes of the profiles found in the data, and --to jsonld
compacts with the context of the one profile found in the data (expanded JSON-LD when none or several).
json input is converted strictly: the first field that breaks the profile stops the conversion with
its JSON path (--lenient, or validate, to see every problem). An OpenRegister register export
(components.objects) is read as it is: the objects of the profile's schema are converted, the others
counted on standard error; so is an API list response (results, total, pages, @self, facets: the
envelope is no record), and objects whose @self.schema is an id are recognised by their fields (said on
standard error). Several json or ndjson INPUTs (the pages of a list) are converted into one output.
--to json names on standard error the triples it could not carry.
Large files: json and ndjson to turtle, ntriples, nquads or trig, and turtle, ntriples, nquads or trig
to ntriples or nquads are converted as they are read, in memory that does not grow with the file.

${FORMATS}

${EXIT_CODES}
`;
    case 'validate':
      return `Usage: profielkit validate [INPUT...|-] [options]

Validates data against a profile's SHACL shapes and reports every problem.

Options:
  -p, --profile P  the profile; by default every profile with a class that types a node in the data
                   (RDF), or the one whose fields the JSON has (json, ndjson)
  -f, --from F     input format: json, ndjson, jsonld, turtle, ntriples, nquads, trig
  --format F       report format: text (default: the overview by rule, then findings), json (one
                   JSON object per input, one a line), turtle (the W3C SHACL validation report),
                   csv (one row per finding; UTF-8 with BOM, ';' between fields, for Excel),
                   html (a printable report in one self-contained file)
  --details N      findings shown per rule in the text report: 5 (default), a number, or all
  --lang L         language of the messages: nl (default) or en
  --engine E       fast (default: the profile's rules compiled to functions) or reference
                   (rdf-validate-shacl with the same shapes); both give the same results
  --max-results N  show at most N results per profile (violations first); all are counted
  --shapes FILE    SHACL shapes of your own (Turtle, N-Triples, N-Quads), checked with the reference
                   engine: alone, or with the profile named by --profile
  --allow-empty    exit 0, not 3, when the profile (or shapes) named finds no node to check
  --threads N      worker threads for an N-Triples or N-Quads file (default: the cores available;
                   1: one thread); the same results, in the same order
${LIMIT}
${COMMON}

json input: the profile is found from its fields (none or several fit: exit 2, with the --profile
values that fit); each finding names its record (counted from 1) and the JSON path of its field.
Several json or ndjson INPUTs (the pages of a list response) are validated as one: one report, paths
named by file.
A Turtle, N-Triples or N-Quads file is validated as it is read: with --max-results, memory does not
grow with the file (a file whose triples are not grouped by subject is read into memory instead).

${FORMATS}

${EXIT_CODES}
`;
    case 'shapes':
      return `Usage: profielkit shapes P

Prints the SHACL shapes (Turtle) of profile P.

Profiles:
${profileList(registry)}
`;
    case 'context':
      return `Usage: profielkit context P

Prints the JSON-LD context document of profile P.

Profiles:
${profileList(registry)}
`;
    default:
      return `profielkit ${version()}: public-sector records as linked data

Usage:
  profielkit convert  [INPUT|-] [--profile P] [--from F] [--to T] [-o FILE|-] [--base IRI] [--limit NAME=N] [--lenient] [--strict] [--repair-references]
  profielkit validate [INPUT...|-] [--profile P] [--from F] [--format text|json|turtle|csv|html] [--details N|all] [--lang nl|en] [--engine fast|reference] [--max-results N] [--shapes FILE] [--allow-empty] [--threads N]
  profielkit shapes P     print the profile's SHACL shapes (Turtle)
  profielkit context P    print the profile's JSON-LD context
  profielkit --version    print the version (also -V)
  profielkit <command> --help

Profiles:
${profileList(registry)}

${EXIT_CODES}
`;
  }
}
