//! Bars and gauges drawn as text, so they survive a plain-text render.

use ratatui::style::Style;
use ratatui::text::Span;

const PARTIAL: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A gauge `cells` wide, `fraction` (0..=1) of it filled: `██████░░░░`.
pub fn gauge(fraction: f64, cells: usize, done: Style, todo: Style) -> Vec<Span<'static>> {
    let f = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let filled = (f * cells as f64).round() as usize;
    vec![
        Span::styled("█".repeat(filled), done),
        Span::styled("░".repeat(cells - filled), todo),
    ]
}

/// A horizontal bar for `value` of `max` in `cells` cells, with eighths at its tip.
pub fn bar(value: f64, max: f64, cells: usize) -> String {
    if cells == 0 || max.is_nan() || max <= 0.0 || !value.is_finite() {
        return " ".repeat(cells);
    }
    let eighths = ((value / max).clamp(0.0, 1.0) * cells as f64 * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(PARTIAL[eighths % 8]);
    }
    let used = out.chars().count();
    out.extend(std::iter::repeat_n(' ', cells - used));
    out
}

/// A bar of `total` with its `done` part solid and the rest shaded, scaled to `max`.
pub fn split_bar(
    done: f64,
    total: f64,
    max: f64,
    cells: usize,
    done_style: Style,
    rest_style: Style,
) -> Vec<Span<'static>> {
    if cells == 0 || max.is_nan() || max <= 0.0 {
        return vec![Span::raw(" ".repeat(cells))];
    }
    let scale = |v: f64| ((v / max).clamp(0.0, 1.0) * cells as f64).round() as usize;
    let total_cells = scale(total.max(done));
    let done_cells = scale(done).min(total_cells);
    vec![
        Span::styled("█".repeat(done_cells), done_style),
        Span::styled("▒".repeat(total_cells - done_cells), rest_style),
        Span::raw(" ".repeat(cells - total_cells)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn bars_have_exact_widths_whatever_the_input() {
        for (v, m) in [
            (0.0, 10.0),
            (3.3, 10.0),
            (10.0, 10.0),
            (20.0, 10.0),
            (1.0, 0.0),
            (f64::NAN, 1.0),
            (-1.0, 5.0),
        ] {
            for cells in [0, 1, 7, 20] {
                assert_eq!(
                    bar(v, m, cells).chars().count(),
                    cells,
                    "{v}/{m} in {cells}"
                );
                assert_eq!(
                    text(&gauge(v / m, cells, Style::new(), Style::new()))
                        .chars()
                        .count(),
                    cells
                );
                assert_eq!(
                    text(&split_bar(v / 2.0, v, m, cells, Style::new(), Style::new()))
                        .chars()
                        .count(),
                    cells
                );
            }
        }
        assert_eq!(bar(5.0, 10.0, 4), "██  ");
        assert_eq!(bar(1.0, 1.0, 1), "█");
        assert_eq!(bar(1.0, 8.0, 1), "▏", "an eighth of a cell");
        assert_eq!(bar(1.0, 2.0, 1), "▌");
        assert_eq!(text(&gauge(0.5, 4, Style::new(), Style::new())), "██░░");
        assert_eq!(
            text(&split_bar(1.0, 2.0, 4.0, 8, Style::new(), Style::new())),
            "██▒▒    "
        );
    }
}
