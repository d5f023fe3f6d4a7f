/** The lines around a syntax error, with a caret under its column, as a steward sees it in the report. */

/**
 * `  3 | t:status ]`, with the lines before and after it and a `^` under `column` (1-based); `around`
 * lines each side. Long lines are cut around the column, so that the caret stays in view.
 */
export function codeFrame(text: string, line: number, column: number | undefined, around = 2): string {
  const lines = text.split(/\r?\n/u);
  const first = Math.max(1, line - around);
  const last = Math.min(lines.length, line + around);
  const width = String(last).length;
  const out: string[] = [];
  const cut = column !== undefined && column > 100 ? column - 60 : 0;
  for (let n = first; n <= last; n++) {
    const full = lines[n - 1] ?? '';
    const shown = (cut > 0 ? `…${full.slice(cut, cut + 160)}` : full.slice(0, 160)).replace(/\t/gu, ' ');
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown}`);
    if (n === line && column !== undefined)
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1 - cut + (cut > 0 ? 1 : 0)))}^`);
  }
  return out.join('\n');
}
