/**
 * The classes an RDF stream's nodes are typed with, for telling which profiles apply: the decision
 * itself is the library's (`profilesTyping`), as the command makes it.
 */
import { Parser } from 'n3';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** n3's own name of a format. */
const N3_FORMAT = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' } as const;

/**
 * The classes nodes are typed with (rdf:type objects), read from a stream of text as it comes, in
 * memory that does not grow with the input. Rejects with n3's error at a syntax error (the caller gets
 * the library's ParseError, with its line, from validateStream).
 */
export async function classesIn(text: ReadableStream<string>, format: keyof typeof N3_FORMAT): Promise<Set<string>> {
  const classes = new Set<string>();
  let failure: unknown;
  let onData: ((chunk: string) => void) | undefined;
  let onEnd: (() => void) | undefined;
  // n3's Parser reads any object with on('data') and on('end'): chunks are parsed as they are handed over
  const input = {
    on(event: string, callback: (chunk?: string) => void) {
      if (event === 'data') onData = callback as (chunk: string) => void;
      else if (event === 'end') onEnd = callback as () => void;
      return input;
    },
  };
  new Parser({ format: N3_FORMAT[format] }).parse(input as unknown as string, (error, quad) => {
    if (error) failure ??= error;
    else if (quad && quad.predicate.value === RDF_TYPE) classes.add(quad.object.value);
  });
  const reader = text.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onData?.(value);
    if (failure !== undefined) {
      await reader.cancel();
      throw failure;
    }
  }
  onEnd?.();
  if (failure !== undefined) throw failure;
  return classes;
}
