/** The JSON-LD document type both JSON-LD writers return (jsonld.ts and jsonld-fast.ts). */

/** A compacted JSON-LD document. */
export type JsonLdDocument = Record<string, unknown>;
