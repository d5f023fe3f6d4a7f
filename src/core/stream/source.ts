/**
 * The streams `validateStream` reads, in every runtime: a Node.js Readable (bytes or text), a WHATWG
 * ReadableStream (bytes or text: `fetch(...).body`, `file.stream()`, or one of strings), or an RDF/JS
 * stream of quads (such as an N3.StreamParser, or any library's quad stream). The types are structural,
 * so no Node.js or DOM typings are needed, and nothing here imports a Node built-in.
 */
import type { Quad } from '@rdfjs/types';
import { ParseError, StreamInputError } from '../errors.js';
import type { RdfInputFormat } from '../parse/rdf.js';
import { N3Feed } from '../parse/n3-feed.js';
import { syntaxError } from '../parse/n3-syntax.js';
import { streamQuads } from '../parse/rdf-stream.js';
import { NTriplesReader, type TripleHandler } from '../parse/ntriples-reader.js';
import { TurtleReader } from '../parse/turtle-reader.js';
import { nodeId } from '../rdf/terms.js';

/**
 * A Node.js Readable (`fs.createReadStream`, `process.stdin`, `Readable.from(...)`) of bytes or text, or of quads in
 * object mode.
 */
export interface NodeReadableLike {
  /** listens to `data`, `end` and `error` */
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  /** pipes the bytes into a writable (n3's stream parser, for a byte stream) */
  pipe?(destination: never, options?: { end?: boolean }): unknown;
  /** stops the stream when validation stops early */
  destroy?(error?: Error): unknown;
  /** true for a stream of objects (quads, or strings from `Readable.from`) */
  readonly readableObjectMode?: boolean;
}

/** A WHATWG ReadableStream (of `Uint8Array`, strings, or quads), as browsers, Deno and Node 18+ have it. */
export interface WebReadableStreamLike {
  /** a reader of the stream's chunks */
  getReader(): {
    /** the next chunk, or `done` */
    read(): Promise<{ readonly done: boolean; readonly value?: unknown }>;
    /** stops the stream when validation stops early */
    cancel(reason?: unknown): Promise<void>;
    /** releases the stream at the end */
    releaseLock(): void;
  };
}

