/**
 * Progress on standard error for long runs: only when standard error is a terminal (never in piped
 * or redirected output, which scripts read), only for inputs over a few MB, at most every 200 ms,
 * and never with --quiet. PROFIELKIT_FORCE_PROGRESS=1 shows it regardless of terminal and size
 * (documented, so that the terminal path can be tested and demonstrated).
 */

/** Inputs smaller than this load in well under a second: no progress for them. */
export const PROGRESS_THRESHOLD = 4 * 1024 * 1024;
const INTERVAL_MS = 200;

export type Unit = 'bytes' | 'triples' | 'records';

/** Receives counts as work proceeds; prints some of them. */
export interface Progress {
  /** a phase starts (its rate is measured from here); says so when the phase may be long */
  begin(phase: string): void;
  /** a running count in the current phase (`reading x.ttl`, `parsing`) */
  update(phase: string, count: number, unit: Unit): void;
  /** a phase ended: prints its total and rate */
  finish(phase: string, count: number, unit: Unit): void;
  /** the size of the input became known: turns progress on for a big one */
  sized(bytes: number): void;
}

const quiet: Progress = { begin() {}, update() {}, finish() {}, sized() {} };

/** The language of the progress lines: the command's --lang where it has one. */
export type ProgressLang = 'nl' | 'en';

/** A triple is a statement ("uitspraak") to a Dutch reader who never met RDF. */
const UNITS: Readonly<Record<ProgressLang, Readonly<Record<Exclude<Unit, 'bytes'>, string>>>> = {
  nl: { triples: 'uitspraken', records: 'records' },
  en: { triples: 'triples', records: 'records' },
};

/** The phases the commands name, in Dutch ("reading x.ttl" -> "x.ttl inlezen"). */
function phaseIn(lang: ProgressLang, phase: string): string {
  if (lang === 'en') return phase;
  const reading = /^reading (.+)$/u.exec(phase);
  if (reading) return `${reading[1] as string} inlezen`;
  const against = /^validating against (.+)$/u.exec(phase);
  if (against) return `controleren tegen ${against[1] as string}`;
  const writing = /^writing (.+)$/u.exec(phase);
  if (writing) return `${writing[1] as string} schrijven`;
  const words: Record<string, string> = {
    validating: 'controleren',
    parsing: 'inlezen',
    'parsing JSON-LD': 'JSON-LD inlezen',
    'converting JSON': 'JSON omzetten',
    converting: 'omzetten',
  };
  return words[phase] ?? phase;
}

function amount(count: number, unit: Unit, lang: ProgressLang): string {
  const locale = lang === 'nl' ? 'nl-BE' : 'en-US';
  if (unit === 'bytes')
    return `${(count / 1024 / 1024).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
  return `${count.toLocaleString(locale)} ${UNITS[lang][unit]}`;
}

function rate(count: number, unit: Unit, ms: number, lang: ProgressLang): string {
  const perSecond = ms > 0 ? (count * 1000) / ms : 0;
  return `${amount(unit === 'bytes' ? perSecond : Math.round(perSecond), unit, lang)}/s`;
}

/** Whether progress may be shown at all in this process. */
export function progressWanted(isQuiet: boolean): { readonly wanted: boolean; readonly forced: boolean } {
  const forced = process.env['PROFIELKIT_FORCE_PROGRESS'] === '1';
  return { wanted: !isQuiet && (forced || process.stderr.isTTY === true), forced };
}

/** A progress reporter; a silent one unless progress is wanted. */
export function createProgress(isQuiet: boolean, lang: ProgressLang = 'en'): Progress {
  const { wanted, forced } = progressWanted(isQuiet);
  if (!wanted) return quiet;
  const tty = process.stderr.isTTY === true;
  let big = forced;
  let phaseStart = Date.now();
  let currentPhase = '';
  let last = 0;
  const write = (line: string, final: boolean) => {
    // on a terminal one line is rewritten in place; elsewhere (forced) every line stands alone
    if (tty) process.stderr.write(`\r\x1b[K${line}${final ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
  const startPhase = (phase: string) => {
    if (phase !== currentPhase) {
      currentPhase = phase;
      phaseStart = Date.now();
    }
  };
  return {
    begin(phase) {
      currentPhase = '';
      startPhase(phase);
      if (big) write(`${phaseIn(lang, phase)}…`, false);
    },
    sized(bytes) {
      if (bytes > PROGRESS_THRESHOLD) big = true;
    },
    update(phase, count, unit) {
      startPhase(phase);
      if (unit === 'bytes' && count > PROGRESS_THRESHOLD) big = true;
      const now = Date.now();
      if (!big || now - last < INTERVAL_MS) return;
      last = now;
      write(
        `${phaseIn(lang, phase)}: ${amount(count, unit, lang)} (${rate(count, unit, now - phaseStart, lang)})`,
        false,
      );
    },
    finish(phase, count, unit) {
      startPhase(phase);
      if (!big) return;
      const ms = Date.now() - phaseStart;
      const seconds = (ms / 1000).toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-US', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      write(
        `${phaseIn(lang, phase)}: ${amount(count, unit, lang)} in ${seconds} s (${rate(count, unit, ms, lang)})`,
        true,
      );
      currentPhase = '';
    },
  };
}
