/**
 * Why an input could not be checked, in the steward's language: the main line in plain words, the
 * library's own message (for whoever fixes the file) as the detail. Errors without words of their
 * own here keep their message as the main line.
 */
import {
  InputFileError,
  JsonInputError,
  LimitError,
  ProfielkitError,
  RemoteContextError,
  StringReferenceError,
} from '../errors.js';

/** The words of a failure: what happened and what to do, and the library's message. */
export interface FailureWords {
  readonly main: string;
  readonly detail: string;
}

/** What a limit guards, in words. */
const LIMITS: Readonly<Record<string, { nl: string; en: string }>> = {
  maxKeys: { nl: 'een object met uitzonderlijk veel velden', en: 'an object with exceptionally many fields' },
  maxGraphs: { nl: 'uitzonderlijk veel benoemde grafen', en: 'exceptionally many named graphs' },
  maxContextWork: {
    nl: 'een JSON-LD-context die uitzonderlijk veel werk vraagt',
    en: 'a JSON-LD context that takes exceptional work',
  },
  maxDepth: { nl: 'objecten die uitzonderlijk diep genest zijn', en: 'objects nested exceptionally deep' },
};

/** What to do about a limit passed: on the page, use the command; on the command, raise the limit. */
const RAISE = {
  page: {
    nl: (_limit: string) => 'Controleer het met de opdrachtregel en --limit',
    en: (_limit: string) => 'Check it with the command and --limit',
  },
  command: {
    nl: (limit: string) => `Vertrouwt u het bestand, verhoog dan de grens met --limit ${limit}=N`,
    en: (limit: string) => `If you trust the file, raise the limit with --limit ${limit}=N`,
  },
} as const;

/**
 * A failure as the steward reads it, on the page (`page`, the default) or from the command (`command`:
 * what to do is said with its options).
 */
export function failureWords(error: unknown, lang: 'nl' | 'en', audience: 'page' | 'command' = 'page'): FailureWords {
  const detail = error instanceof Error ? error.message : String(error);
  const nl = lang === 'nl';
  if (error instanceof RemoteContextError) {
    return {
      main: nl
        ? `het JSON-LD-bestand verwijst naar een context op internet (${error.url}); er wordt niets opgehaald. ` +
          'Gebruik de context van het profiel, of zet de context in het bestand zelf'
        : `the JSON-LD file refers to a context on the internet (${error.url}); nothing is fetched. ` +
          "Use the profile's context, or put the context in the file itself",
      // the library's message speaks to programmers (a documentLoader of one's own): the URL says it all
      detail: '',
    };
  }
  if (error instanceof LimitError) {
    const what = LIMITS[error.limit]?.[lang] ?? error.limit;
    // where, for JSON: the path of the object that passed it
    // (the command writes the path before the line, as it writes every JSON path: `file: @graph[0]: ...`)
    const path = audience === 'page' ? error.path : undefined;
    const at = path === undefined ? '' : nl ? ` (op ${path || 'het document'})` : ` (at ${path || 'the document'})`;
    const raise = RAISE[audience][lang](error.limit);
    return {
      main: nl
        ? `het bestand bevat ${what}${at}, boven de grens van ${error.value.toLocaleString('nl-BE')}; zo'n bestand ` +
          `kost onevenredig veel tijd of geheugen en wordt niet gelezen. ${raise}`
        : `the file holds ${what}${at}, above the limit of ${error.value.toLocaleString('en-GB')}; such a file ` +
          `costs disproportionate time or memory and is not read. ${raise}`,
      detail,
    };
  }
  if (error instanceof StringReferenceError) {
    const first = error.references[0];
    return {
      main: nl
        ? `een verwijzing is als tekst geschreven${first ? ` ("${first.value}")` : ''}; schrijf {"@id": "..."}`
        : `a reference is written as text${first ? ` ("${first.value}")` : ''}; write {"@id": "..."}`,
      detail,
    };
  }
  if (error instanceof InputFileError) return { main: inputFileWords(error, nl), detail };
  if (error instanceof JsonInputError) return { main: detail, detail: '' };
  if (error instanceof ProfielkitError && error.code.endsWith('/api-error')) {
    return {
      main: nl
        ? 'dit is een foutmelding van de API, geen lijst van gegevens: vraag de export opnieuw op'
        : 'this is an error response of the API, not a list of data: request the export again',
      detail,
    };
  }
  return { main: detail, detail: '' };
}

/** What happened to a file while it was read, and what to do. */
function inputFileWords(error: InputFileError, nl: boolean): string {
  if (error.reason === 'changed') {
    return nl
      ? 'het bestand veranderde terwijl het gelezen werd; valideer het opnieuw als het volledig geschreven is'
      : 'the file changed while it was read; validate it again once it is completely written';
  }
  if (error.reason === 'memory') {
    return nl
      ? 'een thread die een deel van het bestand valideerde, had geen geheugen meer; valideer met minder threads ' +
          '(--threads 1) of geef Node meer geheugen (NODE_OPTIONS=--max-old-space-size=4096)'
      : 'a thread validating a part of the file ran out of memory; validate with fewer threads (--threads 1) ' +
          'or give Node more memory (NODE_OPTIONS=--max-old-space-size=4096)';
  }
  const at = error.offset === undefined ? '' : nl ? ` (vanaf byte ${error.offset})` : ` (from byte ${error.offset})`;
  return nl
    ? `het bestand kon niet verder gelezen worden${at}; controleer de schijf of de netwerkverbinding en probeer opnieuw`
    : `the file could not be read further${at}; check the disk or the network connection and try again`;
}
