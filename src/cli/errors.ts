/**
 * Exit codes, and how a failure is told to the user: one line on standard error that says where
 * (`file:line:column: message` or `file: json.path: message`), a stack only with --debug.
 */
import {
  InputFileError,
  JsonInputError,
  LimitError,
  ParseError,
  ProfielkitError,
  RemoteContextError,
} from '../core/errors.js';
import { failureWords } from '../core/report/failure-words.js';

/** The command's exit codes; scripts rely on them. */
export const EXIT = {
  /** done, or the data conforms */
  ok: 0,
  /** validation found violations */
  violations: 1,
  /** a usage error, or input that cannot be read */
  error: 2,
  /**
   * `validate` with a profile (or shapes) named: no node of its classes, so nothing was checked. Not
   * 0: a CI job must not pass on data it never checked (`--allow-empty` makes it 0)
   */
  nothingChecked: 3,
  /**
   * a bug of profielkit's (or of a library it uses) that no input should cause: EX_SOFTWARE of sysexits.h,
   * never mistaken for "violations"
   */
  internal: 70,
} as const;

/** The command was called wrongly (an unknown option, a missing argument, an unknown profile). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file could not be read or written (a missing file, a missing directory); carries the name to show. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    /** the message in each language, where it is known before the command's --lang is */
    readonly words?: Readonly<Record<'nl' | 'en', string>>,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/**
 * The one line that describes an error that happened while handling `file`: in the language asked
 * (`lang`, where the command has one) for the failures that have words of their own (a limit passed,
 * a context on the internet); the others say it as the library does.
 */
export function describeError(error: unknown, file: string | undefined, lang?: 'nl' | 'en'): string {
  const where = file ?? 'profielkit';
  if (lang !== undefined && error instanceof InputFileError)
    return `${error.path}: ${failureWords(error, lang, 'command').main}`;
  if (lang !== undefined && (error instanceof LimitError || error instanceof RemoteContextError)) {
    const path = error instanceof LimitError && error.path !== undefined ? `${error.path || '(document)'}: ` : '';
    return `${where}: ${path}${failureWords(error, lang, 'command').main}`;
  }
  if (error instanceof ParseError) {
    // ParseError's message ends with the position; on the command line it goes in front
    const position =
      error.line === undefined ? '' : error.column === undefined ? `:${error.line}` : `:${error.line}:${error.column}`;
    return `${where}${position}: ${error.format}: ${error.detail}`;
  }
  // the message already starts with the JSON path
  if (error instanceof JsonInputError) return `${where}: ${error.message}`;
  if (error instanceof FileError)
    return `${error.file}: ${lang !== undefined && error.words ? error.words[lang] : error.message}`;
  // the message already starts with the file's name
  if (error instanceof InputFileError) return `${error.path}: ${error.detail}`;
  if (error instanceof ProfielkitError) return `${where}: ${error.message}`;
  if (error instanceof UsageError) return `profielkit: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${where}: internal error: ${message.split('\n')[0] ?? ''}`;
}

/** Whether an error is profielkit's own (expected on bad input) rather than a bug. */
export function isExpected(error: unknown): boolean {
  return error instanceof ProfielkitError || error instanceof FileError || error instanceof UsageError;
}

/** The exit code for a failure: bad input or usage is 2; anything else is a bug, 70. */
export function exitCodeOf(error: unknown): number {
  return isExpected(error) ? EXIT.error : EXIT.internal;
}

/** Writes the error line (with --debug or for an internal error, a hint or the stack); `lang`: see describeError. */
export function reportError(error: unknown, file: string | undefined, debug: boolean, lang?: 'nl' | 'en'): void {
  // on a terminal a progress line may be open: clear it rather than append to it
  const clear = process.stderr.isTTY ? '\r\x1b[K' : '';
  process.stderr.write(`${clear}${describeError(error, file, lang)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else if (!isExpected(error))
    process.stderr.write('profielkit: this is a bug; run again with --debug for the stack trace\n');
}
