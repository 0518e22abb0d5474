//! A horizontal bar chart as inline SVG: one row per item, its label on
//! the left, a grey track with the bar over it, and the figure on the
//! right. Sized by a viewBox, so it scales with the page and in print.

use super::escape;
use std::fmt::Write;

/// The chart's width in SVG units; the label, bar and value columns.
pub const WIDTH: f64 = 960.0;
const LABEL: f64 = 280.0;
const VALUE: f64 = 250.0;
const ROW: f64 = 24.0;

/// One row: `fraction` of the track is filled (clamped to 0..1).
pub struct Row {
    pub label: String,
    pub fraction: f64,
    /// The figure printed right of the bar.
    pub value: String,
}

/// The chart called `name` (its bars' `data-chart`), one bar per row.
pub fn bars(name: &str, rows: &[Row]) -> String {
    let height = ROW * rows.len() as f64 + 4.0;
    let track = WIDTH - LABEL - VALUE;
    let mut out = format!(
        "<svg class=\"chart\" data-chart=\"{name}\" viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (i, row) in rows.iter().enumerate() {
        let y = 2.0 + ROW * i as f64;
        let fraction = if row.fraction.is_finite() {
            row.fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let _ = writeln!(
            out,
            "<g><title>{full}</title><text x=\"0\" y=\"{ty}\">{label}</text>\
             <rect class=\"track\" x=\"{LABEL}\" y=\"{by}\" width=\"{track}\" height=\"14\" rx=\"3\"/>\
             <rect class=\"bar\" data-chart=\"{name}\" x=\"{LABEL}\" y=\"{by}\" width=\"{w}\" height=\"14\" rx=\"3\"/>\
             <text class=\"value\" x=\"{vx}\" y=\"{ty}\">{value}</text></g>",
            full = escape(&row.label),
            label = escape(&shorten(&row.label, 38)),
            ty = num(y + 13.0),
            by = num(y + 2.0),
            w = num(track * fraction),
            vx = num(LABEL + track + 8.0),
            value = escape(&row.value),
        );
    }
    out.push_str("</svg>\n");
    out
}

/// A number for an SVG attribute: at most two decimals, no trailing zeros.
pub fn num(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// `text` cut to `max` characters with an ellipsis; the full text goes in
/// the row's `<title>` (the tooltip).
pub fn shorten(text: &str, max: usize) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut cut: String = one_line.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}
