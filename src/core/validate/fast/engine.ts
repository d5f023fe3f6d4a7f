/**
 * The fast validation path: nodes are checked against the compiled rules as their triples come in,
 * keeping per node only the values the rules read. Class references are checked against a compact
 * index of the types references ask for; a reference to a node not seen yet waits until the end.
 *
 * Two ways in: a dataset in memory (grouped by subject here), or a stream of quads grouped by subject,
 * as exports are written. A stream whose subject comes back after another was seen is not grouped:
 * `NotGroupedError` tells the caller to take the reference path instead. So does a data graph with
 * `rdfs:subClassOf` triples, which SHACL follows for targets and classes.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import type { ProfileDeclaration } from '../../schema/declaration.js';
import { factory, nodeId, RDF_TYPE, RDFS } from '../../rdf/terms.js';
import type { Lang, ValidationResult } from '../validate.js';
import { compare, compileProfile, termKey, type CompiledProfile, type CompiledShape } from './compile.js';
import { CompactStringMap } from './compact-map.js';

/** The input cannot be validated on the fast path; validate it with the reference engine. */
export class FallbackNeeded extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}

const SUBCLASS_OF = RDFS('subClassOf');

/**
 * A copy of a string that does not share memory with the parser's input. A parser's strings are
 * slices of its input chunks: one kept in a result would keep its whole chunk (64 KB) alive, and
 * memory would grow with the input instead of with the results.
 */
function own(s: string): string {
  return (' ' + s).slice(1);
}

function ownTerm(t: Term): Term {
  switch (t.termType) {
    case 'NamedNode':
      return factory.namedNode(own(t.value));
    case 'BlankNode':
      return factory.blankNode(own(t.value));
    case 'Literal':
      return t.language !== '' ? factory.literal(own(t.value), own(t.language)) : factory.literal(own(t.value), factory.namedNode(own(t.datatype.value)));
    default:
      return t;
  }
}

interface PendingReference {
  readonly focus: string;
  readonly shape: CompiledShape;
  readonly value: Term;
}

/**
 * Which subjects were finished, as a set of 64-bit hashes (two 32-bit hashes, 8 bytes a subject).
 * A hit means the subject came back, or (about once in 10^7 exports of a million subjects) a
 * collision: either way the caller takes the exact reference path, so a collision costs time only.
 */
class SeenSubjects {
  private a = new Int32Array(1 << 16);
  private b = new Int32Array(1 << 16);
  private count = 0;
  private static hashes(s: string): [number, number] {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    return [h1 | 1, h2]; // h1 is never 0: 0 marks an empty slot
  }
  /** true if the hash pair was there already */
  addOrSeen(s: string): boolean {
    if (this.count * 2 >= this.a.length) this.grow();
    const [h1, h2] = SeenSubjects.hashes(s);
    return !this.insert(h1, h2);
  }
  private insert(h1: number, h2: number): boolean {
    const mask = this.a.length - 1;
    for (let i = (h1 ^ h2) & mask; ; i = (i + 1) & mask) {
      if (this.a[i] === 0) {
        this.a[i] = h1;
        this.b[i] = h2;
        this.count++;
        return true;
      }
      if (this.a[i] === h1 && this.b[i] === h2) return false;
    }
  }
  private grow(): void {
    const [oldA, oldB] = [this.a, this.b];
    this.a = new Int32Array(oldA.length * 2);
    this.b = new Int32Array(oldA.length * 2);
    this.count = 0;
    oldA.forEach((h1, i) => {
      if (h1 !== 0) this.insert(h1, oldB[i] as number);
    });
  }
}

export class FastValidator {
  private readonly rules: CompiledProfile;
  readonly results: ValidationResult[] = [];
  /** each result's value as the term it was, for the W3C report graph */
  readonly valueTerms = new Map<ValidationResult, Term>();
  /** for each node with a type a reference asks for: those types, as bits (see `classBit`) */
  private readonly typesOf = new CompactStringMap();
  /** one bit per class a reference asks for: a node's referenced types fit in one small integer */
  private readonly classBit = new Map<string, number>();
  private readonly pending: PendingReference[] = [];
  private readonly seen = new SeenSubjects();
  private current: string | undefined;
  private types: string[] = [];
  private values = new Map<string, Map<string, Term>>();
  triples = 0;

  constructor(
    declaration: ProfileDeclaration,
    private readonly lang: Lang = 'nl',
  ) {
    this.rules = compileProfile(declaration);
    [...this.rules.referencedClasses].forEach((c, i) => this.classBit.set(c, 2 ** i));
    if (this.classBit.size > 30) throw new FallbackNeeded('more referenced classes than the type index holds');
    if (!this.rules.covered) throw new FallbackNeeded('the shapes use a SHACL feature the fast path does not implement');
  }

