/**
 * Which profiles apply to RDF data, as the command decides it (src/cli/registry.ts, profilesTyping):
 * a profile applies when a node is typed with one of its own classes, one no other profile declares;
 * only when no such class is present do the shared classes (org:Organization, …) count.
 */
import type { AnyProfile } from 'profielkit';
import { Parser } from 'n3';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The profiles that apply, in registry order, given whether a node has class `iri`. */
export function profilesTyping(registry: Readonly<Record<string, AnyProfile>>, typed: (iri: string) => boolean): AnyProfile[] {
  const all = Object.values(registry);
  const classesOf = (p: AnyProfile) => Object.values(p.declaration.classes).map((c) => c.iri);
  const owners = new Map<string, number>();
  for (const profile of all) for (const iri of new Set(classesOf(profile))) owners.set(iri, (owners.get(iri) ?? 0) + 1);
  const own = all.filter((p) => classesOf(p).some((iri) => owners.get(iri) === 1 && typed(iri)));
  if (own.length > 0) return own;
  return all.filter((p) => classesOf(p).some((iri) => typed(iri)));
}

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
