// profielkit's Turtle reader (the validation hot path) against n3's parser: the same triples in the
// same order for every form of the syntax, in one piece and in pieces cut anywhere; an error wherever
// n3 has one, as a ParseError with a line and column. Blank nodes are compared up to a consistent
// relabelling (n3 writes `_:b4_x` for `_:x` and `_:n3-7` for `[]`; the reader keeps `_:x` and makes `_:.b0`).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'n3';
import type { Term } from '@rdfjs/types';
import { TurtleReader } from '../../src/core/parse/turtle-reader.js';
import { ParseError } from '../../src/index.js';
import { readInPieces } from '../support/pieces.js';

type Triple = [string, string, Term];

function read(text: string, pieces: number[] = []): Triple[] | ParseError {
  const out: Triple[] = [];
  const reader = new TurtleReader((s, p, o) => out.push([s, p, o]));
  const failed = readInPieces(reader, text, pieces);
  if (failed) return failed;
  expect(reader.count).toBe(out.length);
  return out;
}

function n3(text: string): Triple[] | Error {
  try {
    return new Parser({ format: 'Turtle' })
      .parse(text)
      .map((q) => [
        q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value,
        q.predicate.value,
        q.object,
      ]);
  } catch (error) {
    return error as Error;
  }
}

/** The triples as text, blank nodes numbered in the order they first appear (a consistent relabelling). */
function canonical(triples: Triple[]): string[] {
  const labels = new Map<string, string>();
  const blank = (id: string) => {
    let l = labels.get(id);
    if (l === undefined) labels.set(id, (l = `_:B${labels.size}`));
    return l;
  };
  const term = (t: Term): string => {
    if (t.termType === 'BlankNode') return blank(`_:${t.value}`);
    if (t.termType === 'Literal')
      return `${JSON.stringify(t.value)}@${t.language}${t.direction ? `--${t.direction}` : ''}^^${t.datatype.value}`;
    if (t.termType === 'Quad') return `<<( ${term(t.subject)} ${term(t.predicate)} ${term(t.object)} )>>`;
    return `<${t.value}>`;
  };
  return triples.map(([s, p, o]) => `${s.startsWith('_:') ? blank(s) : `<${s}>`} <${p}> ${term(o)}`);
}

function agree(text: string, pieces?: number[]): void {
  const ours = read(text, pieces);
  const theirs = n3(text);
  if (theirs instanceof Error) {
    expect(
      ours,
      `n3 fails (${theirs.message}) on ${JSON.stringify(text)} in pieces ${JSON.stringify(pieces)}`,
    ).toBeInstanceOf(ParseError);
    const e = ours as ParseError;
    expect(e.line).toBeGreaterThan(0);
    expect(e.column).toBeGreaterThan(0);
    expect(e.format).toBe('turtle');
  } else {
    if (ours instanceof ParseError)
      throw new Error(`${ours.message} where n3 reads ${JSON.stringify(text)} (pieces ${JSON.stringify(pieces)})`);
    expect(canonical(ours), `${JSON.stringify(text)} in pieces ${JSON.stringify(pieces)}`).toEqual(canonical(theirs));
  }
}

/** Every cut into two pieces, and pieces of every size up to 12 */
function agreeInPieces(text: string): void {
  agree(text);
  for (let cut = 1; cut < text.length; cut++) agree(text, [cut]);
  for (let size = 1; size <= Math.min(12, text.length); size++)
    agree(
      text,
      Array.from({ length: Math.ceil(text.length / size) }, () => size),
    );
}

const S = '<http://a.example/s>';
const P = '<http://a.example/p>';
const PRE = '@prefix ex: <http://a.example/> .\n';

