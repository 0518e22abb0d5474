//! The forecast as a timeline: one bar per open task, grouped by phase,
//! from its earliest start to its earliest finish (solid) and on to its
//! latest finish (pale: the estimates' spread). The critical path is red
//! and marked ◆, at-risk tasks marked ⚠ (symbols as well as colour, so a
//! grey print still tells them apart); a red line is today, dashed green
//! lines are the levels' forecast dates.

use super::escape;
use super::sections::dates;
use super::svg::{num, shorten, WIDTH};
use crate::model::schedule::{Forecast, TaskForecast};
use crate::model::Roadmap;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

const LABEL: f64 = 300.0;
const ROW: f64 = 20.0;
const AXIS: f64 = 34.0;

/// The open tasks in the order the chart draws them: by phase (the file's
/// order, unknown phases last), then by start, then file order.
pub fn ordered<'f>(roadmap: &Roadmap, forecast: &'f Forecast) -> Vec<&'f TaskForecast> {
    let phase_of = |t: &TaskForecast| {
        let phase = &roadmap.tasks[t.index].phase;
        roadmap
            .phases
            .iter()
            .position(|p| p.id == *phase)
            .unwrap_or(usize::MAX)
    };
    let mut tasks: Vec<&TaskForecast> = forecast.tasks.iter().collect();
    tasks.sort_by_key(|t| (phase_of(t), t.start.low, t.index));
    tasks
}

pub fn section(roadmap: &Roadmap, forecast: &Forecast) -> String {
    let mut out = String::from("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    if forecast.tasks.is_empty() {
        out.push_str("<p class=\"note\">No open task: nothing to forecast.</p>\n</section>\n");
        return out;
    }
    let end = forecast.end.map_or(forecast.today, |e| e.high);
    let _ = writeln!(
        out,
        "<p>From {} to {}; critical path: {} tasks.</p>",
        forecast.today,
        forecast.end.map(dates).unwrap_or_default(),
        forecast.critical_path.len()
    );
    out.push_str(
        "<p class=\"legend\"><span><i class=\"swatch\" style=\"background:var(--bar)\"></i>earliest</span>\
         <span><i class=\"swatch\" style=\"background:var(--spread)\"></i>up to the latest finish</span>\
         <span><span class=\"crit-mark\">◆</span> critical path</span>\
         <span><span class=\"risk-mark\">⚠</span> past its due date</span>\
         <span><i class=\"swatch\" style=\"background:var(--crit)\"></i>today</span></p>\n",
    );
    out.push_str(&chart(roadmap, forecast, end));
    for (label, ids) in [
        (
            "Unestimated (given no time, so the dates are too early)",
            &forecast.unestimated,
        ),
        ("Not scheduled (a dependency loop)", &forecast.unscheduled),
    ] {
        if !ids.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"note\">{label}: {}</p>",
                escape(&ids.join(", "))
            );
        }
    }
    out.push_str("</section>\n");
    out
}

