/**
 * `profielkit shapes P` and `profielkit context P`: a profile's published artefacts, as the library
 * generates them.
 */
import { parse } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { writeStdout } from '../output.js';
import { profileNamed, type Registry } from '../registry.js';

function oneProfile(command: 'shapes' | 'context', args: readonly string[], registry: Registry) {
  const { positionals } = parse(command, args);
  const [name, extra] = positionals;
  if (name === undefined) throw new UsageError(`${command}: name a profile (${Object.keys(registry).join(', ')})`);
  if (extra !== undefined) throw new UsageError(`${command}: takes one profile, not '${extra}' too`);
  return profileNamed(registry, name);
}

/** Prints a profile's SHACL shapes. */
export async function shapesCommand(args: readonly string[], registry: Registry): Promise<number> {
  await writeStdout(oneProfile('shapes', args, registry).shapes());
  return EXIT.ok;
}

/** Prints a profile's JSON-LD context document. */
export async function contextCommand(args: readonly string[], registry: Registry): Promise<number> {
  await writeStdout(`${JSON.stringify(oneProfile('context', args, registry).contextDocument(), null, 2)}\n`);
  return EXIT.ok;
}
