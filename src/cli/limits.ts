/**
 * `--limit NAME=N` (repeatable): raises or lowers one of the library's input limits, named as the
 * library's LimitError names it (`maxKeys`, `maxGraphs`, `maxContextWork`, `maxDepth`).
 */
import type { Parsed } from './args.js';
import { UsageError } from './errors.js';

export const LIMIT_NAMES = ['maxKeys', 'maxGraphs', 'maxContextWork', 'maxDepth'] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];
export type Limits = Partial<Record<LimitName, number>>;

/** The `--limit` options given, checked. */
export function limitsOption(command: string, parsed: Parsed): Limits {
  const given = parsed.values.limit;
  const list = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  const limits: Limits = {};
  for (const item of list) {
    const match = /^([A-Za-z]+)=([1-9]\d*)$/u.exec(item);
    const name = match?.[1] as LimitName | undefined;
    if (
      !match ||
      name === undefined ||
      !(LIMIT_NAMES as readonly string[]).includes(name) ||
      !Number.isSafeInteger(Number(match[2]))
    ) {
      throw new UsageError(
        `${command}: --limit takes NAME=N with NAME one of ${LIMIT_NAMES.join(', ')}` +
          ` and N a whole number of at least 1, not '${item}'`,
      );
    }
    limits[name] = Number(match[2]);
  }
  return limits;
}
