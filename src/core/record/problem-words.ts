/**
 * The problems a JSON conversion finds, in Dutch: the walk writes them in English (the command's
 * `convert` and the typed errors keep that), and a report in Dutch says them in Dutch. One table,
 * pattern by pattern, of every message the walk writes (record/walk.ts); a message it does not know
 * is left as written.
 */

const DUTCH: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [
    /^a JSON string that holds the (object|list), not the \1 itself; read as the \1 it holds$/u,
    (w) =>
      `een JSON-tekst die ${w === 'list' ? 'de lijst' : 'het object'} bevat in plaats van ` +
      `${w === 'list' ? 'de lijst' : 'het object'} zelf; gelezen als wat hij bevat`,
  ],
  [
    /^([01]) where true or false belongs; read as (true|false)$/u,
    (v, b) => `${v} waar true of false hoort; gelezen als ${b}`,
  ],
  [
    /^the string (".*") where an integer belongs; read as (.*)$/u,
    (s, n) => `de tekst ${s} waar een geheel getal hoort; gelezen als ${n}`,
  ],
  [/^expected an absolute IRI, got (.*)$/u, (v) => `verwacht een volledige IRI (met https://), gevonden ${v}`],
  [
    /^expected the id \(a UUID\) of a (\S+), got (.*)$/u,
    (c, v) => `verwacht de id (een UUID) van een ${c}, gevonden ${v}`,
  ],
  [/^expected an object \(a (\S+)\), got (.*)$/u, (c, v) => `verwacht een object (een ${c}), gevonden ${v}`],
  [/^(\S+) has no field (\S+); it has (.*)$/u, (c, f, k) => `${c} heeft geen veld ${f}; wel: ${k}`],
  [
    /^(\S+) and (\S+) are the same field; give it once$/u,
    (a, b) => `${a} en ${b} zijn hetzelfde veld; geef het één keer`,
  ],
  [/^is required \(cardinality [^)]*\) but missing$/u, () => 'is verplicht maar ontbreekt'],
  [
    /^is null; leave an optional property out instead$/u,
    () => 'is null; laat een optioneel veld weg in plaats van null te geven',
  ],
  [/^expected a list \(cardinality [^)]*\), got (.*)$/u, (t) => `verwacht een lijst, gevonden: ${t}`],
  [/^takes one value \(cardinality [^)]*\), got a list$/u, () => 'neemt één waarde, gevonden: een lijst'],
  [
    /^needs at least one value \(cardinality 1\.\.\*\), got an empty list$/u,
    () => 'vereist minstens één waarde, gevonden: een lege lijst',
  ],
];

/** A conversion problem's message in the language asked (Dutch from the table; English as written). */
export function problemMessage(message: string, lang: 'nl' | 'en'): string {
  if (lang === 'en') return message;
  for (const [pattern, dutch] of DUTCH) {
    const m = pattern.exec(message);
    if (m) return dutch(...m.slice(1).map((g) => g ?? ''));
  }
  return message;
}
