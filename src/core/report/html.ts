/**
 * The printable report: one self-contained HTML file (its style inline, no script, nothing loaded),
 * with the file's name, the date and time, profielkit's version, the profile, the verdict, the counts
 * per rule and the findings. Printed ("print to PDF") it gives a clean document.
 */
import type { StewardReport } from './findings.js';
import { REPORT_WORDS, severityCount, when } from './words.js';
import type { Severity } from '../validate/types.js';

const SEVERITIES: readonly Severity[] = ['Violation', 'Warning', 'Info'];

function esc(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );
}

const STYLE = `
body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif;color:#1b1f24}
body{margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem}h3{font-size:1rem;margin:1rem 0 .25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.fails{color:#a3161b}.conforms{color:#1d6b2f}.nothing{color:#7a4a00}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #c9d1da;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}td.n{text-align:right}
code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;overflow-wrap:anywhere}
.detail{color:#4a5360;font-size:.8rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** A table row of cells (HTML already escaped). */
function tr(cells: readonly string[], tag: 'td' | 'th' = 'td'): string {
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
}

/** The HTML of a report; `limit` findings per rule at most (default: all). */
export function reportHtml(report: StewardReport, options: { readonly limit?: number } = {}): string {
  const w = REPORT_WORDS[report.lang];
  const c = w.columns;
  const total: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };
  for (const v of report.verdicts) for (const s of SEVERITIES) total[s] += v.counts[s];
  const out: string[] = [];
  out.push(
    `<!doctype html><html lang="${report.lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
  );
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  out.push(`<title>${esc(w.title)}: ${esc(report.file)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<h1>${esc(w.title)}</h1><dl>`);
  out.push(`<dt>${esc(w.file)}</dt><dd><code>${esc(report.file)}</code></dd>`);
  out.push(`<dt>${esc(w.checkedOn)}</dt><dd>${esc(when(w, report.date))}</dd>`);
  out.push(`<dt>${esc(w.version)}</dt><dd>${esc(report.version)}</dd>`);
  out.push(`<dt>${esc(w.profile)}</dt><dd>${esc(report.verdicts.map((v) => v.profile).join(', '))}</dd>`);
  out.push(
    `<dt>${esc(w.verdict)}</dt><dd>`,
    report.verdicts.map((v) => `<strong class="${v.state}">${esc(v.text)}</strong>`).join('<br>'),
    '</dd>',
  );
  out.push(
    `<dt></dt><dd>${SEVERITIES.map((s) => esc(severityCount(w, s, total[s]))).join(' · ')}`,
    ` · ${esc(w.records(report.records))}</dd></dl>`,
  );
  out.push(`<h2>${esc(w.overview)}</h2>`);
  if (report.groups.length === 0) out.push(`<p>${esc(w.noFindings)}</p>`);
  else {
    out.push(`<table><thead>${tr([esc(c.rule), esc(c.severity), esc(c.record)], 'th')}</thead><tbody>`);
    for (const g of report.groups)
      out.push(tr([esc(g.title), esc(w.severity[g.severity][0]), esc(w.affected(g.records, g.findings.length))]));
    out.push('</tbody></table>');
  }
  for (const v of report.verdicts)
    if (v.notShown > 0) out.push(`<p>${esc(v.profile)}: ${esc(w.notShown(v.notShown))}</p>`);
  if (report.groups.length > 0) out.push(`<h2>${esc(w.findings)}</h2>`);
  for (const g of report.groups) {
    out.push(`<h3>${esc(g.title)} (${esc(w.affected(g.records, g.findings.length))})</h3>`);
    out.push(`<table><thead>${tr([c.record, c.field, c.problem, c.value, c.where].map(esc), 'th')}</thead><tbody>`);
    const shown = options.limit === undefined ? g.findings : g.findings.slice(0, options.limit);
    for (const f of shown) {
      out.push(
        tr([
          `<code>${esc(f.record)}</code>`,
          `<code>${esc(f.field)}</code>`,
          `${esc(f.problem)}${f.detail === '' ? '' : `<div class="detail">${esc(f.detail)}</div>`}`,
          `<code>${esc(f.value)}</code>`,
          esc(f.where),
        ]),
      );
    }
    out.push('</tbody></table>');
    if (shown.length < g.findings.length) out.push(`<p>${esc(w.moreInGroup(g.findings.length - shown.length))}</p>`);
  }
  out.push('</body></html>\n');
  return out.join('\n');
}