fn chart(roadmap: &Roadmap, forecast: &Forecast, end: NaiveDate) -> String {
    let tasks = ordered(roadmap, forecast);
    let mut rows = 0usize;
    let mut last_phase: Option<&str> = None;
    let mut body = String::new();
    let days = (end - forecast.today).num_days().max(6) as f64 + 1.0;
    let track = WIDTH - LABEL - 10.0;
    let x = |d: NaiveDate| LABEL + track * ((d - forecast.today).num_days() as f64 / days);
    for t in tasks {
        let task = &roadmap.tasks[t.index];
        let y = AXIS + ROW * rows as f64;
        if last_phase != Some(task.phase.as_str()) {
            last_phase = Some(task.phase.as_str());
            let name = roadmap
                .phases
                .iter()
                .find(|p| p.id == task.phase)
                .map_or(task.phase.as_str(), |p| p.name.as_str());
            let _ = writeln!(
                body,
                "<text class=\"phase-row\" x=\"0\" y=\"{}\">{}</text>",
                num(y + 14.0),
                escape(&shorten(name, 44))
            );
            rows += 1;
        }
        let y = AXIS + ROW * rows as f64;
        rows += 1;
        let marks = format!(
            "{}{}",
            if t.critical {
                "<tspan class=\"crit-mark\">◆ </tspan>"
            } else {
                ""
            },
            if t.at_risk {
                "<tspan class=\"risk-mark\">⚠ </tspan>"
            } else {
                ""
            }
        );
        let class = if t.critical { " critical" } else { "" };
        let x0 = x(t.start.low);
        let solid_end = x(t.finish.low.succ_opt().unwrap_or(t.finish.low)).max(x0 + 2.0);
        let spread_end = x(t.finish.high.succ_opt().unwrap_or(t.finish.high)).max(solid_end);
        let who = forecast.who(t);
        let _ = writeln!(
            body,
            "<g><title>{id}: {title} — {who}, {start} → {finish}</title>\
             <text x=\"12\" y=\"{ty}\">{marks}{label}</text>\
             <rect class=\"bar{class}\" data-chart=\"timeline\" data-task=\"{id}\" x=\"{x0}\" y=\"{by}\" width=\"{w}\" height=\"12\" rx=\"2\"/>\
             <rect class=\"spread{class}\" x=\"{sx}\" y=\"{by}\" width=\"{sw}\" height=\"12\" rx=\"2\"/></g>",
            id = escape(&t.id),
            title = escape(&task.title),
            who = escape(who),
            start = dates(t.start),
            finish = dates(t.finish),
            ty = num(y + 14.0),
            label = escape(&shorten(&task.title, 40)),
            x0 = num(x0),
            by = num(y + 4.0),
            w = num(solid_end - x0),
            sx = num(solid_end),
            sw = num(spread_end - solid_end),
        );
    }
    let height = AXIS + ROW * rows as f64 + 6.0;
    let mut out = format!(
        "<svg class=\"chart\" data-chart=\"timeline\" viewBox=\"0 0 {WIDTH} {}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n",
        num(height)
    );
    // Month starts (or Mondays, for a span under two months) as the grid;
    // over a long span every few months, so at most about a dozen labels.
    let monthly = days > 62.0;
    let stride = ((days / 30.0 / 12.0).ceil() as u32).max(1);
    let mut day = forecast.today;
    while day <= end {
        let tick = if monthly {
            day.day() == 1 && day.month0().is_multiple_of(stride)
        } else {
            day.weekday() == chrono::Weekday::Mon
        };
        if tick {
            let label = if monthly {
                day.format("%b %Y").to_string()
            } else {
                day.format("%d %b").to_string()
            };
            let _ = writeln!(
                out,
                "<line class=\"grid\" x1=\"{gx}\" y1=\"{top}\" x2=\"{gx}\" y2=\"{}\"/><text class=\"axis\" x=\"{tx}\" y=\"12\">{label}</text>",
                num(height),
                gx = num(x(day)),
                tx = num(x(day) + 2.0),
                top = num(AXIS - 16.0),
            );
        }
        day = match day.succ_opt() {
            Some(next) => next,
            None => break,
        };
    }
    for level in &forecast.levels {
        if let Some(finish) = level.finish {
            let lx = num(x(finish.high.succ_opt().unwrap_or(finish.high)));
            let _ = writeln!(
                out,
                "<line class=\"milestone\" x1=\"{lx}\" y1=\"{}\" x2=\"{lx}\" y2=\"{}\"><title>Level {} {} by {}</title></line>\
                 <text class=\"axis\" x=\"{lx}\" y=\"{}\" text-anchor=\"middle\">L{}</text>",
                num(AXIS - 14.0),
                num(height),
                level.level,
                escape(&level.name),
                dates(finish),
                num(AXIS - 4.0),
                level.level
            );
        }
    }
    out.push_str(&body);
    let tx = num(x(forecast.today));
    let _ = writeln!(
        out,
        "<line class=\"today\" x1=\"{tx}\" y1=\"{}\" x2=\"{tx}\" y2=\"{}\"><title>today, {}</title></line>",
        num(AXIS - 16.0),
        num(height),
        forecast.today
    );
    out.push_str("</svg>\n");
    out
}
