/**
 * The answers the command gives without reading data: --version (-V, -v) and --help (-h, `help`, no
 * arguments, or --help after a command). main.ts asks here first and loads the commands (and with
 * them n3, jsonld.js and the profiles) only when there is work to do, so these answer at once.
 */
import { profileCatalog, type ProfileSummary } from '../profiles/catalog.js';
import { helpText, version } from './help.js';
import { isCommand } from './options.js';

/** The text to print for `args` if they ask for the version or for help, otherwise `undefined`. */
export function earlyAnswer(
  args: readonly string[],
  profiles: readonly ProfileSummary[] = profileCatalog,
): string | undefined {
  const [first, ...rest] = args;
  if (first === '--version' || first === '-V' || first === '-v') return `${version()}\n`;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help')
    return helpText(rest[0] ?? 'main', profiles);
  // --help anywhere after a command asks for that command's help, whatever else is there
  if (isCommand(first) && (rest.includes('--help') || rest.includes('-h'))) return helpText(first, profiles);
  return undefined;
}
