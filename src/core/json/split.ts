/**
 * Splits a large JSON payload, as it is read, into its records, so that a payload of any size is
 * converted in flat memory: one JSON array of records, an object whose `listKey` field holds the
 * array (an API's list response: `{"count": …, "results": [ … ]}`), or NDJSON (one value a line).
 * Only one record's text is held at a time, and each is handed to `JSON.parse` whole.
 *
 * Written here rather than taken from a streaming JSON package: it only has to find where each record
 * begins and ends (strings, escapes, nesting); `JSON.parse` then parses at native speed, and a syntax
 * error still gets its exact line and column.
 */
import { ParseError } from '../errors.js';
import { childPath } from '../record/walk.js';
import { parseJson } from '../parse/jsonld.js';
import type { JsonRecord } from './convert.js';

export interface SplitOptions {
  /** the field of a top-level object that holds the records (e.g. `results`) */
  readonly listKey?: string;
  /** how deep a record may nest (as `parseJson`) */
  readonly maxDepth?: number;
  /** the payload is NDJSON (one record a line), not one JSON document */
  readonly ndjson?: boolean;
  /**
   * Called when the list starts, with the top-level object's fields before it (a JSON-LD document's
   * `@context` comes before its `@graph`), the list itself as `[]`.
   */
  readonly onHead?: (head: unknown) => void;
}

const [QUOTE, BACKSLASH, NEWLINE, COMMA, COLON] = [0x22, 0x5c, 0x0a, 0x2c, 0x3a];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];
const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * A top-level key's name from its quoted text; a key JSON does not allow (a raw control character in
 * it) is the `ParseError` every other path gives, on the line of the offending character.
 */
function keyName(quoted: string, startLine: number): string {
  try {
    return JSON.parse(quoted) as string;
  } catch (error) {
    const bad = /[\u0000-\u001f]/u.exec(quoted);
    const line = startLine + (bad ? (quoted.slice(0, bad.index).match(/\n/gu)?.length ?? 0) : 0);
    const what = bad
      ? `a raw control character (U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) ` +
        'in a key; write it escaped'
      : 'a key that is not a valid JSON string';
    throw new ParseError('json', `invalid JSON: ${what}`, { line }, { cause: error });
  }
}

