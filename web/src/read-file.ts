/** What the page hands the worker: a file or pasted text, and its format (by extension, else by content). */
import { INPUT_FORMATS, type InputFormat } from './protocol.js';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  ttl: 'turtle',
  nt: 'ntriples',
  nq: 'nquads',
  trig: 'trig',
  jsonld: 'jsonld',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

/** The format a file's extension says, if any. */
export function formatOfName(name: string): InputFormat | undefined {
  const ext = /\.([^.]+)$/u.exec(name.toLowerCase())?.[1];
  return ext === undefined ? undefined : EXTENSIONS[ext];
}

/**
 * The format the start of a text suggests: JSON with `@context` is JSON-LD; several lines that each
 * hold an object are NDJSON; other JSON is a standard's own; lines of four terms are N-Quads; `<s> <p> <o> .`
 * lines are N-Triples; the rest is read as Turtle (which N-Triples also is).
 */
export function sniffFormat(head: string): InputFormat {
  const text = head.replace(/^\uFEFF/u, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"@context"\s*:/u.test(text) || /"@(id|graph)"\s*:/u.test(text)) return 'jsonld';
    const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
    if (lines.length > 1 && lines.slice(0, -1).every((l) => /^\s*\{.*\}\s*$/u.test(l))) return 'ndjson';
    return 'json';
  }
  const statements = text
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .slice(0, 20);
  const term = String.raw`(?:<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?)`;
  const quad = new RegExp(String.raw`^\s*${term}\s+${term}\s+${term}\s+${term}\s*\.\s*$`, 'u');
  const triple = new RegExp(String.raw`^\s*${term}\s+${term}\s+${term}\s*\.\s*$`, 'u');
  if (statements.length > 0 && statements.every((l) => quad.test(l) || triple.test(l)))
    return statements.some((l) => quad.test(l)) ? 'nquads' : 'ntriples';
  if (/^\s*[\w-]*:?\s*\{/mu.test(text) && /^\s*(GRAPH\s+)?<[^>]*>\s*\{/imu.test(text)) return 'trig';
  return 'turtle';
}

/** The input's format: the one chosen, else the extension's, else the content's. */
export async function formatOf(source: Blob, name: string | undefined, chosen: string): Promise<InputFormat> {
  if (isInputFormat(chosen)) return chosen;
  const byName = name === undefined ? undefined : formatOfName(name);
  if (byName) return byName;
  return sniffFormat(await source.slice(0, 16 * 1024).text());
}
