/**
 * What a file that could not be read as RDF or JSON is, when its first bytes say it: a spreadsheet
 * (CSV, Excel), XML, PDF or a ZIP archive. A steward who picked the wrong export is told that, not
 * "turtle: Unexpected ..." on its first line.
 */

/** The kinds of file named. */
export type OtherKind = 'csv' | 'xlsx' | 'xls' | 'ods' | 'xml' | 'pdf' | 'zip' | 'html';

/** The kind of a file from its first bytes (a few KB are enough), or `undefined` when it may be RDF or JSON. */
export function otherKindOf(head: Uint8Array): OtherKind | undefined {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04) {
    const text = new TextDecoder('latin1').decode(head.subarray(0, 4096));
    if (text.includes('xl/') || text.includes('[Content_Types].xml')) return 'xlsx';
    if (text.includes('opendocument.spreadsheet')) return 'ods';
    return 'zip';
  }
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'xls';
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 8192)).replace(/^\uFEFF/u, '');
  const start = text.trimStart();
  if (start.startsWith('%PDF')) return 'pdf';
  if (/^<!doctype html|^<html[\s>]/iu.test(start)) return 'html';
  // XML: a declaration, a doctype, or an element (an IRI in angle brackets has a ':' and no space before '>')
  if (/^<\?xml|^<!DOCTYPE/iu.test(start) || /^<[A-Za-z_][\w.-]*(\s+[\w:.-]+\s*=|\s*\/?>)/u.test(start)) return 'xml';
  const lines = start
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '')
    .slice(0, 6);
  if (
    lines.length >= 2 &&
    !start.startsWith('{') &&
    !start.startsWith('[') &&
    !start.startsWith('@') &&
    !/^prefix\s/iu.test(start)
  ) {
    for (const sep of [';', ',', '\t']) {
      const counts = lines.map((l) => l.split(sep).length - 1);
      if ((counts[0] ?? 0) >= 1 && counts.every((c) => c === counts[0]) && !lines.some((l) => /\s\.\s*$/u.test(l)))
        return 'csv';
    }
  }
  return undefined;
}

const NAMES: Readonly<Record<OtherKind, { nl: string; en: string }>> = {
  csv: { nl: 'een CSV-bestand (een spreadsheet)', en: 'a CSV file (a spreadsheet)' },
  xlsx: { nl: 'een Excel-werkmap (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  xls: { nl: 'een oude Excel-werkmap (.xls)', en: 'an old Excel workbook (.xls)' },
  ods: { nl: 'een OpenDocument-rekenblad (.ods)', en: 'an OpenDocument spreadsheet (.ods)' },
  xml: { nl: 'een XML-bestand', en: 'an XML file' },
  pdf: { nl: 'een PDF-document', en: 'a PDF document' },
  zip: { nl: 'een ZIP-archief', en: 'a ZIP archive' },
  html: { nl: 'een webpagina (HTML)', en: 'a web page (HTML)' },
};

/** "Dit is een CSV-bestand (een spreadsheet), geen RDF of JSON: …" */
export function otherKindMessage(kind: OtherKind, lang: 'nl' | 'en'): string {
  return lang === 'nl'
    ? `dit is ${NAMES[kind].nl}, geen RDF (Turtle, N-Triples, JSON-LD) en geen JSON van een standaard: ` +
        'kies de export in een van die formaten'
    : `this is ${NAMES[kind].en}, not RDF (Turtle, N-Triples, JSON-LD) nor a standard's JSON: ` +
        'choose the export in one of those formats';
}
