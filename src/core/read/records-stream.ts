/**
 * `toJson` for quads that come one at a time, in flat memory: the records of one class as the API
 * writes them, each read once its nested objects have come, from a window of the latest nodes.
 *
 * A record is read when it leaves the window, or earlier, when a node it names (a nested object, a
 * node referred to by UUID) is about to leave it. So a nested object is read into its record when it
 * comes within `window` nodes of it, before or after, as every writer puts them (builders and
 * `fromJson` right after the record, Turtle's `[ … ]` right before). A node stays until between
 * `window` and twice `window` newer ones have come (`KeyedWindow`). A node that leaves the window
 * without a record having read it is not carried, and told, as `toJson` tells it: nothing is dropped
 * in silence. Records come out in the order they leave the window.
 */
import type { Quad, Term } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { classModel, modelOf, type ClassModel } from '../schema/model.js';
import { factory, nodeId, RDF_TYPE } from '../rdf/terms.js';
import { KeyedWindow } from '../stream/window.js';
import {
  mostSpecific,
  readRecord,
  type MetadataFields,
  type NodeTriples,
  type NotCarried,
  type ReadContext,
  type ReadOptions,
} from './reader.js';

/** Nodes kept in memory, waiting for the record that names them, by default. */
export const DEFAULT_RECORD_WINDOW = 64;

/** Options of the streaming record reader. */
export interface RecordStreamOptions extends ReadOptions {
  /** `@self` fields read back from metadata triples (OpenRegister) */
  readonly metadata?: MetadataFields;
  /**
   * how many newer nodes at least a node waits for its record (default `DEFAULT_RECORD_WINDOW`), fewer than twice that
   */
  readonly window?: number;
}

interface Group {
  readonly id: string;
  readonly subject: Term;
  readonly byPredicate: Map<string, Quad[]>;
  /** the ids of nodes it names through a nested-object or reference property */
  readonly names: string[];
  read: boolean;
  /** it has left the window */
  released: boolean;
  /** its classes among the profile's, once asked (a node is asked once or twice as it leaves) */
  classes: ClassModel[] | undefined;
}

const NONE: readonly Quad[] = [];

/**
 * Reads records as their quads come; `onRecord` gets each record, `onNotCarried` each node's triples no record holds.
 */
export class RecordReader {
  private readonly groups: KeyedWindow<Group>;
  /** a node named by a nested-object or reference property: the node that names it (first one) */
  private readonly namedBy = new Map<string, string>();
  private readonly root: ClassModel;
  private readonly linking: ReadonlySet<string>;
  private readonly ctx: ReadContext;
  private last: Group | undefined;
  /**
   * The quads a record carried, by identity (each stands once in the window): those carried since the
   * window last turned, and before that. A node leaves within two turns of its coming, so a quad
   * carried longer ago belongs to a node that has left.
   */
  private carried = new Set<Quad>();
  private carriedBefore = new Set<Quad>();
  /** the subject last asked for, and its group (forgotten whenever a group comes or goes) */
  private asked: Term | undefined;
  private askedGroup: Group | undefined;

  constructor(
    declaration: ProfileDeclaration,
    classKey: string,
    private readonly options: RecordStreamOptions,
    private readonly onRecord: (record: Record<string, unknown>) => void,
    private readonly onNotCarried: (rest: NotCarried) => void,
  ) {
    const model = modelOf(declaration);
    this.root = classModel(model, classKey);
    const linking = new Set<string>();
    for (const c of model.classes.values())
      for (const { declaration: p } of c.properties)
        if (p.range.kind === 'object' || p.range.kind === 'reference') linking.add(p.iri);
    this.linking = linking;
    this.groups = new KeyedWindow<Group>(
      options.window ?? DEFAULT_RECORD_WINDOW,
      (group) => this.evict(group),
      () => {
        this.carriedBefore = this.carried;
        this.carried = new Set();
      },
    );
    const triples: NodeTriples = {
      // a record's properties are asked of one subject in a row: its group is looked up once
      of: (subject, predicate) => {
        if (subject !== this.asked) {
          this.asked = subject;
          this.askedGroup = this.live(nodeId(subject));
        }
        return this.askedGroup?.byPredicate.get(predicate) ?? NONE;
      },
      carry: (q) => void this.carried.add(q),
    };
    this.ctx = { model, triples, bases: options.bases, lenient: true };
  }

  add(quad: Quad): void {
    let group = this.last;
    if (group === undefined || !group.subject.equals(quad.subject)) {
      const id = nodeId(quad.subject);
      group = this.live(id);
      if (group === undefined) {
        group = {
          id,
          subject: quad.subject,
          byPredicate: new Map(),
          names: [],
          read: false,
          released: false,
          classes: undefined,
        };
        this.asked = undefined;
        this.groups.set(id, group);
      }
      this.last = group;
    }
    const predicate = quad.predicate.value;
    const list = group.byPredicate.get(predicate);
    if (list === undefined) group.byPredicate.set(predicate, [quad]);
    // a graph is a set: a triple given twice (in two graphs, or on two lines) is one
    else if (!list.some((q) => q.object.equals(quad.object))) list.push(quad);
    else return;
    if (this.linking.has(predicate) && quad.object.termType !== 'Literal') {
      const named = nodeId(quad.object);
      if (!this.namedBy.has(named)) {
        this.namedBy.set(named, group.id);
        group.names.push(named);
      }
    }
  }

  /** Reads and releases every node still waiting. */
  end(): void {
    this.groups.end();
    this.last = undefined;
  }

  /** The group of node `id` while it waits (one that left and whose node comes again is a new group). */
  private live(id: string): Group | undefined {
    const group = this.groups.get(id);
    return group === undefined || group.released ? undefined : group;
  }

  /** Reads the record among `group` and the nodes that name it, then lets `group` go. */
  private evict(group: Group): void {
    if (group.released) return;
    // the record that holds it, up a chain of nested objects (bounded: a cycle ends it)
    let holder: Group | undefined = group;
    for (let depth = 0; holder !== undefined && depth < 64; depth++) {
      if (this.readIfRecord(holder)) break;
      const by = this.namedBy.get(holder.id);
      holder = by === undefined || by === holder.id ? undefined : this.live(by);
    }
    this.release(group);
  }

  private readIfRecord(group: Group): boolean {
    if (group.read) return true;
    group.classes ??= mostSpecific(
      this.ctx.model,
      (group.byPredicate.get(RDF_TYPE) ?? NONE).map((q) => q.object),
    );
    const record = readRecord(this.ctx, this.root, group.subject, group.classes, this.options.metadata);
    if (record === undefined) return false;
    group.read = true;
    this.onRecord(record);
    return true;
  }

  /** Lets a node go: its triples no record carried are told. */
  private release(group: Group): void {
    group.released = true;
    this.asked = undefined;
    if (this.last === group) this.last = undefined;
    for (const named of group.names) if (this.namedBy.get(named) === group.id) this.namedBy.delete(named);
    const rest: Quad[] = [];
    for (const quads of group.byPredicate.values()) {
      for (const q of quads) if (!this.carried.has(q) && !this.carriedBefore.has(q)) rest.push(q);
    }
    if (rest.length > 0)
      this.onNotCarried({ node: group.id, triples: rest.map((q) => factory.quad(q.subject, q.predicate, q.object)) });
  }
}
