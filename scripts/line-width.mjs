// Fails when a line of the tracked sources is longer than 120 characters (CONTRIBUTING's house style; issue 25).
// Biome formats to that width but cannot break a comment, a string or a regular expression literal, so this
// check holds what the formatter leaves. `npm run lint` runs it after `biome ci`.
// Characters are code points: an emoji in a test string is one character, as an editor's ruler counts it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX = 120;
const root = fileURLToPath(new URL('..', import.meta.url));

// the files Biome formats (biome.jsonc's files.includes), less what is not ours to wrap
const INCLUDED = /^(?:src|test|web|bench|scripts|examples)\/.*\.(?:ts|tsx|mjs)$|^[^/]+\.(?:ts|mjs)$/u;
const EXCLUDED = /^(?:test\/fixtures|test\/w3c-shacl|test\/w3c-rdf|web\/dist)\//u;

/**
 * Lines allowed to run longer, each with why. `file` is a path or a pattern of paths; `line`, when given, a pattern
 * the long line must match (without it, every line of the file is allowed). Keep this list short: wrap a comment,
 * split a string with `+`, build a long regular expression from pieces; an exception is for what cannot be split.
 */
const EXCEPTIONS = [];

const fileMatches = (pattern, file) => (typeof pattern === 'string' ? pattern === file : pattern.test(file));
const allowed = (file, text) =>
  EXCEPTIONS.some((e) => fileMatches(e.file, file) && (e.line === undefined || e.line.test(text)));

const listed = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mjs'], { cwd: root, encoding: 'utf8' });
// a file in a merge conflict is listed once for each of its stages: a Set checks it once
const files = [...new Set(listed.split('\0'))].filter((f) => INCLUDED.test(f) && !EXCLUDED.test(f));

const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    // a file deleted in the work tree but not yet in the index: nothing to check
    if (error.code === 'ENOENT') continue;
    throw error;
  }
  text.split(/\r?\n/u).forEach((line, i) => {
    const length = [...line].length;
    if (length > MAX && !allowed(file, line)) long.push(`${file}:${i + 1}: ${length} characters`);
  });
}

if (long.length > 0) {
  process.stderr.write(
    `${long.join('\n')}\n${long.length} line${long.length === 1 ? '' : 's'} over ${MAX} characters ` +
      '(wrap the comment, split the string with +, or name the exception in scripts/line-width.mjs with why)\n',
  );
  process.exit(1);
}
console.log(`line width: ${files.length} files, no line over ${MAX} characters`);
