/**
 * Argument parsing with Node's util.parseArgs, configured from the command table (options.ts): every
 * mistake (an unknown option, a missing value, a value outside its list) is a UsageError, exit 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { COMMANDS, COMMON_OPTIONS, type CommandName } from './options.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs' configuration of a command's options (and those every command takes). */
export function parseConfig(command: CommandName): Options {
  const options: Options = {};
  for (const o of [...COMMANDS[command].options, ...COMMON_OPTIONS]) {
    options[o.name] = {
      type: o.value === undefined ? 'boolean' : 'string',
      ...(o.short === undefined ? {} : { short: o.short }),
      ...(o.multiple === true ? { multiple: true } : {}),
    };
  }
  return options;
}

/** What a command gets: its positionals and its options by name. */
export interface Parsed {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

/** Parses a command's arguments; a lone `-` is a positional (standard input). */
export function parse(command: CommandName, args: readonly string[]): Parsed {
  try {
    const options = parseConfig(command);
    const { positionals, values } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { positionals, values: values as Parsed['values'] };
  } catch (error) {
    // parseArgs says "Unknown option '--x'. To specify a positional argument starting with a '-', ...";
    // keep the first sentence
    const message = error instanceof Error ? (error.message.split(/(?<=\.) /u)[0] ?? error.message) : String(error);
    throw new UsageError(`${command}: ${message.replace(/\.$/u, '')}; see profielkit ${command} --help`);
  }
}

/** A string option's value, if given. */
export function stringOption(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A string option whose value must be one of `allowed`. */
export function choiceOption<T extends string>(
  command: string,
  parsed: Parsed,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v))
    throw new UsageError(`${command}: --${name} must be one of ${allowed.join(', ')}, not '${v}'`);
  return v as T;
}

/** A boolean option. */
export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** An option whose value must be a whole number of at least 1. */
export function countOption(command: string, parsed: Parsed, name: string): number | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  if (!/^[1-9]\d*$/u.test(v) || !Number.isSafeInteger(Number(v)))
    throw new UsageError(`${command}: --${name} must be a whole number of at least 1, not '${v}'`);
  return Number(v);
}
