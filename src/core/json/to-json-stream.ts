/**
 * RDF back to the standard's own JSON as the quads come (`toJsonStream`): the records of the
 * profile's root class, read by `RecordReader` from a window of the latest nodes, written as the text
 * of a JSON list (or of the lone record), a piece at a time.
 */
import type { Quad } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { RecordReader, type RecordStreamOptions } from '../read/records-stream.js';
import type { NotCarried, ReadOptions } from '../read/reader.js';
import { indented } from '../serialize/indented.js';

/** Options of `toJsonStream`. */
export interface JsonOutputStreamOptions extends ReadOptions {
  /**
   * how many newer nodes at least a node waits for the record that names it (default 64: every writer
   * puts nested objects beside their record); it leaves before twice that many have come
   */
  readonly window?: number;
  /** called with each node's triples the JSON does not hold (as `toJson`'s `notCarried`) */
  readonly onNotCarried?: (rest: NotCarried) => void;
  /** a lone record is written as that object, not as a list of one (as the command writes it) */
  readonly oneRecordAsObject?: boolean;
}

/**
 * The text of the records, as `JSON.stringify(records, null, 2)` lays it out: `header()`, `writeQuad` as they come,
 * `end()`.
 */
export class JsonTextWriter {
  private readonly reader: RecordReader;
  private readonly oneAsObject: boolean;
  private out = '';
  private count = 0;
  // with oneRecordAsObject, the first record waits until a second one says it is a list
  private first: Record<string, unknown> | undefined;

  constructor(
    declaration: ProfileDeclaration,
    root: string,
    options: JsonOutputStreamOptions & Pick<RecordStreamOptions, 'metadata'> = {},
  ) {
    const { onNotCarried, oneRecordAsObject, ...read } = options;
    this.oneAsObject = oneRecordAsObject === true;
    this.reader = new RecordReader(
      declaration,
      root,
      read,
      (record) => this.record(record),
      onNotCarried ?? (() => undefined),
    );
  }

  /** How many records were written. */
  get records(): number {
    return this.count;
  }

  /** The text before the first record (none: the list opens with its first record). */
  header(): string {
    return '';
  }

  /** Takes one quad; the text of the records it let go (often none yet: records wait in the window). */
  writeQuad(quad: Quad): string {
    this.reader.add(quad);
    return this.take();
  }

  /** Takes the quads of a record (as `fromJsonStream` makes them); the text of the records they let go. */
  write(quads: Iterable<Quad>): string {
    for (const quad of quads) this.reader.add(quad);
    return this.take();
  }

  /** The text of every record still waiting, and the end of the list. */
  end(): string {
    this.reader.end();
    if (this.first !== undefined) return `${JSON.stringify(this.first, null, 2)}\n`;
    return `${this.take()}${this.count === 0 ? '[]' : '\n]'}\n`;
  }

  private take(): string {
    const text = this.out;
    this.out = '';
    return text;
  }

  private record(record: Record<string, unknown>): void {
    this.count++;
    if (this.oneAsObject && this.count === 1) {
      this.first = record;
      return;
    }
    if (this.first !== undefined) {
      this.out += `[\n  ${indented(this.first, 1)}`;
      this.first = undefined;
    }
    this.out += `${this.count === 1 ? '[\n  ' : ',\n  '}${indented(record, 1)}`;
  }
}
