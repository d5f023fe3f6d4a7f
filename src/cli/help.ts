/**
 * The help texts, made from the command table (options.ts); the profile list comes from the registry's
 * catalog, so a new option or profile shows up here without a line changed.
 */
import { readFileSync } from 'node:fs';
import type { ProfileSummary } from '../profiles/catalog.js';
import {
  COMMAND_NAMES,
  COMMANDS,
  COMMON_OPTIONS,
  EXIT_CODES,
  FORMAT_NOTES,
  INPUT_FORMATS,
  isCommand,
  type CommandName,
  type OptionSpec,
} from './options.js';

/** Help lines are wrapped to this width (a terminal of 100 columns or more shows them whole). */
const WIDTH = 100;

/** The package's version (dist/cli.js sits one level below package.json). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `words` joined by spaces and wrapped to WIDTH: the first line after `lead`, the others after `indent` spaces. */
export function wrapWords(lead: string, words: readonly string[], indent: number): string {
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent);
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** `text` wrapped at word boundaries, as wrapWords does. */
export function wrap(lead: string, text: string, indent: number): string {
  return wrapWords(
    lead,
    text.split(/\s+/u).filter((w) => w !== ''),
    indent,
  );
}

/** How an option is written in a help line: `-p, --profile P`. */
export function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`;
  return option.short === undefined ? long : `-${option.short}, ${long}`;
}

/** How an option is written in a synopsis: `[--lang nl|en]`; a short list of values is spelled out. */
export function optionSynopsis(option: OptionSpec): string {
  const choices = option.choices !== undefined && option.choices.length <= 5 ? option.choices.join('|') : undefined;
  const value = option.value === undefined ? '' : ` ${choices ?? option.value}`;
  return `[--${option.name}${value}]`;
}

/** A command's synopsis in the pieces a line may break between: `profielkit convert`, `[INPUT...|-]`, `[--to T]`. */
export function synopsisWords(command: CommandName): string[] {
  const spec = COMMANDS[command];
  return [`profielkit ${command}`, spec.operands, ...spec.options.map(optionSynopsis)];
}

/** A command's synopsis on one line. */
export function synopsis(command: CommandName): string {
  return synopsisWords(command).join(' ');
}

function optionLines(options: readonly OptionSpec[]): string {
  const column = Math.max(...options.map((o) => optionLabel(o).length)) + 4;
  return options.map((o) => wrap(`  ${optionLabel(o)}`.padEnd(column), o.help, column)).join('\n');
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((p) => wrap('', p, 0))
    .join('\n');
}

function profileList(registry: readonly ProfileSummary[]): string {
  return registry
    .map((p) => `  ${p.name.padEnd(22)}${p.title}${p.readsJson ? ' (also reads its JSON)' : ''}`)
    .join('\n');
}

function formatsText(): string {
  const lines = INPUT_FORMATS.map((f) => `  ${f.padEnd(10)}${FORMAT_NOTES[f]}`);
  const head = 'Input formats (--from; by default from the extension):';
  return `${head}\n${lines.join('\n')}\nStandard input (- or no INPUT) needs --from.`;
}

function exitCodesText(): string {
  return `Exit codes:\n${EXIT_CODES.map((e) => wrap(`  ${String(e.code).padStart(2)} `, e.meaning, 5)).join('\n')}`;
}

function commandHelp(command: CommandName, registry: readonly ProfileSummary[]): string {
  const spec = COMMANDS[command];
  const usage = `Usage: profielkit ${command} ${spec.operands}${spec.options.length > 0 ? ' [options]' : ''}`;
  const parts = [usage, spec.summary];
  parts.push(`Options:\n${optionLines([...spec.options, ...COMMON_OPTIONS])}`);
  if (spec.notes !== undefined) parts.push(paragraphs(spec.notes));
  if (spec.listsProfiles === true) parts.push(`Profiles:\n${profileList(registry)}`);
  if (spec.listsFormats === true) parts.push(formatsText(), exitCodesText());
  return `${parts.join('\n\n')}\n`;
}

/** Help texts by command; anything else (`main`) is the overview. */
export function helpText(command: string, registry: readonly ProfileSummary[]): string {
  if (isCommand(command)) return commandHelp(command, registry);
  const usage = COMMAND_NAMES.map((c) => {
    const spec = COMMANDS[c];
    if (spec.options.length > 0) return wrapWords('  ', synopsisWords(c), 6);
    return `  ${synopsis(c).padEnd(24)}${spec.summary}`;
  });
  return `profielkit ${version()}: public-sector records as linked data

Usage:
${usage.join('\n')}
  ${'profielkit --version'.padEnd(24)}Prints the version (also -V).
  profielkit <command> --help

Profiles:
${profileList(registry)}

${exitCodesText()}
`;
}
