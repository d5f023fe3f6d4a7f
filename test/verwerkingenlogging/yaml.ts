// Just enough YAML to read the components of the Inzage API's OpenAPI document (block mappings and
// sequences, plain and quoted scalars, comments, folded continuation lines); no YAML parser is a
// dependency of profielkit, and this test must read the document itself rather than a transcription.
type Yaml = string | Yaml[] | { [key: string]: Yaml };

interface Line {
  readonly indent: number;
  readonly text: string;
}

const KEY = /^([A-Za-z0-9_$'/{}.+-]+):(?:\s+(.*))?$/u;

function scalar(raw: string): Yaml {
  const v = raw.trim();
  if (v === '[]') return [];
  if ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"'))) return v.slice(1, -1);
  return v;
}

function block(lines: Line[], start: number, indent: number): [Yaml, number] {
  const first = lines[start];
  if (first?.text.startsWith('- ')) return sequence(lines, start, indent);
  return mapping(lines, start, indent);
}

function mapping(lines: Line[], start: number, indent: number): [Yaml, number] {
  const out: Record<string, Yaml> = {};
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent && !lines[i]!.text.startsWith('- ')) {
    const m = KEY.exec(lines[i]!.text);
    if (!m) throw new Error(`yaml: cannot read line ${JSON.stringify(lines[i]!.text)}`);
    const key = scalar(m[1]!) as string;
    i++;
    if (m[2] !== undefined && m[2] !== '') {
      out[key] = scalar(m[2]);
      while (i < lines.length && lines[i]!.indent > indent) i++; // a folded continuation of the scalar
      continue;
    }
    const next = lines[i];
    if (next && (next.indent > indent || (next.indent === indent && next.text.startsWith('- ')))) {
      const [value, after] = block(lines, i, next.indent);
      out[key] = value;
      i = after;
    } else out[key] = '';
  }
  return [out, i];
}

function sequence(lines: Line[], start: number, indent: number): [Yaml, number] {
  const out: Yaml[] = [];
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent && lines[i]!.text.startsWith('- ')) {
    const content = lines[i]!.text.slice(2);
    if (KEY.test(content)) {
      // `- key: value` opens a mapping two columns further in
      const copy = [...lines];
      copy[i] = { indent: indent + 2, text: content };
      const [value, after] = mapping(copy, i, indent + 2);
      out.push(value);
      i = after;
    } else {
      out.push(scalar(content));
      i++;
    }
  }
  return [out, i];
}

/** Parses the block-style YAML subset above. */
export function parseYaml(text: string): Yaml {
  const lines: Line[] = text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map((l) => ({ indent: l.length - l.trimStart().length, text: l.trim() }));
  return block(lines, 0, 0)[0];
}
