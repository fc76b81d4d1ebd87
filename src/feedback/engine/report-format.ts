/**
 * The report as a terminal table or as one self-contained HTML page (inline
 * CSS and SVG, no scripts, no external assets) that editors can open from disk
 * or attach to a mail. Every reader-written string is escaped: comments and
 * queries are untrusted text.
 */
import type { Report } from './report.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

const reasonsText = (reasons: Record<string, number | undefined>): string =>
  Object.entries(reasons)
    .map(([reason, count]) => `${reason} ${count ?? 0}`)
    .join(', ');

/** Plain columns for a terminal; long titles are not cut, so a file path can be copied whole. */
export function formatTable(report: Report): string {
  const lines = [`Feedback ${report.since.slice(0, 10)} – ${report.until.slice(0, 10)}`, '', 'Pages (least helpful first)'];
  if (report.articles.length === 0) lines.push('  no votes');
  for (const row of report.articles) {
    lines.push(`  ${String(row.helpful).padStart(3)}%  yes ${row.yes}  no ${row.no}  ${row.locale}  ${row.target === 'outcome' ? 'troubleshooter ' : ''}${row.slug}  ${row.file ?? '(not in this build)'}`);
    if (Object.keys(row.reasons).length > 0) lines.push(`        reasons: ${reasonsText(row.reasons)}`);
    for (const comment of row.comments) lines.push(`        “${comment.text.replace(/\s+/g, ' ')}” (${comment.at.slice(0, 10)})`);
  }
  lines.push('', 'Searches without results');
  if (report.searches.length === 0) lines.push('  none');
  for (const row of report.searches) {
    const suggestions = row.suggestions.map((suggestion) => suggestion.slug).join(', ');
    lines.push(`  ${String(row.count).padStart(4)}  ${row.locale}  ${row.query}${suggestions ? `  → ${suggestions}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const CHART_HEIGHT = 160;

/** Stacked bars per day: "no" in red at the bottom, where a rise is easiest to see. */
function chart(report: Report): string {
  const max = Math.max(1, ...report.days.map((day) => day.yes + day.no));
  const width = Math.max(1, report.days.length) * 12;
  const bars = report.days
    .map((day, index) => {
      const x = index * 12 + 1;
      const noHeight = (day.no / max) * CHART_HEIGHT;
      const yesHeight = (day.yes / max) * CHART_HEIGHT;
      return (
        `<g><title>${day.day}: yes ${day.yes}, no ${day.no}</title>` +
        `<rect class="no" x="${x}" y="${(CHART_HEIGHT - noHeight).toFixed(1)}" width="10" height="${noHeight.toFixed(1)}"/>` +
        `<rect class="yes" x="${x}" y="${(CHART_HEIGHT - noHeight - yesHeight).toFixed(1)}" width="10" height="${yesHeight.toFixed(1)}"/></g>`
      );
    })
    .join('');
  return `<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${CHART_HEIGHT}" width="100%" height="${CHART_HEIGHT}" preserveAspectRatio="none"><title id="chart-title">Votes per day, ${escapeHtml(report.since.slice(0, 10))} to ${escapeHtml(report.until.slice(0, 10))}; at most ${max} a day</title>${bars}</svg>`;
}

export function formatHtml(report: Report): string {
  const articleRows = report.articles
    .map(
      (row) =>
        `<tr><td lang="${row.locale}">${row.url ? `<a href="${escapeHtml(row.url)}">${escapeHtml(row.title ?? row.slug)}</a>` : escapeHtml(row.slug)}<br><small>${row.locale} · ${row.target} · ${escapeHtml(row.slug)}</small></td>` +
        `<td class="n">${row.yes}</td><td class="n">${row.no}</td><td class="n">${row.helpful}%</td>` +
        `<td>${escapeHtml(reasonsText(row.reasons))}</td>` +
        `<td lang="${row.locale}">${row.comments.map((comment) => `<p>${escapeHtml(comment.text)} <small>${comment.at.slice(0, 10)}</small></p>`).join('')}</td>` +
        `<td><code>${escapeHtml(row.file ?? 'not in this build')}</code></td></tr>`,
    )
    .join('\n');
  const searchRows = report.searches
    .map(
      (row) =>
        `<tr><td class="n">${row.count}</td><td>${row.locale}</td><td lang="${row.locale}">${escapeHtml(row.query)}</td>` +
        `<td lang="${row.locale}">${row.suggestions.map((suggestion) => `<a href="${escapeHtml(suggestion.url)}">${escapeHtml(suggestion.title)}</a>`).join('<br>')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Reader feedback ${escapeHtml(report.since.slice(0, 10))} – ${escapeHtml(report.until.slice(0, 10))}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.4rem; text-align: start; vertical-align: top; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
td p { margin: 0 0 0.3rem; }
svg { border-bottom: 1px solid #999; max-width: 60rem; }
.yes { fill: #1b7f3b; } .no { fill: #b3261e; }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; margin-inline: 0.6em 0.3em; }
.legend .yes { background: #1b7f3b; } .legend .no { background: #b3261e; }
</style>
</head>
<body>
<h1>Reader feedback</h1>
<p>${escapeHtml(report.since.slice(0, 10))} – ${escapeHtml(report.until.slice(0, 10))}</p>
<h2>Votes over time</h2>
<p class="legend"><span class="yes"></span>helpful <span class="no"></span>not helpful</p>
${chart(report)}
<h2>Pages, least helpful first</h2>
<table><thead><tr><th>Page</th><th>Yes</th><th>No</th><th>Helpful</th><th>Reasons</th><th>Latest comments</th><th>File to edit</th></tr></thead>
<tbody>
${articleRows || '<tr><td colspan="7">No votes in this period.</td></tr>'}
</tbody></table>
<h2>Searches without results</h2>
<table><thead><tr><th>Count</th><th>Language</th><th>Query</th><th>A relaxed search suggests</th></tr></thead>
<tbody>
${searchRows || '<tr><td colspan="4">None in this period.</td></tr>'}
</tbody></table>
</body>
</html>
`;
}
