//! The burn-up from git history: the maturity score and the effort done
//! after each commit of the file, as two lines over the commits' dates,
//! one point per commit. The series is the one the planner's Maturity view
//! draws (`Versions::series` in src/git); without a history
//! the page says why instead of showing an empty chart.

use super::svg::{num, WIDTH};
use super::{escape, History};
use crate::model::burnup::Point;
use crate::model::effort::natural_range;
use crate::model::Roadmap;
use std::fmt::Write;

/// Reads one series' value off a point.
type Value = fn(&Point) -> Option<f64>;

const HEIGHT: f64 = 240.0;
const LEFT: f64 = 50.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// The maximum of the score axis: the file's scale, when the series has scores.
pub fn score_max(roadmap: &Roadmap, series: &[Point]) -> Option<f64> {
    let max = roadmap.maturity.as_ref()?.scale.max();
    (max > 0.0 && series.iter().any(|p| p.score.is_some())).then_some(max)
}

/// The largest effort total over the history: the effort axis's top.
pub fn effort_max(series: &[Point]) -> f64 {
    series
        .iter()
        .map(|p| p.effort_total.mid())
        .fold(0.0_f64, f64::max)
}

pub fn section(roadmap: &Roadmap, history: &History) -> String {
    let mut out = String::from("<section id=\"burnup\">\n<h2>Burn-up</h2>\n");
    let series = match history {
        History::Unavailable(why) => {
            let _ = writeln!(
                out,
                "<p class=\"note\">No burn-up: the file's git history could not be read ({}). \
                 Commit the roadmap to a git repository to see maturity and effort over time.</p>",
                escape(why)
            );
            out.push_str("</section>\n");
            return out;
        }
        History::Series(series) => series,
    };
    if series.len() < 2 {
        let _ = writeln!(
            out,
            "<p class=\"note\">No burn-up yet: the file has {} commit{} in git; \
             the chart needs two.</p>\n</section>",
            series.len(),
            if series.len() == 1 { "" } else { "s" }
        );
        return out;
    }
    let (first, last) = (&series[0], &series[series.len() - 1]);
    let cal = roadmap.calendar();
    let _ = writeln!(
        out,
        "<p>{} commits from {} to {}; effort done now {}.</p>",
        series.len(),
        first.date,
        last.date,
        escape(&natural_range(last.effort_done, &cal))
    );
    out.push_str(
        "<p class=\"legend\"><span><i class=\"swatch\" style=\"background:var(--score)\"></i>maturity score (of the scale)</span>\
         <span><i class=\"swatch\" style=\"background:var(--effort)\"></i>effort done (of the largest total)</span></p>\n",
    );
    out.push_str(&chart(roadmap, series));
    out.push_str("</section>\n");
    out
}

fn chart(roadmap: &Roadmap, series: &[Point]) -> String {
    let (first, last) = (series[0].date, series[series.len() - 1].date);
    let span = (last - first).num_days().max(1) as f64;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    // Several commits on one day spread evenly within it, so each keeps a point.
    let x = |i: usize, p: &Point| {
        let same_day_before = series[..i].iter().filter(|q| q.date == p.date).count();
        let same_day = series.iter().filter(|q| q.date == p.date).count();
        let day = (p.date - first).num_days() as f64
            + same_day_before as f64 / same_day as f64 * if span > 1.0 { 0.9 } else { 0.0 };
        let position = if span > 1.0 {
            day / span
        } else {
            i as f64 / (series.len() - 1) as f64
        };
        LEFT + plot_w * position.min(1.0)
    };
    let y = |fraction: f64| TOP + plot_h * (1.0 - fraction.clamp(0.0, 1.0));
    let mut out = format!(
        "<svg class=\"chart\" data-chart=\"burnup\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for f in [0.0, 0.5, 1.0] {
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{gy}\" x2=\"{}\" y2=\"{gy}\"/><text class=\"axis\" x=\"4\" y=\"{ty}\">{}%</text>",
            num(WIDTH - RIGHT),
            (f * 100.0) as u32,
            gy = num(y(f)),
            ty = num(y(f) + 4.0),
        );
    }
    let _ = writeln!(
        out,
        "<text class=\"axis\" x=\"{LEFT}\" y=\"{ty}\">{first}</text><text class=\"axis\" x=\"{}\" y=\"{ty}\" text-anchor=\"end\">{last}</text>",
        num(WIDTH - RIGHT),
        ty = num(HEIGHT - 8.0),
    );
    let effort_top = effort_max(series);
    let lines: [(&str, Option<f64>, Value); 2] = [
        ("score", score_max(roadmap, series), |p| p.score),
        ("effort", (effort_top > 0.0).then_some(effort_top), |p| {
            Some(p.effort_done.mid())
        }),
    ];
    for (name, max, value) in lines {
        let Some(max) = max else { continue };
        let points: Vec<(f64, f64)> = series
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some((x(i, p), y(value(p)? / max))))
            .collect();
        let path: Vec<String> = points
            .iter()
            .map(|(px, py)| format!("{},{}", num(*px), num(*py)))
            .collect();
        let _ = writeln!(
            out,
            "<polyline class=\"line-{name}\" points=\"{}\"/>",
            path.join(" ")
        );
        for (i, p) in series.iter().enumerate() {
            let Some(v) = value(p) else { continue };
            let shown = match name {
                "score" => roadmap
                    .maturity
                    .as_ref()
                    .map_or_else(|| num(v), |m| m.scale.format(v)),
                _ => natural_range(p.effort_done, &roadmap.calendar()),
            };
            let _ = writeln!(
                out,
                "<circle class=\"point\" data-chart=\"burnup\" data-series=\"{name}\" cx=\"{}\" cy=\"{}\" r=\"3\"><title>{} {}: {name} {}</title></circle>",
                num(x(i, p)),
                num(y(v / max)),
                p.date,
                escape(p.commit.get(..7).unwrap_or(&p.commit)),
                escape(&shown)
            );
        }
    }
    out.push_str("</svg>\n");
    out
}
