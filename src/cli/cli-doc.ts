/**
 * docs/cli.md's reference sections and the README's synopsis, made from the command table (options.ts)
 * as `--help` is. `npm run docs:cli` writes them between their markers; test/cli/options-doc.test.ts
 * fails while a file holds another text. Not part of the command: nothing in dist/ imports it.
 */
import type { ProfileSummary } from '../profiles/catalog.js';
import { optionLabel, synopsisWords, wrap, wrapWords } from './help.js';
import {
  COMMAND_NAMES,
  COMMANDS,
  COMMON_OPTIONS,
  EXIT_CODES,
  FORMAT_NOTES,
  INPUT_FORMATS,
  type OptionSpec,
} from './options.js';

/** A table cell: `|` would end it. */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|');
}

function optionTable(options: readonly OptionSpec[]): string {
  const rows = options.map((o) => {
    const meaning = o.more === undefined ? o.help : `${o.help}. ${o.more}`;
    return `| \`${cell(optionLabel(o))}\` | ${cell(meaning)} |`;
  });
  return ['| option | meaning |', '|---|---|', ...rows].join('\n');
}

/** The synopsis of every command, as a code block. */
export function synopsisBlock(): string {
  const lines = COMMAND_NAMES.map((c) => wrapWords('', synopsisWords(c), 4));
  return ['```', ...lines, 'profielkit --help | --version (-V), and profielkit <command> --help', '```'].join('\n');
}

/** The exit codes, as a table. */
export function exitCodesTable(): string {
  return ['| exit | meaning |', '|---|---|', ...EXIT_CODES.map((e) => `| \`${e.code}\` | ${cell(e.meaning)} |`)].join(
    '\n',
  );
}

/** The reference of every command: its synopsis, options and notes; the input formats; the exit codes. */
export function commandReference(profiles: readonly ProfileSummary[]): string {
  const parts: string[] = [];
  for (const name of COMMAND_NAMES) {
    const spec = COMMANDS[name];
    parts.push(`### ${name}`, `\`\`\`\n${wrapWords('', synopsisWords(name), 4)}\n\`\`\``, spec.summary);
    if (spec.options.length > 0) parts.push(optionTable(spec.options));
    if (spec.notes !== undefined) parts.push(...spec.notes.split('\n').map((p) => wrap('', p, 0)));
    if (spec.listsProfiles === true) parts.push(`P is one of ${profiles.map((p) => `\`${p.name}\``).join(', ')}.`);
  }
  parts.push('### Options of every command', optionTable(COMMON_OPTIONS));
  const formats = INPUT_FORMATS.map((f) => `| \`${f}\` | ${cell(FORMAT_NOTES[f])} |`);
  parts.push('### Input formats', 'By default from the extension; standard input (`-`, or no INPUT) needs `--from`.');
  parts.push(['| `--from` | what |', '|---|---|', ...formats].join('\n'));
  parts.push('### Exit codes', exitCodesTable(), 'With several inputs the worst one counts.');
  return parts.join('\n\n');
}

/** The generated blocks, by the name their markers give. */
export function generatedBlocks(profiles: readonly ProfileSummary[]): Readonly<Record<string, string>> {
  return { synopsis: synopsisBlock(), 'exit-codes': exitCodesTable(), reference: commandReference(profiles) };
}

const MARKER = /<!-- generated: ([a-z-]+) \(npm run docs:cli\) -->\n[\s\S]*?<!-- \/generated -->/gu;

/** `text` with every generated block replaced by what the table makes now (unknown names are kept). */
export function withGeneratedBlocks(text: string, profiles: readonly ProfileSummary[]): string {
  const blocks = generatedBlocks(profiles);
  return text.replace(MARKER, (whole, name: string) => {
    const block = blocks[name];
    if (block === undefined) return whole;
    return `<!-- generated: ${name} (npm run docs:cli) -->\n${block}\n<!-- /generated -->`;
  });
}

/** The names of the generated blocks `text` holds. */
export function generatedBlockNames(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1] ?? '');
}
