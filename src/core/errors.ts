/**
 * Every error profielkit throws is a `ProfielkitError` with a `code` and says where: the class and
 * property for a builder, the line and column for a parser, the URL for a refused context.
 */

/** Base class of all errors profielkit throws on bad input. */
export class ProfielkitError extends Error {
  /** a stable, machine-readable code */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Why a builder refused its input. */
export type BuilderErrorReason =
  | 'missing'
  | 'type'
  | 'date'
  | 'empty-list'
  | 'too-many'
  | 'code-list'
  | 'iri'
  | 'pattern'
  | 'range'
  /** a value lies before the one it may not precede (`eindDatum` before `startDatum`) */
  | 'order'
  | 'unknown-property';

/** A builder was given a value the profile does not allow; names the class and property. */
export class BuilderError extends ProfielkitError {
  readonly className: string;
  readonly property: string | undefined;
  readonly reason: BuilderErrorReason;
  /** what is wrong and what was expected, without the class and property the message starts with */
  readonly detail: string;
  constructor(className: string, property: string | undefined, reason: BuilderErrorReason, detail: string) {
    super(`builder/${reason}`, `${property === undefined ? className : `${className}.${property}`}: ${detail}`);
    this.className = className;
    this.property = property;
    this.reason = reason;
    this.detail = detail;
  }
}

/**
 * An API's JSON breaks the profile (in strict conversion): names the JSON path
 * (`[3].bivClassificatie.integriteit`) and what was expected.
 */
export class JsonInputError extends ProfielkitError {
  /** the JSON path of the field, `''` for the payload itself */
  readonly path: string;
  readonly className: string;
  readonly property: string | undefined;
  readonly reason: BuilderErrorReason;
  /** what is wrong and what was expected, without the JSON path the message starts with */
  readonly detail: string;
  constructor(
    path: string,
    className: string,
    property: string | undefined,
    reason: BuilderErrorReason,
    detail: string,
  ) {
    super(`json/${reason}`, `${path === '' ? '(payload)' : path}: ${detail}`);
    this.path = path;
    this.className = className;
    this.property = property;
    this.reason = reason;
    this.detail = detail;
  }
}

/** A document could not be parsed; carries the line and column where the parser knows them. */
export class ParseError extends ProfielkitError {
  /** the syntax being read (`turtle`, `json`, `ndjson` …), which the message starts with */
  readonly format: string;
  /** the line (from 1) where the parser stopped, where it knows it */
  readonly line: number | undefined;
  /** the column (from 1) on that line, where the parser knows it */
  readonly column: number | undefined;
  /** what is wrong, without the format in front and the position at the end of the message */
  readonly detail: string;
  constructor(
    format: string,
    detail: string,
    where: { line?: number; column?: number } = {},
    options?: { cause?: unknown },
  ) {
    const at =
      where.line === undefined
        ? ''
        : where.column === undefined
          ? ` (line ${where.line})`
          : ` (line ${where.line}, column ${where.column})`;
    super(`parse/${format}`, `${format}: ${detail}${at}`, options);
    this.format = format;
    this.detail = detail;
    this.line = where.line;
    this.column = where.column;
  }
}

/** A JSON-LD document asked for a context that is not bundled; nothing was fetched. */
export class RemoteContextError extends ProfielkitError {
  readonly url: string;
  constructor(url: string) {
    super(
      'jsonld/remote-context',
      `refused to load the JSON-LD context ${url}: profielkit never fetches from the network; ` +
        'only the bundled contexts are served. Pass a documentLoader of your own to allow others.',
    );
    this.url = url;
  }
}

/** Where a JSON-LD document wrote a plain string where the profile expects a reference. */
export interface StringReference {
  /** the subject the value belongs to */
  readonly subject: string;
  /** the property's IRI */
  readonly property: string;
  /** the string that was meant as an IRI */
  readonly value: string;
  /** the class the context coerced the string to */
  readonly datatype: string;
}

/**
 * A JSON-LD document gave a plain string where the profile expects a reference (an IRI). The official
 * Toestemming context types such properties with their class, so the string would silently become a
 * literal; profielkit refuses it and names the fix.
 */
export class StringReferenceError extends ProfielkitError {
  readonly references: readonly StringReference[];
  constructor(references: readonly StringReference[]) {
    const first = references[0];
    const more = references.length > 1 ? ` (and ${references.length - 1} more)` : '';
    super(
      'jsonld/string-reference',
      first === undefined
        ? 'plain strings where references belong'
        : `<${first.property}> of <${first.subject}> is the plain string "${first.value}", ` +
            `but it must refer to a node (${first.datatype}); write {"@id": "${first.value}"} instead${more}`,
    );
    this.references = references;
  }
}

/**
 * A graph holds a term that the output syntax cannot write so that it reads back the same (an IRI
 * with a space or `>`, a malformed language tag); nothing was written.
 */
export class SerializeError extends ProfielkitError {
  readonly term: string;
  constructor(format: string, term: string, detail: string) {
    super(`serialize/${format}`, `${format}: ${detail}: ${JSON.stringify(term)}`);
    this.term = term;
  }
}

/** A graph could not be read back into typed objects, because it breaks the profile. */
export class ReadError extends ProfielkitError {
  readonly node: string;
  readonly className: string;
  readonly property: string;
  constructor(node: string, className: string, property: string, detail: string) {
    super(
      'read/invalid',
      `${className} <${node}>.${property}: ${detail} (validate the graph first to see every problem)`,
    );
    this.node = node;
    this.className = className;
    this.property = property;
  }
}

/**
 * The temporary file that keeps validation of a large input in bounded memory could not be written
 * or read (a full disk, a temporary directory that is not writable: set `TMPDIR`).
 */
export class TemporaryFileError extends ProfielkitError {
  /** the temporary directory used */
  readonly directory: string;
  constructor(directory: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super('temporary-file', `cannot use a temporary file in ${directory} (set TMPDIR to another directory): ${why}`, {
      cause,
    });
    this.directory = directory;
  }
}

/** What went wrong with a file while it was read: it `changed`, a `read` failed, a thread ran out of `memory`. */
export type InputFileErrorReason = 'changed' | 'read' | 'memory';

/**
 * A file given by its path (`validateFile`, the command) could not be validated as a whole: it changed
 * (grew, shrank or was rewritten) while it was read, a read failed part of the way (`EIO`, a network
 * file system gone), or a worker thread validating a part of it ran out of memory. Names the file;
 * nothing is left in the temporary directory.
 */
export class InputFileError extends ProfielkitError {
  /** the file, as it was given */
  readonly path: string;
  readonly reason: InputFileErrorReason;
  /** the byte where the failed read started, for `read` */
  readonly offset: number | undefined;
  /** what happened, without the file's name */
  readonly detail: string;
  constructor(
    path: string,
    reason: InputFileErrorReason,
    detail: string,
    options?: { cause?: unknown; offset?: number },
  ) {
    super(`file/${reason}`, `${path}: ${detail}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.path = path;
    this.detail = detail;
    this.reason = reason;
    this.offset = options?.offset;
  }
}

/**
 * `validateStream` was given something it cannot read: no Node.js Readable, Web ReadableStream or
 * RDF/JS quad stream, or a stream whose chunks are neither text, bytes nor quads (or a mix of them).
 */
export class StreamInputError extends ProfielkitError {
  constructor(message: string) {
    super('stream/input', message);
  }
}

/**
 * Input that would cost far more time or memory than its size suggests (a million keys in one object,
 * scoped contexts applied to every node): refused before the work starts, naming the limit and how to
 * raise it, rather than minutes of CPU or gigabytes of memory.
 */
export class LimitError extends ProfielkitError {
  /** the option that sets the limit (`maxKeys`, `maxGraphs`, `maxContextWork`) */
  readonly limit: string;
  /** the limit in force */
  readonly value: number;
  /** the JSON path where the limit was passed, for JSON input */
  readonly path: string | undefined;
  constructor(limit: string, value: number, detail: string, where: { path?: string } = {}) {
    const at = where.path === undefined ? '' : `${where.path === '' ? '(document)' : where.path}: `;
    super(
      `limit/${limit}`,
      `${at}${detail} (the limit is ${value.toLocaleString('en')}; ` +
        `raise it with the ${limit} option, on the command --limit ${limit}=N)`,
    );
    this.limit = limit;
    this.value = value;
    this.path = where.path;
  }
}

/** Why shapes were refused: a construct not implemented, a pattern, a recursive shape, or a limit of size. */
export type ShapesErrorReason = 'unsupported' | 'pattern' | 'recursive' | 'limit';

/**
 * The data holds what the engine asked for cannot tell apart, so its verdict could be wrong: refused
 * rather than answered. The reference engine (rdf-validate-shacl) keys a literal with a base direction
 * (RDF 1.2, `"x"@en--ltr`) by its text alone, so `"x"@en--ltr` and `"x"@ar--rtl` would count as one
 * value (a `sh:maxCount 1` met, a false "conforms"). `construct` names what it cannot take.
 */
export class EngineError extends ProfielkitError {
  /** what in the data the engine cannot take, as RDF names it (`rdf:dirLangString`) */
  readonly construct: string;
  /** the engine that cannot take it */
  readonly engine: 'reference';
  constructor(construct: string, detail: string) {
    super('engine/unsupported', `the reference engine cannot validate this data: ${detail}`);
    this.construct = construct;
    this.engine = 'reference';
  }
}

/**
 * The shapes of one's own use what neither engine implements (SHACL-SPARQL's `sh:sparql`, a
 * constraint component of one's own), are not SHACL the reference engine can read, hold a pattern
 * that is no XPath regular expression, a shape that refers to itself, or nest deeper than profielkit
 * validates. Names the shape where one is to blame (`shape`), and the code says which (`shapes/pattern` …).
 */
export class ShapesError extends ProfielkitError {
  /** the shape to blame (an IRI or `_:label`), when there is one */
  readonly shape: string | undefined;
  readonly reason: ShapesErrorReason;
  /** the construct refused, as SHACL names it (`sh:sparql`, `sh:SPARQLTarget`), where one is */
  readonly construct: string | undefined;
  constructor(
    detail: string,
    options?: { cause?: unknown; shape?: string; reason?: ShapesErrorReason; construct?: string },
  ) {
    super(
      `shapes/${options?.reason ?? 'unsupported'}`,
      `the shapes cannot be validated: ${detail}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.shape = options?.shape;
    this.reason = options?.reason ?? 'unsupported';
    this.construct = options?.construct;
  }
}