  /** Adds one quad of a stream grouped by subject. */
  add(quad: Quad): void {
    this.triples++;
    const p = quad.predicate.value;
    if (p === SUBCLASS_OF) throw new FallbackNeeded('the data holds rdfs:subClassOf triples, which SHACL follows');
    const s = quad.subject.termType === 'BlankNode' ? `_:${quad.subject.value}` : quad.subject.value;
    if (s !== this.current) {
      this.finishNode();
      if (this.seen.addOrSeen(s)) throw new FallbackNeeded(`the triples of ${s} are not together`);
      this.current = s;
    }
    if (p === RDF_TYPE) {
      this.types.push(quad.object.value);
      return;
    }
    if (!this.rules.predicates.has(p)) return;
    let byKey = this.values.get(p);
    if (!byKey) this.values.set(p, (byKey = new Map()));
    byKey.set(termKey(quad.object), quad.object);
  }

  private finishNode(): void {
    const focus = this.current;
    if (focus === undefined) return;
    let bits = 0;
    for (const t of this.types) bits |= this.classBit.get(t) ?? 0;
    if (bits !== 0) this.typesOf.set(focus, bits);
    const applied = new Set<CompiledShape>();
    for (const type of this.types) for (const shape of this.rules.shapesByType.get(type) ?? []) applied.add(shape);
    for (const shape of applied) this.check(focus, shape);
    this.current = undefined;
    this.types = [];
    this.values = new Map();
  }

  private result(focus: string, shape: CompiledShape, constraint: string, value: Term | undefined): void {
    const kept = value === undefined ? undefined : ownTerm(value);
    const result: ValidationResult = {
      focusNode: own(focus),
      path: shape.path,
      severity: shape.severity,
      constraint,
      value: kept === undefined ? undefined : nodeId(kept),
      message: shape.message[this.lang],
      sourceShape: shape.iri,
      origin: shape.origin,
    };
    this.results.push(result);
    if (kept !== undefined) this.valueTerms.set(result, kept);
  }

  private check(focus: string, shape: CompiledShape): void {
    const values = [...(this.values.get(shape.path)?.values() ?? [])];
    if (shape.minCount !== undefined && values.length < shape.minCount) this.result(focus, shape, CONSTRAINT.minCount, undefined);
    if (shape.maxCount !== undefined && values.length > shape.maxCount) this.result(focus, shape, CONSTRAINT.maxCount, undefined);
    if (shape.lessThanOrEquals !== undefined) {
      const others = [...(this.values.get(shape.lessThanOrEquals)?.values() ?? [])];
      for (const value of values) {
        for (const other of others) {
          const c = compare(value, other);
          if (c === null || c > 0) this.result(focus, shape, CONSTRAINT.lessThanOrEquals, value);
        }
      }
    }
    for (const value of values) {
      for (const check of shape.values) if (!check.test(value)) this.result(focus, shape, check.constraint, value);
      if (shape.classCheck) {
        const target = value.termType === 'Literal' ? undefined : nodeId(value);
        // a node already finished has all its types; any other is checked at the end
        if (target !== undefined && target !== focus && this.typesOf.get(target) !== undefined) this.checkClass(focus, shape, value);
        else this.pending.push({ focus: own(focus), shape, value: ownTerm(value) });
      }
    }
  }

  private checkClass(focus: string, shape: CompiledShape, value: Term): void {
    const check = shape.classCheck!;
    const bits = value.termType === 'Literal' ? 0 : (this.typesOf.get(nodeId(value)) ?? 0);
    if (!check.classes.some((c) => ((this.classBit.get(c) ?? 0) & bits) !== 0)) this.result(focus, shape, check.constraint, value);
  }

  /** Ends the input: checks the last node and every reference that waited. */
  finish(): this {
    this.finishNode();
    for (const { focus, shape, value } of this.pending) this.checkClass(focus, shape, value);
    this.pending.length = 0;
    return this;
  }
}

const CONSTRAINT = {
  minCount: 'http://www.w3.org/ns/shacl#MinCountConstraintComponent',
  maxCount: 'http://www.w3.org/ns/shacl#MaxCountConstraintComponent',
  lessThanOrEquals: 'http://www.w3.org/ns/shacl#LessThanOrEqualsConstraintComponent',
} as const;

/** Validates a dataset in memory on the fast path (its quads grouped by subject here). */
export function validateDatasetFast(declaration: ProfileDeclaration, data: DatasetCore, lang: Lang = 'nl'): FastValidator {
  const validator = new FastValidator(declaration, lang);
  const store = data as DatasetCore & { getSubjects?: (p: null, o: null, g: null) => Term[]; getQuads?: (s: Term, p: null, o: null, g: null) => Quad[] };
  if (typeof store.getSubjects === 'function' && typeof store.getQuads === 'function') {
    // an N3.Store hands out each subject's quads directly
    for (const subject of store.getSubjects(null, null, null)) for (const quad of store.getQuads(subject, null, null, null)) validator.add(quad);
  } else {
    const bySubject = new Map<string, Quad[]>();
    for (const quad of data) {
      const key = nodeId(quad.subject);
      const list = bySubject.get(key);
      if (list) list.push(quad);
      else bySubject.set(key, [quad]);
    }
    for (const quads of bySubject.values()) for (const quad of quads) validator.add(quad);
  }
  return validator.finish();
}