/** Yields the records of a payload read in chunks, each with its JSON path. */
export async function* splitJson(
  chunks: AsyncIterable<string | Uint8Array>,
  options: SplitOptions = {},
): AsyncGenerator<JsonRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let top: 'unknown' | 'array' | 'object' | 'ndjson' = options.ndjson ? 'ndjson' : 'unknown';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let index = 0;
  // the record being read: its text so far, whether it is a scalar, and the line it starts on
  let record: string[] | undefined;
  let scalar = false;
  let recordLine = 1;
  // object mode: the object's own text (when it turns out to hold no list, it is the one record)
  let objectText: string[] = [];
  let listDepth = -1; // depth inside the list's brackets, once found
  let sawList = false;
  let keyStart = -1;
  let keyLine = 1;
  let keyParts: string[] = []; // a key's text from earlier chunks
  let lastKey: string | undefined;
  let afterKey = false;
  let first = true;
  // a top-level record found without `ndjson`, not yet known to be alone (path '') or the first of NDJSON
  let lone: { text: string; line: number } | undefined;

  const recordDepth = (): number => (top === 'array' ? 1 : top === 'ndjson' ? 0 : listDepth);
  const pathOf = (i: number): string => (top === 'object' ? childPath(options.listKey ?? '', i) : childPath('', i));
  const parse = (text: string, path: string, startLine: number): unknown => {
    try {
      return parseJson(text, 'json', options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth });
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const where =
        error.line === undefined
          ? { line: startLine }
          : { line: startLine + error.line - 1, ...(error.column === undefined ? {} : { column: error.column }) };
      throw new ParseError('json', `${path === '' ? '' : `${path}: `}${error.detail}`, where);
    }
  };

  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > 0) first = false;
    const ready: JsonRecord[] = [];
    let from = 0; // where the open record's (or object's) text in this chunk starts
    const finish = (end: number) => {
      record!.push(text.slice(from, end));
      const recordText = record!.join('').trim();
      record = undefined;
      if (top === 'ndjson' && !options.ndjson && index === 0) {
        // one object, or the first line of NDJSON: which, and so its path, shows when another comes
        lone = { text: recordText, line: recordLine };
        index++;
        return;
      }
      if (lone) {
        ready.push({ value: parse(lone.text, pathOf(0), lone.line), path: pathOf(0) });
        lone = undefined;
      }
      const path = pathOf(index++);
      ready.push({ value: parse(recordText, path, recordLine), path });
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (keyStart >= 0) {
            lastKey = keyName(keyParts.join('') + text.slice(keyStart, i + 1), keyLine);
            keyStart = -1;
            keyParts = [];
          }
        } else if (c === NEWLINE) line++;
        continue;
      }
      if (c === NEWLINE) {
        line++;
        if (record && scalar && top === 'ndjson') finish(i);
        continue;
      }
      if (top === 'unknown') {
        if (isWs(c)) continue;
        if (c === OPEN_ARRAY) {
          top = 'array';
          depth = 1;
          from = i + 1;
          continue;
        }
        if (c === OPEN_OBJECT && options.listKey !== undefined) {
          top = 'object';
          depth = 1;
          objectText = [];
          from = i;
          continue;
        }
        top = 'ndjson';
      }
      if (depth === 0 && top !== 'ndjson' && !isWs(c)) {
        throw new ParseError(
          'json',
          `invalid JSON: unexpected ${JSON.stringify(text[i])} after the end of the document`,
          { line },
        );
      }
      if (record === undefined && depth === recordDepth()) {
        if (isWs(c) || c === COMMA) continue;
        if (c === CLOSE_ARRAY && top !== 'ndjson') {
          // the list (or the top array) closes
          depth--;
          if (top === 'object') listDepth = -1;
          from = i + 1;
          continue;
        }
        record = [];
        recordLine = line;
        scalar = c !== OPEN_OBJECT && c !== OPEN_ARRAY;
        from = i;
      }
      if (c === QUOTE) {
        inString = true;
        // a key of the top-level object: its name decides whether the list starts
        if (top === 'object' && listDepth < 0 && depth === 1 && !afterKey) {
          keyStart = i;
          keyLine = line;
        }
        continue;
      }
      if (top === 'object' && listDepth < 0 && depth === 1 && c === COLON) {
        afterKey = true;
        continue;
      }
      if (
        top === 'object' &&
        listDepth < 0 &&
        depth === 1 &&
        afterKey &&
        c === OPEN_ARRAY &&
        lastKey === options.listKey &&
        !sawList
      ) {
        objectText.push(text.slice(from, i));
        options.onHead?.(parse(`${objectText.join('')}[]}`, '', 1));
        depth++;
        listDepth = depth;
        sawList = true;
        afterKey = false;
        from = i + 1;
        continue;
      }
      if (top === 'object' && depth === 1 && (c === COMMA || c === CLOSE_OBJECT)) afterKey = false;
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth++;
        continue;
      }
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (record && scalar && depth === recordDepth()) finish(i);
        depth--;
        if (record && !scalar && depth === recordDepth()) finish(i + 1);
        if (top === 'object' && depth === 0) {
          objectText.push(text.slice(from, i + 1));
          from = i + 1;
        }
        continue;
      }
      if (c === COMMA && record && scalar && depth === recordDepth()) finish(i);
    }
    if (record) record.push(text.slice(from));
    else if (top === 'object' && listDepth < 0 && depth > 0) objectText.push(text.slice(from));
    if (keyStart >= 0) {
      // a key cut by the chunk's end: keep its start for the next chunk
      keyParts.push(text.slice(keyStart));
      keyStart = 0;
    }
    for (const r of ready) yield r;
  }
  if (record && scalar && top === 'ndjson' && !inString && depth === 0) {
    if (lone) {
      yield { value: parse(lone.text, pathOf(0), lone.line), path: pathOf(0) };
      lone = undefined;
    }
    const path = pathOf(index++);
    yield { value: parse(record.join('').trim(), path, recordLine), path };
    record = undefined;
  }
  if (lone) yield { value: parse(lone.text, '', lone.line), path: '' };
  if (record && !first)
    throw new ParseError(
      'json',
      `invalid JSON: the document ends inside the record that starts on line ${recordLine}`,
      { line },
    );
  if (inString || depth !== 0 || record)
    throw new ParseError('json', first ? 'the document is empty' : 'invalid JSON: the document ends too early', {
      line,
    });
  if (top === 'unknown' || (top === 'ndjson' && index === 0)) throw new ParseError('json', 'the document is empty', {});
  if (top === 'object' && !sawList) {
    // an object without the list is one record (or an error body): the profile's adapter decides
    yield { value: parse(objectText.join(''), '', 1), path: '' };
  }
}