const CASES = [
  // statements, terms, punctuation
  `${S} ${P} <http://a.example/o> .`,
  `${S} ${P} <http://a.example/o>.`,
  `${S}${P}<http://a.example/o>.`,
  `${S} ${P} "x" , "y" ; <http://a.example/q> "z" .`,
  `${S} ${P} "x" ;; ; <http://a.example/q> "z" ; .`,
  `${S} ${P} "x" ; .`,
  `${S} ${P} "x" ; ;`,
  `${S} ${P} "x" , .`,
  `${S} ${P} "x" ,, "y" .`,
  `${S} ; ${P} "x" .`,
  `${S} .`,
  `${S} ${P} .`,
  `${S} ${P} "x"`,
  `${S} ${P} "x" .. `,
  `${S} a <http://a.example/T> .`,
  `${S} a<http://a.example/T> .`,
  `${S} a; .`,
  `${S} ${P} a .`,
  `a ${P} ${S} .`,
  `${S} ^^<http://a.example/p> ^^<http://a.example/o> .`,
  `${S} ${P} ^^ <http://a.example/o> .`,
  `${S} ${P} <http://a.example/o> ^^<http://a.example/t> .`,
  // prefixes and base
  `${PRE}ex:s ex:p ex:o .`,
  `PREFIX ex: <http://a.example/>\nex:s ex:p ex:o .`,
  `prefix ex: <http://a.example/> ex:s ex:p ex:o .`,
  `PREFIX ex: <http://a.example/> .\nex:s ex:p ex:o .`,
  `@prefix ex: <http://a.example/>\nex:s ex:p ex:o .`,
  `@PREFIX ex: <http://a.example/> .`,
  `@prefix : <http://a.example/> .\n:s :p : .`,
  `@prefix ex:<http://a.example/>.ex:s ex:p ex:o.`,
  `@prefix ex: ex:x .`,
  `@prefix ex:x <http://a.example/> .`,
  `@prefix ex: <http://a.example/> .\n@prefix ex: <http://b.example/> .\nex:s ex:p ex:o .`,
  `ex:s ex:p ex:o .`,
  `${PRE}ex:s ex:p ex:a.b.c , ex:a.b. ex:s ex:p ex:o .`,
  `${PRE}ex:s ex:p ex:a..b .`,
  `${PRE}ex:s ex:p ex:a.. `,
  `${PRE}ex:s ex:p ex:\\~a\\.b\\-c\\!\\$\\&\\'\\(\\)\\*\\+\\,\\;\\=\\/\\?\\#\\@\\%\\_ .`,
  `${PRE}ex:s ex:p ex:\\x .`,
  `${PRE}ex:s ex:p ex:%41%e9 , ex:%4 .`,
  `${PRE}ex:s ex:p ex:a:b:c , ex::: , ex:0x , ex:-x .`,
  `${PRE}ex:s ex:p ex:é·x , ex:\u00b7x .`,
  `@prefix a.b: <http://a.example/> .\na.b:s a.b:p a.b:o .`,
  `@prefix a.: <http://a.example/> .`,
  `@prefix true: <http://a.example/> .\ntrue:s true:p true:x , true .`,
  `@prefix prefix: <http://a.example/> .\nprefix:s prefix:p prefix:o .`,
  `@prefix a: <http://a.example/> .\na:s a a:o .`,
  `@base <http://a.example/dir/x> .\n<s> <p> <o> , <#f> , <?q> , </r> , <//h/p> , <../up> , <./here> , <> .`,
  `BASE <http://a.example/dir/>\n<s> <p> <../a/./b/../c> .\nBASE <sub/>\n<s> <p> <o> .`,
  `base <http://a.example/> <s> <p> <o> .`,
  `@base <http://a.example> .\n<s> <p> <o> , <?q> .`,
  `@base <http://a.example/a/b/../c?q#f> .\n<s> <p> <d> , <?x> , <#y> .`,
  `@base <> .`,
  `@base <http://a.example/> .\n@base <> .\n<s> <p> <o> .`,
  `@base <http://a.example/> .\n@prefix ex: <rel/> .\nex:s ex:p ex:o .`,
  `<s> <p> <o> .`,
  `</s> <p> <#o> .`,
  `@base <http://a.example/> .\n<s> <p> <x:y> , <:z> .`,
  `@base <http://a.example/> .\n<s> <p> <a:b/../c> .`,
  `@base <file:///a/b> .\n<s> <p> <//h> , <c> .`,
  `@base <urn:x> .\n<s> <p> <a> , </b> , <#c> .`,
  `@prefix ex: <http://a.example/> . @base <http://b.example/> . ex:s <p> ex:o .`,
  // IRIs
  `${S} ${P} <http://a.example/\\u00e9\\U0001F600> .`,
  `${S} ${P} <http://a.example/\\u0020> .`,
  `${S} ${P} <http://a.example/\\u003c> .`,
  `${S} ${P} <http://a.example/a b> .`,
  `${S} ${P} <http://a.example/"> .`,
  `${S} ${P} <http://a.example/\\n> .`,
  `${S} ${P} <http://a.example/\\u00e> .`,
  `${S} ${P} <http://a.example/\\uD800> .`,
  `${S} ${P} <http://a.example/\u00e9> .`,
  `${S} ${P} <http://a.example/{x}> .`,
  // blank nodes
  `_:a ${P} _:b .`,
  `_:a.b ${P} _:b-c , _:0 , _:é .`,
  `_:a. ${P} _:b .`,
  `_:a:b ${P} _:b .`,
  `_: ${P} _:b .`,
  `${S} _:p _:b .`,
  `[] ${P} "x" .`,
  `[ ] ${P} "x" .`,
  `[] .`,
  `[ ${P} "x" ] .`,
  `[ ${P} "x" ] ${P} "y" .`,
  `[ ${P} "x" ] ; ${P} "y" .`,
  `[ ${P} "x" ; ] .`,
  `[ ; ${P} "x" ] .`,
  `[ ${P} "x" . ] .`,
  `${S} ${P} [ ${P} "x" ; ${P} [ ${P} "y" ] , [] ] , "z" ; ${P} [ a <http://a.example/T> ] .`,
  `${S} ${P} [ ${P} [ ${P} [ ${P} "deep" ] ] ] .`,
  `[ ${P} [ ${P} "x" ] ] ${P} [ ${P} "y" ] .`,
  `${S} ${P} [ ${P} "x" ] ] .`,
  `${S} ${P} [ ${P} "x" .`,
  `${S} ${P} "x" ; ] .`,
  `${S} [ ${P} "x" ] "y" .`,
  // collections
  `${S} ${P} ( ) .`,
  `${S} ${P} ( "a" 1 <http://a.example/o> _:b [] [ ${P} "x" ] ( "n" ) ( ) ) .`,
  `${S} ${P} ( ( ( "deep" ) ) ) , ( "x" ) .`,
  `( "a" "b" ) ${P} "x" .`,
  `( ) ${P} "x" .`,
  `( "a" ) .`,
  `( ) .`,
  `${S} ${P} ( "a"@en "b"^^<http://a.example/t> 'c' """d""" ) .`,
  `${S} ${P} ( 1:x ) .`,
  `${PRE}${S} ${P} ( 1.5 ex:a true false:x ) .`,
  `${S} ${P} ( a ) .`,
  `${S} ${P} ( "a" .`,
  `${S} ${P} ( "a" ] .`,
  `${S} ${P} "a" ) .`,
  `${S} ${P} ( "a"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> ) .`,
  `[ ${P} ( [ ${P} ( "x" ) ] ) ] ${P} ( [] ) .`,
  `${S} ( "a" ) "x" .`,
  // strings
  `${S} ${P} "x" , 'y' , """z""" , '''w''' , "" , '' , """""" , '''''' .`,
  `${S} ${P} """line 1\nline 2\r\nline 3\rline 4""" .`,
  `${S} ${P} '''it's "quoted" ''' .`,
  `${S} ${P} """a""b"c""" , """a\\"""" .`,
  `${S} ${P} """a"""" .`,
  `${S} ${P} "a\nb" .`,
  `${S} ${P} 'a\nb' .`,
  `${S} ${P} "a\\"b\\\\" , 'a\\'b' .`,
  `${S} ${P} "\\t\\b\\n\\r\\f\\"\\'\\\\\\u00e9\\U0001F600" .`,
  `${S} ${P} "\\x" .`,
  `${S} ${P} "\\uD800" .`,
  `${S} ${P} "\\U00110000" .`,
  `${S} ${P} "\\u12" .`,
  `${S} ${P} "unterminated .`,
  `${S} ${P} """unterminated .`,
  `${S} ${P} "é😀\u0000\u001f" .`,
  `${S} ${P} "x"@en , "x"@EN-gb , "x" @en , "x"\n@en-a1 .`,
  `${S} ${P} "x"@en-abcdefghi .`,
  `${S} ${P} "x"@abcdefghi .`,
  `${S} ${P} "x"@en- .`,
  `${S} ${P} "x"@1 .`,
  `${S} ${P} "x"@version .`,
  `${S} ${P} "x"@Version .`,
  `${S} ${P} "x"@prefix .`,
  `${S} ${P} <http://a.example/o>@en .`,
  `${S} ${P} "x"^^<http://a.example/t> , "x" ^^ <http://a.example/t> , "x"^^ # c\n<http://a.example/t> .`,
  `${PRE}${S} ${P} "x"^^ex:t , "x"^^ ex:t .`,
  `${S} ${P} "x"^^xsd:string .`,
  `${S} ${P} "x"^^"y" .`,
  `${S} ${P} "x"^^^^<http://a.example/t> .`,
  `${S} ${P} "x"^^ ^^<http://a.example/t> .`,
  `${S} ${P} "x"^<http://a.example/t> .`,
  `${S} ${P} "x"^^_:b .`,
  `${S} ${P} "x"^^<http://a.example/t>@en .`,
  `${S} ${P} "x"@en^^<http://a.example/t> .`,
  `${S} ${P} "x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .`,
  `${S} ${P} "x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString> .`,
  `${S} ${P} "x"^^`,
  `${S} ${P} "x"^^ `,
  `"s" ${P} "x" .`,
  `${S} "p" "x" .`,
  // numbers and booleans
  `${S} ${P} 1 , -1 , +1 , 1.5 , -.5 , .5 , 1. , 1.e3 , 1e3 , 1E-3 , -1.5e+3 , 0 , 007 .`,
  `${S} ${P} 1.`,
  `${S} ${P} 1.5.`,
  `${S} ${P} 1..`,
  `${S} ${P} 1a .`,
  `${S} ${P} 1-2 .`,
  `${S} ${P} +-1 .`,
  `${S} ${P} . .`,
  `${S} ${P} 1e .`,
  `${S} ${P} 1,2 .`,
  `${S} ${P} true , false , true.`,
  `${S} ${P} True .`,
  `${S} ${P} truex .`,
  `${S} ${P} 1@en .`,
  `1 ${P} "x" .`,
  `true ${P} "x" .`,
  // comments and spaces
  `# c\n${S} # c\n${P} # c\n"x" # c\n. # c`,
  `${S} ${P} "x" .# no line end`,
  `${S} ${P} "x" .\r\n${S} ${P} "y" .\r${S} ${P} "z" .\n`,
  `\uFEFF${S} ${P} "x" .`,
  `${S}\t${P}\t"x"\t.`,
  `${S} ${P} "x" .\u00a0`,
  `${S}\u00a0${P} "x" .`,
  `${S} ${P} "x" .\f`,
  '',
  '\n\n',
  '# only a comment',
  // what Turtle has no place for
  `{ ${S} ${P} "x" }`,
  `${S} ${P} { ${S} ${P} "x" } .`,
  `${S} ${P} "x" } .`,
  `GRAPH ${S} { ${S} ${P} "x" }`,
  `${S} ${P} graph .`,
  `@forAll ${S} .`,
  `${S} ${P} ?x .`,
  `${S} = ${S} .`,
  `${S} ${P} "x" ! ${P} .`,
  `${S} ${P} <=.`,
  `${S} ${P} "x" | .`,
  `${S} ${P} "x" > .`,
  // RDF 1.2: read by n3
  `${S} ${P} <<( ${S} ${P} "x" )>> .`,
  `${S} ${P} "a" ; ${P} << ${S} ${P} "x" >> .`,
  `${S} ${P} [ ${P} "a" ; ${P} << ${S} ${P} [] >> ] .`,
  `<< ${S} ${P} "x" >> ${P} "y" .`,
  `${S} ${P} "x" ~ _:r {| ${P} "y" |} .`,
  `${S} ${P} "x" {| ${P} "y" |} .\n_:a ${P} _:b .`,
  `${PRE}_:a ex:p "1" .\n${S} ${P} ( "x" ) , << ex:s ex:p _:a >> ; ex:q [] .\n_:a ex:p "2" .`,
  `VERSION "1.2"\n${S} ${P} "x" .`,
  `@version "1.2" .\n${S} ${P} "x" .`,
  `@version "9" .\n${S} ${P} "x" .`,
  `${S} ${P} "x"@en--ltr , "y"@en--rtl .`,
  `${S} ${P} "x"@en--up .`,
  `${S} ${P} "a" .\n\n${S} ${P} << ${S} ${P} >> .`,
  `${S} ${P} ( "a" )>> .`,
];

