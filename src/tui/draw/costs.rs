//! The Costs view: one-time and monthly cost by phase and by category, and
//! effort by phase, as bars whose solid part is what is done (committed).

use super::bar::split_bar;
use super::format::{hours, money};
use super::page::Page;
use crate::model::metrics::{Figures, Group};
use crate::model::Range;
use crate::theme::{Meaning, Theme};
use crate::tui::state::State;
use crate::tui::text::{fit, sanitize};
use ratatui::text::{Line, Span};

#[derive(Clone, Copy)]
enum Quantity {
    Once,
    Monthly,
    Effort,
}

pub fn build(state: &State, theme: &Theme, cells: u16, page: &mut Page) {
    let m = &state.metrics;
    let cur = &state.roadmap.project.currency;
    let cells = cells as usize;
    page.push(|| {
        Line::from(vec![
            Span::styled(" Run-rate ", theme.style(Meaning::Muted)),
            Span::styled(
                format!("{}/yr", money(m.run_rate_total(), cur)),
                theme.style(Meaning::Title),
            ),
            Span::styled(
                format!(
                    " (monthly × 12 + one-time) · committed {}/yr",
                    money(m.run_rate_committed(), cur)
                ),
                theme.style(Meaning::Muted),
            ),
        ])
    });
    let sections: [(&str, &[Group], Quantity, Figures); 5] = [
        (
            "One-time cost by phase",
            &m.by_phase,
            Quantity::Once,
            m.cost_once,
        ),
        (
            "Monthly cost by phase",
            &m.by_phase,
            Quantity::Monthly,
            m.cost_monthly,
        ),
        (
            "One-time cost by category",
            &m.by_category,
            Quantity::Once,
            m.cost_once,
        ),
        (
            "Monthly cost by category",
            &m.by_category,
            Quantity::Monthly,
            m.cost_monthly,
        ),
        ("Effort by phase", &m.by_phase, Quantity::Effort, m.effort),
    ];
    for (title, groups, q, total) in sections {
        page.blank();
        page.push(|| {
            Line::from(vec![
                Span::styled(format!(" {title}"), theme.style(Meaning::Title)),
                Span::styled(
                    format!(
                        "  {} done of {}",
                        amount(state, q, total.done),
                        amount(state, q, total.total)
                    ),
                    theme.style(Meaning::Muted),
                ),
            ])
        });
        let figures: Vec<(&Group, Figures)> = groups
            .iter()
            .map(|g| (g, pick(g, q)))
            .filter(|(_, f)| !f.total.is_zero())
            .collect();
        if figures.is_empty() {
            page.push(|| Line::from(Span::styled("   none", theme.style(Meaning::Muted))));
            continue;
        }
        let max = figures
            .iter()
            .map(|(_, f)| f.total.mid())
            .fold(0.0, f64::max);
        let label_cells = (cells / 4).clamp(10, 32);
        let value_cells = if cells >= 100 { 34 } else { 22 };
        let bar_cells = cells.saturating_sub(3 + label_cells + 1 + 1 + value_cells);
        let style = theme.style(match q {
            Quantity::Once => Meaning::BarOnce,
            Quantity::Monthly => Meaning::BarMonthly,
            Quantity::Effort => Meaning::BarEffort,
        });
        for (g, f) in figures {
            page.push(|| {
                let mut spans = vec![
                    Span::raw("   "),
                    Span::styled(
                        fit(&sanitize(&g.label), label_cells),
                        theme.style(Meaning::Base),
                    ),
                    Span::raw(" "),
                ];
                spans.extend(split_bar(
                    f.done.mid(),
                    f.total.mid(),
                    max,
                    bar_cells,
                    style,
                    theme.style(Meaning::Muted),
                ));
                let value = format!(
                    " {} ({} done)",
                    amount(state, q, f.total),
                    amount(state, Quantity::bare(q), f.done)
                );
                spans.push(Span::styled(
                    fit(&value, value_cells),
                    theme.style(Meaning::Base),
                ));
                Line::from(spans)
            });
        }
    }
}

impl Quantity {
    /// Money without the `/mo` suffix, for a second figure on the same line.
    fn bare(self) -> Quantity {
        match self {
            Quantity::Monthly => Quantity::Once,
            q => q,
        }
    }
}

fn pick(g: &Group, q: Quantity) -> Figures {
    match q {
        Quantity::Once => g.cost_once,
        Quantity::Monthly => g.cost_monthly,
        Quantity::Effort => g.effort,
    }
}

fn amount(state: &State, q: Quantity, r: Range) -> String {
    let cur = &state.roadmap.project.currency;
    match q {
        Quantity::Once => money(r, cur),
        Quantity::Monthly => format!("{}/mo", money(r, cur)),
        Quantity::Effort => hours(r, &state.roadmap.calendar()),
    }
}
