//! The page around the sections: doctype, inline CSS (screen and print),
//! the title. No script, no external resource.

use super::escape;

/// The stylesheet. Print drops the background colours of the page (not of
/// the bars, which carry meaning), starts each section on a new page when
/// it does not fit, and keeps a chart from splitting across pages.
const CSS: &str = r#"
:root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#ffffff; --panel:#f6f8fa;
  --done:#1a7f37; --open:#d1d9e0; --bar:#0969da; --spread:#9ecbff; --crit:#cf222e;
  --risk:#9a6700; --once:#8250df; --monthly:#bf3989; --score:#1a7f37; --effort:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
section { margin: 0 0 28px; }
p { margin: 6px 0; }
.muted, .note { color: var(--muted); }
.note { font-style: italic; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0;
  padding: 12px 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
dl.figures dt { font-weight: 600; }
dl.figures dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--panel); }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.reached td:first-child::before { content: "✓ "; color: var(--done); }
tr.unaddressed td { background: #fff8c5; }
.sev-critical { color: var(--crit); font-weight: 600; }
.sev-high { color: var(--risk); font-weight: 600; }
svg.chart { width: 100%; height: auto; display: block; margin: 4px 0 8px; }
svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
svg text.value, svg text.axis { fill: var(--muted); }
svg .track { fill: var(--open); }
svg .bar { fill: var(--bar); }
svg [data-chart="phases"].bar, svg [data-chart="priorities"].bar, svg [data-chart="levels"].bar { fill: var(--done); }
svg [data-chart^="cost-once"].bar { fill: var(--once); }
svg [data-chart^="cost-monthly"].bar { fill: var(--monthly); }
svg .bar.critical { fill: var(--crit); }
svg .spread { fill: var(--spread); }
svg .spread.critical { fill: #ffaba8; }
svg .today { stroke: var(--crit); stroke-width: 2; }
svg .milestone { stroke: var(--done); stroke-width: 1; stroke-dasharray: 4 3; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .phase-row { font-weight: 600; }
svg .line-score { fill: none; stroke: var(--score); stroke-width: 2; }
svg .line-effort { fill: none; stroke: var(--effort); stroke-width: 2; }
svg .point[data-series="score"] { fill: var(--score); }
svg .point[data-series="effort"] { fill: var(--effort); }
.legend span { margin-right: 16px; white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; }
.crit-mark { color: var(--crit); font-weight: 700; }
.risk-mark { color: var(--risk); font-weight: 700; }
svg tspan.crit-mark { fill: var(--crit); font-weight: 700; }
svg tspan.risk-mark { fill: var(--risk); font-weight: 700; }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  dl.figures, th { background: #fff; }
  section { break-before: page; }
  section.header { break-before: auto; }
  svg.chart, table tr, dl.figures { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The document around `body`.
pub fn wrap(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — roadmap report</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\
         <footer>Made by <code>roadmap export --format html</code>. \
         Ranges are low–high from the estimates.</footer>\n</main>\n</body>\n</html>\n",
        escape(title)
    )
}