/** An RDF/JS `Stream<Quad>`: an event emitter of `data` (a quad), `end` and `error`. */
export interface QuadStreamLike {
  /** listens to `data`, `end` and `error` */
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** What `validateStream` reads. */
export type RdfSource = NodeReadableLike | WebReadableStreamLike | QuadStreamLike;

type Chunk = { kind: 'text'; text: string } | { kind: 'quad'; quad: Quad };

function isQuad(value: unknown): value is Quad {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Partial<Record<'subject' | 'predicate' | 'object', { termType?: unknown }>>;
  return (
    typeof q.subject?.termType === 'string' &&
    typeof q.predicate?.termType === 'string' &&
    typeof q.object?.termType === 'string'
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return `an object (${Object.keys(value).slice(0, 4).join(', ') || 'no keys'})`;
}

/**
 * Reads chunks one at a time: text, UTF-8 bytes (decoded strictly: a bad byte is a ParseError, never a
 * silent U+FFFD) or quads, never a mix of text and quads.
 */
/** buffer.isUtf8 of Node (20.16+: found through process.getBuiltinModule), else undefined. */
const isUtf8 = (() => {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  const buffer =
    typeof get === 'function'
      ? (get('node:buffer') as { isUtf8?: (bytes: Uint8Array) => boolean } | undefined)
      : undefined;
  return typeof buffer?.isUtf8 === 'function' ? buffer.isUtf8 : undefined;
})();

/** Where the last whole UTF-8 character of `bytes` ends (before a sequence cut at the end). */
function wholeCharacters(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  while (i >= 0 && n - i <= 3 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = bytes[i] as number;
  const need = lead < 0xc0 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return n - i < need ? i : n;
}

class Chunks {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** true while the decoder holds the start of a character cut between pieces */
  private carry: true | undefined;
  private kind: Chunk['kind'] | undefined;
  private bytes = 0;

  constructor(private readonly format: RdfInputFormat) {}

  take(chunk: unknown): Chunk {
    let next: Chunk;
    if (typeof chunk === 'string') next = { kind: 'text', text: chunk };
    else if (chunk instanceof Uint8Array || chunk instanceof ArrayBuffer)
      next = { kind: 'text', text: this.decode(chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : chunk, true) };
    else if (isQuad(chunk)) next = { kind: 'quad', quad: chunk };
    else
      throw new StreamInputError(
        `validateStream: a stream chunk is ${describe(chunk)};` +
          ' a stream must carry text, bytes (Uint8Array) or RDF/JS quads',
      );
    if (this.kind !== undefined && this.kind !== next.kind)
      throw new StreamInputError('validateStream: the stream mixes quads with text or bytes; give one or the other');
    this.kind = next.kind;
    return next;
  }

  /** The text still held by the decoder (an incomplete character at the end is an error). */
  rest(): string {
    return this.kind === 'text' ? this.decode(new Uint8Array(0), false) : '';
  }

  get quads(): boolean {
    return this.kind === 'quad';
  }

  private decode(bytes: Uint8Array, more: boolean): string {
    // Node's Buffers: checked by simdutf (buffer.isUtf8) and decoded by Buffer's own decoder, about
    // twice as fast as TextDecoder; the same strictness (a bad byte is an error, never U+FFFD)
    if (
      this.carry === undefined &&
      more &&
      isUtf8 !== undefined &&
      typeof (bytes as { utf8Slice?: unknown }).utf8Slice === 'function'
    ) {
      const end = wholeCharacters(bytes);
      if (end === bytes.length && isUtf8(bytes)) {
        this.bytes += bytes.length;
        return (bytes as unknown as { utf8Slice(start: number, end: number): string }).utf8Slice(0, end);
      }
    }
    if (this.carry !== undefined) this.carry = undefined;
    try {
      const text = this.decoder.decode(bytes, { stream: more });
      // a character cut at the end: the decoder holds its first bytes, so the next piece goes to it too
      if (more && wholeCharacters(bytes) !== bytes.length) this.carry = true;
      this.bytes += bytes.length;
      return text;
    } catch (error) {
      throw new ParseError(
        this.format,
        `the input is not valid UTF-8 (within the ${this.bytes + bytes.length} bytes read so far)`,
        {},
        { cause: error },
      );
    }
  }
}

/**
 * An N3 parser fed text piece by piece, handing each quad to `onQuad` as soon as it is parsed; a
 * syntax error, or a failure of n3's own, goes to `onError` as a `ParseError` (never an uncaught throw).
 */
function textParser(
  format: RdfInputFormat,
  onQuad: (quad: Quad) => void,
  onError: (error: unknown) => void,
): { write(text: string): void; end(): void } {
  const feed = new N3Feed(format, { documentLabels: true }, onQuad);
  const guarded = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      onError(error);
    }
  };
  return {
    write: (text) => {
      if (text !== '') guarded(() => feed.write(text));
    },
    end: () => guarded(() => feed.end()),
  };
}

/** How text is read: n3's parser handing out quads, or profielkit's N-Triples reader handing out triples. */
type TextParser = { write(text: string): void; end(): void };
type MakeParser = (onError: (error: unknown) => void) => TextParser;

/** Quads from a WHATWG ReadableStream. */
async function fromWebStream(
  input: WebReadableStreamLike,
  format: RdfInputFormat,
  onQuad: (quad: Quad) => void,
  makeParser: MakeParser,
): Promise<void> {
  const reader = input.getReader();
  const chunks = new Chunks(format);
  let failure: { error: unknown } | undefined;
  const parser = makeParser((error) => (failure ??= { error }));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = chunks.take(value);
      if (chunk.kind === 'quad') onQuad(chunk.quad);
      else parser.write(chunk.text);
      if (failure) throw failure.error;
    }
    parser.write(chunks.rest());
    if (!chunks.quads) parser.end();
    if (failure) throw failure.error;
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** Quads from an event emitter of chunks: an object-mode Readable, or an RDF/JS quad stream. */
function fromEmitter(
  input: QuadStreamLike & NodeReadableLike,
  format: RdfInputFormat,
  onQuad: (quad: Quad) => void,
  makeParser: MakeParser,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const chunks = new Chunks(format);
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      input.destroy?.();
      reject(error);
    };
    const parser = makeParser(fail);
    const on = input.on.bind(input) as (event: string, listener: (...args: unknown[]) => void) => unknown;
    on('data', (value: unknown) => {
      if (settled) return;
      try {
        const chunk = chunks.take(value);
        if (chunk.kind === 'quad') onQuad(chunk.quad);
        else parser.write(chunk.text);
      } catch (error) {
        fail(error);
      }
    });
    // a parser's syntax error (an N3.StreamParser given as the quad stream) says where, as from a file
    on('error', (error: unknown) =>
      fail(typeof error === 'object' && error !== null && 'context' in error ? syntaxError(format, error) : error),
    );
    on('end', () => {
      if (settled) return;
      try {
        parser.write(chunks.rest());
        if (!chunks.quads) parser.end();
      } catch (error) {
        fail(error);
        return;
      }
      if (!settled) {
        settled = true;
        resolve();
      }
    });
  });
}

