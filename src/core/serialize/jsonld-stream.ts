/**
 * Compacted JSON-LD written as the quads come, in flat memory: the same terms, native values and
 * nested objects as `toJsonLd`, text as `JSON.stringify(document, null, 2)` lays it out.
 *
 * A streaming writer cannot know whether a node is named again later. What it does instead:
 * - a node named under a nested-object key is embedded when it comes within `window` nodes of the
 *   node that names it (before or after), and no other node claimed it first; otherwise it stays a
 *   node of its own in `@graph`, referred to by its `@id`;
 * - an embedded IRI node keeps its `@id`, so a later mention still names it;
 * - an embedded blank node keeps its label too, unless the producer says each of its blank nodes is
 *   named once (`blankNodesNamedOnce`: an API's JSON read record by record, where every blank node is
 *   one nested object);
 * - named graphs are written as `{"@id": graph, "@graph": [node]}` objects, one per run of quads of
 *   one subject (JSON-LD merges them).
 * So the output always expands to the graph that came in; only how much is nested can differ from
 * `toJsonLd`, which sees the whole graph first.
 */
import type { Quad } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { outputContext } from '../jsonld/context.js';
import { TermCheck } from './writable.js';
import { FlatNodes, type FlatNode } from './jsonld-fast.js';
import { NodeShaper, type EmbedPolicy } from './jsonld-shape.js';
import { indented } from './indented.js';
import { piecesOf, type QuadTextWriter } from './pieces.js';
import { DEFAULT_MAX_KEYS } from '../jsonld/prescan.js';

/** Nodes kept waiting for the node that names them (or that they name) by default. */
export const DEFAULT_WINDOW = 2048;

/** Options of the streaming JSON-LD writer. */
export interface JsonLdStreamOptions {
  /** how many nodes wait for a nested node to come (default `DEFAULT_WINDOW`) */
  readonly window?: number;
  /** every blank node is named once, as one nested object (what `fromJsonStream` makes) */
  readonly blankNodesNamedOnce?: boolean;
  /** keys one node object may have (default 10,000, as JSON-LD out in memory): a node with more is a `LimitError` */
  readonly maxKeys?: number;
}

const NEVER: EmbedPolicy = { embeds: () => false, dropsId: () => false };

/** A JSON-LD document's text, a piece at a time: `header()`, `write(quads)` as they come, `end()`. */
export class JsonLdTextWriter implements QuadTextWriter {
  private readonly check = new TermCheck('jsonld');
  private readonly flat: FlatNodes;
  private readonly shaper: NodeShaper;
  private readonly graphs: NodeShaper;
  private out = '';
  private count = 0;
  private graph: string | undefined;

  constructor(
    private readonly declaration: ProfileDeclaration,
    options: JsonLdStreamOptions = {},
  ) {
    const once = options.blankNodesNamedOnce === true;
    const policy: EmbedPolicy = { embeds: () => true, dropsId: (id) => once && id.startsWith('_:') };
    this.shaper = new NodeShaper(declaration, policy, options.window ?? DEFAULT_WINDOW, (node) => this.node(node));
    // a named graph's nodes: native values, nothing embedded, written at once
    this.graphs = new NodeShaper(declaration, NEVER, 0, (node) => this.node({ '@id': this.graph, '@graph': [node] }));
    this.flat = new FlatNodes(
      declaration,
      this.check,
      (node, graph) => this.flatNode(node, graph),
      options.maxKeys ?? DEFAULT_MAX_KEYS,
    );
  }

  /** The text before the first node. */
  header(): string {
    const context = JSON.stringify(outputContext(this.declaration), null, 2).replace(/\n/gu, '\n  ');
    return `{\n  "@context": ${context},\n  "@graph": [`;
  }

  /** The text of the nodes these quads completed (often none yet: nodes wait in the window). */
  write(quads: Iterable<Quad>): string {
    for (const quad of quads) this.flat.add(quad);
    return this.take();
  }

  /** One quad; the text of the nodes it completed. */
  writeQuad(quad: Quad): string {
    this.flat.add(quad);
    return this.out === '' ? '' : this.take();
  }

  /** The text of every node still waiting, and the end of the document. */
  end(): string {
    this.flat.end();
    this.shaper.end();
    return `${this.take()}${this.count === 0 ? ']' : '\n  ]'}\n}\n`;
  }

  private take(): string {
    const text = this.out;
    this.out = '';
    return text;
  }

  private flatNode(node: FlatNode, graph: string | undefined): void {
    if (graph === undefined) return this.shaper.add(node);
    this.graph = graph;
    this.graphs.add(node);
  }

  private node(node: Record<string, unknown>): void {
    this.out += `${this.count++ === 0 ? '' : ','}\n    ${indented(node, 2)}`;
  }
}

/**
 * Compacted JSON-LD with the profile's context, as text pieces, from quads that come one at a time
 * (an RDF/JS quad stream, an async iterable of quads, an array). Memory stays flat: nodes wait only
 * within `window` (see `JsonLdTextWriter`).
 */
export function jsonLdText(
  declaration: ProfileDeclaration,
  quads: AsyncIterable<Quad> | Iterable<Quad>,
  options: JsonLdStreamOptions = {},
): AsyncGenerator<string> {
  return piecesOf(new JsonLdTextWriter(declaration, options), quads);
}