describe('TurtleReader against n3', () => {
  it(
    `reads Turtle as n3 does, in the same order, and fails where n3 fails (${CASES.length} cases, ` +
      'each in one piece, cut at every place and in pieces of every size up to 12)',
    () => {
      for (const text of CASES) {
        for (const t of [text, `${text}\n`]) agreeInPieces(t);
      }
    },
  );

  it('keeps the labels written, and gives the nodes without one labels no written label can have', () => {
    const triples = read(`_:x ${P} [ ${P} _:y ] , ( _:z ) .`) as Triple[];
    expect(triples.map(([s, , o]) => `${s} ${o.termType === 'BlankNode' ? `_:${o.value}` : o.value}`)).toEqual([
      '_:.b0 _:y',
      '_:x _:.b0',
      '_:.b1 _:z',
      '_:.b1 http://www.w3.org/1999/02/22-rdf-syntax-ns#nil',
      '_:x _:.b1',
    ]);
  });

  it('gives the subject of a predicate list once, as one string', () => {
    const subjects: string[] = [];
    const reader = new TurtleReader((s) => subjects.push(s));
    reader.write(`${S} ${P} "a" , "b" ; ${P} "c" .\n`);
    reader.end();
    expect(subjects).toHaveLength(3);
    expect(subjects.every((s) => s === subjects[0])).toBe(true);
    expect(subjects[0]).toBe('http://a.example/s');
  });

  const BAD: [string, number, number][] = [
    [`${S} ${P} "a" .\n\n${S} ${P} <x y> .\n`, 3, S.length + P.length + 3],
    [`${S} ${P} "a" .\n  ${S} ${P} "b" ${P} .`, 2, 2 + S.length + P.length + 7],
    [`${PRE}ex:s ex:p nope:o .`, 2, 11],
    [`${S} ${P} """a\nb\nc""" ; ${P} "x\\q" .`, 3, 29],
    [`${S} ${P} "a" ;\n  ${P} "b" ]`, 2, 2 + P.length + 6],
    [`${S} ${P} "x"@abcdefghi .`, 1, S.length + P.length + 6],
    [`${S} ${P} "x"`, 1, S.length + P.length + 6],
    [`\uFEFF${S} ${P} .`, 1, S.length + P.length + 4],
    [`${S} ${P} "x" .\r\n${S} ${P} "y" ,\r\n.`, 3, 1],
    [`@prefix ex: <http://a.example/> .\n@prefix ex <x> .`, 2, 9],
    [`${S} ${P} "a" .\n${S} ${P} << ${S} >> .`, 2, S.length + P.length + 3 + 3 + S.length + 1],
  ];

  it('says where the input is wrong: the line and column of the token', () => {
    for (const [text, line, column] of BAD) {
      for (const pieces of [[], [7], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]]) {
        const error = read(text, pieces);
        expect(error, JSON.stringify(text)).toBeInstanceOf(ParseError);
        expect(
          [(error as ParseError).line, (error as ParseError).column],
          `${JSON.stringify(text)} ${(error as ParseError).message}`,
        ).toEqual([line, column]);
        expect((error as ParseError).message).toMatch(/^turtle: .* \(line \d+, column \d+\)$/);
      }
      // n3 finds it on the same line
      const theirs = n3(text) as Error & { context?: { line?: number } };
      expect(theirs).toBeInstanceOf(Error);
      expect(theirs.context?.line, JSON.stringify(text)).toBe(line);
    }
  });

  it('reads a statement cut into many pieces once, whatever its length', () => {
    const objects = Array.from({ length: 5000 }, (_, i) => `"${i}"`).join(' , ');
    const text = `${S} ${P} ${objects} .\n${S} ${P} """${'long\n'.repeat(3000)}""" .\n`;
    const values: string[] = [];
    const reader = new TurtleReader((_s, _p, o) => values.push(o.value));
    for (let i = 0; i < text.length; i += 100) reader.write(text.slice(i, i + 100));
    reader.end();
    expect(values.length).toBe(5001);
    expect(values.slice(0, 3)).toEqual(['0', '1', '2']);
    expect(values[5000]).toBe('long\n'.repeat(3000));
  });

  it('hands a statement nested deeper than 256 levels to n3 (whose stack is its own), with the same triples', () => {
    for (const depth of [255, 256, 257, 20000]) {
      const text =
        `${S} ${P} "before" .\n${S} ${P} ${'[ <http://a.example/q> '.repeat(depth)}"x"${' ]'.repeat(depth)} , ` +
        `${'( '.repeat(depth)}${')'.repeat(depth)} .\n_:a ${P} [] .\n`;
      agree(text);
      agree(text, [Math.floor(text.length / 3), Math.floor(text.length / 3)]);
    }
  });

  // ---- generated documents ----

  const iriChar = fc.oneof(
    fc.constantFrom('a', 'z', '0', '/', '#', '.', '-', '_', '~', '%', '?', '=', ':'),
    fc.constantFrom('é', '😀'),
  );
  const hexEscape = (c: string) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
  const absoluteIri = fc
    .tuple(fc.array(iriChar, { maxLength: 6 }), fc.boolean())
    .map(
      ([c, esc]) =>
        `<http://x.example/${c.map((ch) => (esc && ch.length === 1 && ch !== '%' ? hexEscape(ch) : ch)).join('')}>`,
    );
  const relativeIri = fc.constantFrom('<>', '<#f>', '<r>', '<../up>', '<./a/b>', '<?q>', '</root>', '<a/../b>');
  const localName = fc.constantFrom('x', 'a.b', 'x-1', '0', '_u', 'é', '\\~q', '%41', 'a:b', '', 'p.q.r', 'true', 'a');
  const prefixName = fc.constantFrom('', 'ex', 'a.b', 'p_1', 'a');
  const pname = fc.tuple(prefixName, localName).map(([p, l]) => `${p}:${l}`);
  const blankLabel = fc.constantFrom('_:b1', '_:x', '_:a.b', '_:0', '_:é');
  const literalChar = fc.oneof(
    fc.constantFrom(
      'a',
      ' ',
      '"',
      "'",
      '\\',
      '\n',
      '\r',
      '\t',
      '<',
      '>',
      '.',
      '#',
      '@',
      '^',
      '_',
      ':',
      ';',
      ',',
      '(',
      ')',
      '[',
      ']',
    ),
    fc.integer({ min: 0xa0, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('😀', 'é'),
  );
  const ECHAR: Record<string, string> = { '"': '\\"', "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  const quoteForm = fc.constantFrom('"', "'", '"""', "'''");
  const stringLiteral = fc
    .tuple(fc.array(literalChar, { maxLength: 8 }), quoteForm, fc.array(fc.nat(3), { maxLength: 8 }))
    .map(([chars, q, how]) => {
      const long = q.length === 3;
      const body = chars
        .map((c, i) => {
          const h = how[i] ?? 0;
          if (h === 1 && c.length === 1) return hexEscape(c);
          const must = c === '\\' || c === q[0] || (!long && (c === '\n' || c === '\r'));
          if (must || (h === 2 && ECHAR[c])) return ECHAR[c] ?? c;
          return c;
        })
        .join('');
      // a long string's last character must not be its quote
      return `${q}${body}${long && body.endsWith(q[0]!) && !body.endsWith(`\\${q[0]}`) ? ' ' : ''}${q}`;
    });
  const space = fc.constantFrom(' ', '  ', '\t', '\n', ' # c\n', '\r\n  ');
  const literal = fc.oneof(
    stringLiteral,
    fc.tuple(stringLiteral, fc.constantFrom('@en', '@nl-BE', '@EN-gb-x1')).map(([s, l]) => s + l),
    fc
      .tuple(stringLiteral, fc.oneof(absoluteIri, pname), fc.constantFrom('', ' '))
      .map(([s, d, sp]) => `${s}^^${sp}${d}`),
    fc.constantFrom('1', '-2', '+3', '1.5', '.5', '-0.0', '1e3', '1.5E-2', 'true', 'false'),
  );
  const iriLike = fc.oneof(absoluteIri, absoluteIri, relativeIri, pname);

  type Node = string;
  const node: fc.Memo<Node> = fc.memo((depth) =>
    depth <= 1
      ? fc.oneof(iriLike, blankLabel, literal)
      : fc.oneof(
          { weight: 4, arbitrary: fc.oneof(iriLike, blankLabel, literal) },
          {
            weight: 1,
            arbitrary: fc.array(node(depth - 1), { maxLength: 3 }).map((items) => `( ${items.join(' ')} )`),
          },
          { weight: 1, arbitrary: predicateObjects(depth - 1).map((po) => `[ ${po} ]`) },
          { weight: 1, arbitrary: fc.constant('[]') },
        ),
  );
  function predicateObjects(depth: number): fc.Arbitrary<string> {
    return fc
      .array(
        fc.tuple(
          fc.oneof(iriLike, iriLike, fc.constant('a')),
          fc.array(node(depth), { minLength: 1, maxLength: 3 }),
          space,
        ),
        { minLength: 1, maxLength: 3 },
      )
      .chain((pos) =>
        fc
          .constantFrom(' ;', ' ; ;', '', ';')
          .map((trail) => pos.map(([p, objects, sp]) => `${p} ${objects.join(` ,${sp}`)}`).join(' ;\n  ') + trail),
      );
  }
  const subject = fc.oneof(
    { weight: 5, arbitrary: fc.oneof(iriLike, blankLabel) },
    { weight: 1, arbitrary: predicateObjects(1).map((po) => `[ ${po} ]`) },
    { weight: 1, arbitrary: fc.constant('[]') },
    {
      weight: 1,
      arbitrary: fc.array(node(2), { minLength: 1, maxLength: 3 }).map((items) => `( ${items.join(' ')} )`),
    },
  );
  const triples = fc.tuple(subject, predicateObjects(3), space).map(([s, po, sp]) => `${s}${sp}${po} .\n`);
  const lonePropertyList = predicateObjects(2).map((po) => `[ ${po} ] .\n`);
  const directive = fc.oneof(
    fc.constantFrom(
      '@prefix ex: <http://x.example/ex#> .\n',
      'PREFIX a.b: <http://x.example/ab/>\n',
      'prefix a: <http://x.example/a/> ',
      '@prefix p_1: <http://x.example/p1/> .\n',
      '@prefix : <http://x.example/empty/> .\n',
    ),
    fc.constantFrom('@base <http://x.example/dir/sub/x> .\n', 'BASE <http://x.example/other/>\n', '@base <../b2/> .\n'),
  );
  const PROLOGUE =
    '@prefix ex: <http://x.example/ex#> .\n@prefix a.b: <http://x.example/ab/> .\n@prefix a: ' +
    '<http://x.example/a/> .\n@prefix p_1: <http://x.example/p1/> .\n@prefix : ' +
    '<http://x.example/empty/> .\n@base <http://x.example/base/> .\n';
  const statement = fc.oneof(
    { weight: 6, arbitrary: triples },
    { weight: 1, arbitrary: lonePropertyList },
    { weight: 1, arbitrary: directive },
    { weight: 1, arbitrary: fc.constantFrom('# a comment\n', '\n') },
  );
  const document = fc
    .array(statement, { minLength: 1, maxLength: 6 })
    .map((statements) => PROLOGUE + statements.join(''));

  it(
    "gives n3's triples in n3's order for generated Turtle (every form: prefixes, " +
      'base, nested blank nodes, collections, strings, numbers), in any pieces',
    () => {
      fc.assert(
        fc.property(document, fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 30 }), (text, pieces) => {
          agree(text, pieces);
        }),
        { numRuns: 300, seed: 20261201 },
      );
    },
  );

  it('fails where n3 fails, and reads what n3 reads, on generated Turtle with one character changed', () => {
    fc.assert(
      fc.property(
        fc.array(statement, { minLength: 1, maxLength: 4 }).map((s) => s.join('')),
        fc.nat(),
        fc.constantFrom(
          '',
          ' ',
          '"',
          "'",
          '<',
          '>',
          '\\',
          '.',
          ';',
          ',',
          '[',
          ']',
          '(',
          ')',
          '\n',
          '@',
          '^',
          '_',
          ':',
          '#',
          'a',
          'u',
          '1',
          '{',
          '\u00a0',
          '~',
        ),
        (body, at, c) => {
          const text = PROLOGUE + body;
          const i = PROLOGUE.length + (at % (body.length + 1));
          const mutated = text.slice(0, i) + c + text.slice(i + 1);
          // n3's statement inside an open blank node property list (`; .` in `[ ]`), which the reader refuses
          if (/;\s*\./.test(mutated) && !(n3(mutated) instanceof Error) && read(mutated) instanceof ParseError) return;
          agree(mutated);
          agree(mutated, [Math.max(1, i - 1), 2]);
        },
      ),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});

describe('Turtle through forEachTriple (bytes and text, Node and Web streams)', () => {
  const text = `@prefix ex: <http://a.example/> .\nex:s ex:p "é😀ß€" , [ ex:q ( 1 2 ) ] .\nex:s ex:p """x\ny""" .\n`;
  const expected = canonical(n3(text) as Triple[]);

  it('reads a Node byte stream cut anywhere, inside a character too', async () => {
    const { Readable } = await import('node:stream');
    const { forEachTriple } = await import('../../src/core/stream/source.js');
    const bytes = Buffer.from(text, 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const triples: Triple[] = [];
      await forEachTriple(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), 'turtle', (s, p, o) =>
        triples.push([s, p, o]),
      );
      expect(canonical(triples)).toEqual(expected);
    }
  });

  it('reads a Web stream of bytes or of text', async () => {
    const { forEachTriple } = await import('../../src/core/stream/source.js');
    const bytes = new TextEncoder().encode(text);
    for (const chunks of [
      [bytes.subarray(0, 40), bytes.subarray(40)],
      [text.slice(0, 33), text.slice(33)],
    ]) {
      const triples: Triple[] = [];
      const stream = new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
      await forEachTriple(stream, 'turtle', (s, p, o) => triples.push([s, p, o]));
      expect(canonical(triples)).toEqual(expected);
    }
  });

  it('rejects bad input with a ParseError that says where, and a bad byte as one too', async () => {
    const { Readable } = await import('node:stream');
    const { forEachTriple } = await import('../../src/core/stream/source.js');
    const bad = `${text}ex:s ex:p ex:o ex:x .\n`;
    const error = await forEachTriple(
      Readable.from([bad.slice(0, 50), bad.slice(50)]),
      'turtle',
      () => undefined,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect([(error as ParseError).line, (error as ParseError).column]).toEqual([5, 16]);
    const bytes = Buffer.from(text, 'utf8');
    const broken = Buffer.concat([bytes.subarray(0, 60), Buffer.from([0xff]), bytes.subarray(60)]);
    await expect(forEachTriple(Readable.from([broken]), 'turtle', () => undefined)).rejects.toBeInstanceOf(ParseError);
  });
});
