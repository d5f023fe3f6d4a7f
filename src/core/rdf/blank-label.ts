/**
 * The one scheme of blank node labels in what profielkit writes (reports, Turtle, N-Triples, JSON-LD):
 * a label every syntax can write, and never the same for two nodes. A label as written in the input
 * stays as it is; one no syntax can write (a reader's own `.b0` for `[]`, n3's, a stranger's) and
 * one that starts with `pk_` (so that none can meet a made one) are written `pk_b0` (a reader's
 * `.b0`) or `pk_x` and the label's UTF-16 code units in hex. The mapping is a function of the label
 * alone: the same node has the same label in every report and output, streamed or not.
 */

/** Labels Turtle, N-Triples and JSON-LD write as they are (ASCII: no syntax or reader differs on them). */
const WRITABLE = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/u;
/** The labels profielkit's readers give nodes written without one */
const READER_LABEL = /^\.b(\d+)$/u;

/** The label a blank node is written with. */
export function blankLabel(label: string): string {
  if (WRITABLE.test(label) && !label.startsWith('pk_')) return label;
  const reader = READER_LABEL.exec(label);
  if (reader !== null) return `pk_b${reader[1] as string}`;
  let hex = 'pk_x';
  for (let i = 0; i < label.length; i++) hex += label.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/** A node id (an IRI, or `_:label`) as a report writes it: a blank node with its written label. */
export function reportNodeId(id: string): string {
  return id.startsWith('_:') ? `_:${blankLabel(id.slice(2))}` : id;
}