/**
 * Hands every quad of `input` to `onQuad` as it is read: a byte or text stream is parsed as `format`
 * (a node written `[ … ]` named `.b0`, `.b1`, … as `TurtleReader` names it, so that a report names it
 * alike on every path), a quad stream is taken as it is. Anything else rejects with a `StreamInputError`.
 */
export function forEachQuad(input: unknown, format: RdfInputFormat, onQuad: (quad: Quad) => void): Promise<void> {
  if (typeof input === 'object' && input !== null) {
    const source = input as Partial<WebReadableStreamLike & NodeReadableLike>;
    if (typeof source.getReader === 'function')
      return fromWebStream(source as WebReadableStreamLike, format, onQuad, (onError) =>
        textParser(format, onQuad, onError),
      );
    if (typeof source.on === 'function') {
      // a Node byte stream (a file, standard input, a socket) is piped into n3's stream parser, the fastest way
      if (typeof source.pipe === 'function' && source.readableObjectMode === false)
        return streamQuads(source as never, format, onQuad);
      return fromEmitter(source as QuadStreamLike & NodeReadableLike, format, onQuad, (onError) =>
        textParser(format, onQuad, onError),
      );
    }
  }
  return Promise.reject(
    new StreamInputError(
      `validateStream: open() returned ${describe(input)}, not a stream; give a Node.js Readable,` +
        ' a Web ReadableStream (of bytes or text) or an RDF/JS stream of quads',
    ),
  );
}

/** A reader of N-Triples, N-Quads or Turtle text whose errors are handed to `onError` (the reader throws them). */
function tripleParser(
  format: 'ntriples' | 'nquads' | 'turtle',
  onTriple: TripleHandler,
  onError: (error: unknown) => void,
): TextParser {
  const reader = format === 'turtle' ? new TurtleReader(onTriple) : new NTriplesReader(format, onTriple);
  let failed = false;
  const guard = (step: () => void) => {
    if (failed) return;
    try {
      step();
    } catch (error) {
      failed = true;
      onError(error);
    }
  };
  return { write: (text) => guard(() => reader.write(text)), end: () => guard(() => reader.end()) };
}

/**
 * As `forEachQuad`, a triple at a time, as the validator takes them: the subject as a node id
 * (`_:label` for a blank node), the predicate's IRI, the object. Text and bytes (Node and Web
 * streams) are read by profielkit's own readers, which make no quads: N-Triples and N-Quads by
 * `NTriplesReader` (about twice as fast as n3's), Turtle by `TurtleReader` (about 1.6 times as fast
 * as n3's parser, the triples in n3's order; a blank node without a label is `_:.b0`, `_:.b1`, …,
 * labels none written can have; from the first statement with RDF 1.2's `<<`, `~` or `{|`,
 * `VERSION` or a direction such as `@en--ltr`, the rest is read by n3). A syntax error is a
 * `ParseError` with line and column. TriG, and streams of quads, are read as `forEachQuad` reads
 * them.
 */
export function forEachTriple(input: unknown, format: RdfInputFormat, onTriple: TripleHandler): Promise<void> {
  const onQuad = (quad: Quad) => onTriple(nodeId(quad.subject), quad.predicate.value, quad.object);
  if (format !== 'ntriples' && format !== 'nquads' && format !== 'turtle') return forEachQuad(input, format, onQuad);
  if (typeof input === 'object' && input !== null) {
    const source = input as Partial<WebReadableStreamLike & NodeReadableLike>;
    const makeParser: MakeParser = (onError) => tripleParser(format, onTriple, onError);
    if (typeof source.getReader === 'function')
      return fromWebStream(source as WebReadableStreamLike, format, onQuad, makeParser);
    // a Node byte stream in its default mode gives Buffers (Uint8Arrays), decoded strictly as any bytes
    if (typeof source.on === 'function')
      return fromEmitter(source as QuadStreamLike & NodeReadableLike, format, onQuad, makeParser);
  }
  return forEachQuad(input, format, onQuad);
}
